package org.newsevents.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsevents.model.Entity;
import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;

/**
 * The entities stage: finds the tagger's name mentions, refines them with the mention rules, then
 * groups them into one entity per real-world thing. Fuller names (more words, then more often
 * written, then longer) are placed first, so each shorter mention joins the fullest name it stands
 * for; the canonical name is the fullest form.
 */
public final class CanonicalEntities implements EntityRecognizer {
  /** In order: each rule sees the mentions the rules before it left. */
  private static final List<MentionRule> MENTION_RULES = List.of(
      new HyphenatedNames(),
      new GazetteerTypes(),
      new LongestKnownNames(),
      new InstitutionNames(),
      new HolidayNames(),
      new Initials(),
      new DescribedOrganisations(),
      new SurnameAtNameEnd(),
      new ConsistentLabels(),
      new UntaggedNames(),
      new CodedNames());
  /** A mention joins the first group whose head any of these rules matches. */
  private static final List<GroupingRule> GROUPING_RULES = List.of(
      new EqualKeys(),
      new KnownAliases(),
      new ParentheticalAlias(),
      new PersonShortForm(),
      new SharedSurname(),
      new Acronym(),
      new LeadingWords());

  private final List<MentionRule> mentionRules;

  public CanonicalEntities() {
    this(MENTION_RULES);
  }

  /** For measuring the mention rules one by one. */
  CanonicalEntities(List<MentionRule> mentionRules) {
    this.mentionRules = mentionRules;
  }

  static List<MentionRule> mentionRules() {
    return MENTION_RULES;
  }

  @Override
  public List<Entity> entities(ParsedText parsed) {
    List<NameMention> mentions = MentionFinder.find(parsed);
    for (MentionRule rule : mentionRules) {
      mentions = rule.apply(parsed, mentions);
    }
    DocumentAliases aliases = DocumentAliases.of(parsed.text(), mentions);
    List<List<NameMention>> groups = group(mentions, aliases);
    List<Entity> out = new ArrayList<>();
    for (List<NameMention> g : groups) {
      out.add(entity("e" + (out.size() + 1), g));
    }
    return out;
  }

  private static List<List<NameMention>> group(List<NameMention> mentions, DocumentAliases aliases) {
    java.util.Map<String, Long> frequency = mentions.stream()
        .collect(java.util.stream.Collectors.groupingBy(NameMention::key, java.util.stream.Collectors.counting()));
    List<NameMention> byFullness = new ArrayList<>(mentions);
    byFullness.sort(Comparator.comparingInt((NameMention m) -> -m.key().split(" ").length)
        .thenComparingLong(m -> -frequency.get(m.key()))
        .thenComparingInt(m -> -m.key().length())
        .thenComparingInt(m -> m.mention().start()));
    List<List<NameMention>> groups = new ArrayList<>();
    for (NameMention m : byFullness) {
      List<NameMention> home = null;
      for (List<NameMention> g : groups) {
        if (sameThing(m, g.get(0), aliases)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(m);
    }
    groups.sort(Comparator.comparingInt(g -> g.stream().mapToInt(m -> m.mention().start()).min().orElse(0)));
    return groups;
  }

  private static boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    for (GroupingRule rule : GROUPING_RULES) {
      if (rule.sameThing(shorter, fuller, aliases)) {
        return true;
      }
    }
    return false;
  }

  private static Entity entity(String id, List<NameMention> group) {
    NameMention head = group.get(0);
    EntityType type = head.type();
    KnownName known = null;
    String subtype = head.subtype();
    String title = null;
    List<NameMention> inOrder = new ArrayList<>(group);
    inOrder.sort(Comparator.comparingInt(m -> m.mention().start()));
    for (NameMention m : inOrder) {
      KnownName k = KnownThing.of(m.key());
      if (known == null && k != null && k.type() == type) {
        known = k;
      }
      if (subtype == null && m.type() == type) {
        subtype = m.subtype();
      }
      if (title == null) {
        title = m.title();
      }
    }
    if (subtype == null && known != null) {
      subtype = known.subtype();
    }
    String name = type == EntityType.NATIONALITY && known != null ? known.canonical() : head.mention().text();
    String key = known != null ? NameKey.of(known.canonical()) : head.key();
    String fullName = type == EntityType.PERSON && head.key().indexOf(' ') < 0 ? WellKnownPeople.fullName(head.key()) : null;
    if (fullName != null) {
      name = fullName;
      key = NameKey.of(fullName);
    }
    List<Mention> mentions = inOrder.stream().map(NameMention::mention).toList();
    return new Entity(id, type, subtype, name, key, title, ActorCountry.of(type, head.key(), known), mentions);
  }
}
