package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Argument;
import org.newsevents.model.Attribution;
import org.newsevents.model.Dependency;
import org.newsevents.model.Entity;
import org.newsevents.model.EventDate;
import org.newsevents.model.EventTriple;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Predicate;
import org.newsevents.model.Sentence;
import org.newsevents.model.Timex;
import org.newsevents.model.Token;

/**
 * One event per verbal predicate-argument structure, read off the dependency parse. Verbs of
 * saying do not become events; they attribute the clause they govern to their subject.
 */
public final class DependencyEvents implements EventExtractor {
  private static final Set<String> NOT_PREDICATE_RELATIONS = Set.of("aux", "aux:pass", "cop", "amod", "compound");

  private final Set<String> reportingVerbs;
  private final Map<String, String> ploverTypes;

  public DependencyEvents() {
    this(Set.copyOf(ModelFiles.lines("events/reporting-verbs.txt")), ModelFiles.table("events/plover-lexicon.tsv"));
  }

  DependencyEvents(Set<String> reportingVerbs, Map<String, String> ploverTypes) {
    this.reportingVerbs = reportingVerbs;
    this.ploverTypes = ploverTypes;
  }

  @Override
  public List<EventTriple> events(ParsedText parsed, List<Entity> entities, List<Timex> timexes) {
    EntityLinks links = new EntityLinks(entities);
    List<EventTriple> out = new ArrayList<>();
    for (Sentence sentence : parsed.sentences()) {
      ClauseGraph g = new ClauseGraph(sentence);
      String sentenceText = parsed.text().substring(sentence.start(), sentence.end());
      for (Token verb : sentence.tokens()) {
        if (!isPredicate(g, verb) || isSpeechAct(g, verb)) {
          continue;
        }
        Arguments args = Arguments.of(g, verb.index());
        if (args.subject() == null && args.object() == null) {
          continue;
        }
        Argument subject = argument(parsed, g, args.subject(), links);
        Argument object = argument(parsed, g, args.object(), links);
        Predicate predicate = VerbGroup.of(parsed.text(), g, verb.index());
        String type = ploverTypes.getOrDefault(verb.lemma().toLowerCase(), "OTHER");
        EventDate date = ClauseDate.of(g, verb.index(), timexes);
        Attribution reportedBy = attribution(parsed, g, verb.index(), links);
        int start = Math.min(predicate.start(), Math.min(start(subject), start(object)));
        int end = Math.max(predicate.end(), Math.max(end(subject), end(object)));
        out.add(new EventTriple("v" + (out.size() + 1), start, end, sentenceText, subject, predicate, object, type,
            date, Negation.test(g, verb.index()), reportedBy));
      }
    }
    return out;
  }

  private static boolean isPredicate(ClauseGraph g, Token t) {
    if (!t.pos().startsWith("VB")) {
      return false;
    }
    Dependency head = g.head(t.index());
    return head == null || !NOT_PREDICATE_RELATIONS.contains(head.relation());
  }

  /** A verb of saying that governs a reported clause: its content is the event, not the saying. */
  private boolean isSpeechAct(ClauseGraph g, Token verb) {
    if (!reportingVerbs.contains(verb.lemma().toLowerCase())) {
      return false;
    }
    for (Dependency d : g.children(verb.index())) {
      if (d.relation().equals("ccomp")) {
        return true;
      }
    }
    Dependency head = g.head(verb.index());
    return head != null && head.relation().equals("parataxis");
  }

  /** The speaker of the nearest verb of saying that reports this clause, if any. */
  private Attribution attribution(ParsedText parsed, ClauseGraph g, int verb, EntityLinks links) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("parataxis") && reportingVerbs.contains(g.token(d.dependent()).lemma().toLowerCase())) {
        return speaker(parsed, g, d.dependent(), links);
      }
    }
    int current = verb;
    Dependency up = g.head(current);
    int guard = 0;
    while (up != null && up.governor() != 0 && guard++ < g.size()) {
      Token governor = g.token(up.governor());
      if ((up.relation().equals("ccomp") || up.relation().equals("xcomp"))
          && reportingVerbs.contains(governor.lemma().toLowerCase())) {
        return speaker(parsed, g, governor.index(), links);
      }
      current = up.governor();
      up = g.head(current);
    }
    return null;
  }

  private static Attribution speaker(ParsedText parsed, ClauseGraph g, int reportingVerb, EntityLinks links) {
    Integer subject = Arguments.of(g, reportingVerb).subject();
    if (subject == null) {
      return null;
    }
    Argument a = argument(parsed, g, subject, links);
    return new Attribution(a.text(), a.entity());
  }

  private static Argument argument(ParsedText parsed, ClauseGraph g, Integer head, EntityLinks links) {
    if (head == null) {
      return null;
    }
    int[] span = ArgumentPhrase.span(g, head);
    Token headToken = g.token(head);
    return new Argument(parsed.text().substring(span[0], span[1]), span[0], span[1],
        links.entityAt(headToken.start(), headToken.end(), span[0], span[1]));
  }

  private static int start(Argument a) {
    return a == null ? Integer.MAX_VALUE : a.start();
  }

  private static int end(Argument a) {
    return a == null ? Integer.MIN_VALUE : a.end();
  }
}
