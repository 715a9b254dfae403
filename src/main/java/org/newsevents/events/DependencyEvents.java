package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.entities.PronounAntecedents;
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
 * One event per verbal predicate-argument structure, read off the dependency parse: arguments
 * resolved to entities, a PLOVER type, a date, polarity, modality and the speaker who reports it.
 * Verbs of saying do not become events; they attribute the clause they govern to their subject.
 */
public final class DependencyEvents implements EventExtractor {
  private final Predicates predicates;
  private final ReportedSpeech speech;
  private final EventTypes types;
  private final Modality modality;
  private final Newsworthiness news;
  private final Map<String, String> verbPhrases;
  private final NominalEvents nominals;
  private final Set<String> addresseeVerbs;
  private final Set<String> negativeImplicatives;
  private final Set<String> unaccusatives;
  private final Counterfactual counterfactual;
  private final NominalDuplicates duplicates;
  private final ComplementTypes complementTypes;
  private final Set<String> transfers;
  private final Set<String> motionVerbs;

  public DependencyEvents() {
    this.predicates = new Predicates(lexicon("events/transparent-verbs.txt"));
    this.speech = new ReportedSpeech(lexicon("events/reporting-verbs.txt"));
    this.types = new EventTypes(ModelFiles.table("events/plover-lexicon.tsv"),
        ModelFiles.table("events/plover-nouns.tsv"), ActedOn.load("events/plover-verb-objects.tsv"));
    this.modality = new Modality(lexicon("events/plan-verbs.txt"), lexicon("events/allegation-words.txt"));
    this.news = new Newsworthiness(lexicon("events/state-verbs.txt"), ModelFiles.table("events/event-nouns.tsv").keySet());
    this.verbPhrases = ModelFiles.table("events/verb-phrases.tsv");
    this.addresseeVerbs = lexicon("events/addressee-verbs.txt");
    this.negativeImplicatives = lexicon("events/negative-implicative-verbs.txt");
    this.unaccusatives = lexicon("events/unaccusative-verbs.txt");
    this.counterfactual = new Counterfactual(ModelFiles.lines("events/counterfactual-markers.txt"));
    this.duplicates = new NominalDuplicates(ModelFiles.table("events/event-noun-verbs.tsv"));
    this.complementTypes = new ComplementTypes(types, lexicon("events/commitment-verbs.txt"), negativeImplicatives);
    this.transfers = lexicon("events/transfer-verbs.txt");
    this.motionVerbs = lexicon("events/motion-verbs.txt");
    this.nominals = new NominalEvents(ModelFiles.table("events/event-nouns.tsv"), types);
  }

  private static Set<String> lexicon(String path) {
    return Set.copyOf(ModelFiles.lines(path));
  }

  @Override
  public List<EventTriple> events(ParsedText parsed, List<Entity> entities, List<Timex> timexes) {
    Map<Integer, String> pronouns = new java.util.HashMap<>(GroupPronouns.resolve(parsed, entities));
    pronouns.putAll(PronounAntecedents.resolve(parsed, entities));
    EntityLinks links = new EntityLinks(entities, pronouns);
    List<List<EventTriple>> verbal = new ArrayList<>();
    List<List<EventTriple>> nominal = new ArrayList<>();
    for (Sentence sentence : parsed.sentences()) {
      ClauseGraph g = new ClauseGraph(sentence);
      String sentenceText = parsed.text().substring(sentence.start(), sentence.end());
      List<EventTriple> out = new ArrayList<>();
      for (Token verb : sentence.tokens()) {
        if (!predicates.isPredicate(g, verb)) {
          continue;
        }
        Arguments args = Arguments.of(g, verb.index());
        Integer subject = args.subject();
        Integer object = args.object();
        Integer absorbed = null;
        if (object != null) {
          String role = verbPhrases.get(verb.lemma().toLowerCase() + " " + g.token(object).lemma().toLowerCase());
          if (role != null) {
            absorbed = object;
            object = role.equals("theme") ? subject : passiveSubject(g, verb.index());
            subject = role.equals("theme") ? null : subject;
          }
        }
        if (OpenInfinitive.test(g, verb.index(), subject) || didNotHappen(g, verb.index())
            || statesAPurpose(g, verb.index(), subject) || counterfactual.test(g, verb.index())
            || Alternatives.test(g, verb.index()) || EmbeddedQuestion.test(g, verb.index(), subject)) {
          continue;
        }
        boolean themeSubject = false;
        if (absorbed == null && subject != null && g.child(verb.index(), "obj") == null
            && (unaccusatives.contains(verb.lemma().toLowerCase())
                || motionVerbs.contains(verb.lemma().toLowerCase()) && !news.isActor(g, subject))) {
          // "the jetliner crashed into the Atlantic": the subject is what the event happens to
          object = subject;
          subject = null;
          themeSubject = true;
        }
        boolean demand = false;
        if (speech.isSpeechAct(g, verb, object)) {
          Integer content = speech.stanceTarget(g, verb.index());
          Integer obligated = ReportedSpeech.obligated(g, verb.index());
          // "Russia said on Tuesday that Sudan must return a Mi-26 helicopter": an obligation an actor
          // states is that actor's demand on whoever it binds (PLOVER DEMAND)
          demand = obligated != null && news.isActor(g, subject);
          if (!demand && (content == null
              || types.of(g, verb.index(), verb.lemma().toLowerCase(), null).equals("OTHER"))) {
            continue;
          }
          object = demand ? obligated : content;
        }
        if (subject == null && object == null
            || addresseeVerbs.contains(verb.lemma().toLowerCase()) && !news.isActor(g, object)) {
          continue;
        }
        Predicate predicate = VerbGroup.of(parsed.text(), g, verb.index(), absorbed);
        boolean carriesEvent = absorbed == null && object != null && object > verb.index()
            && types.isLightVerb(verb.lemma().toLowerCase()) && news.isEventNoun(g, object);
        if (carriesEvent) {
          // "made its first flight", "has had multiple meetings": the event noun the light verb carries is
          // part of the predicate as written; the lemma stays the verb's
          predicate = VerbGroup.through(parsed.text(), predicate, g.token(object));
        }
        String type = demand ? "DEMAND"
            : complementTypes.of(g, verb.index(), types.of(g, verb.index(), predicate.lemma(), object));
        if (type.equals("OTHER")) {
          type = types.ofAspectual(g, predicate.lemma(), subject, object);
        }
        if (object == null && !type.equals("OTHER")) {
          // a typed act with a clause for its object is about that clause's subject ("demanded that the
          // US cancel the sale", "admitted that users had dropped calls")
          object = Arguments.complementSubject(g, verb.index());
        } else if (absorbed == null && object != null && object > verb.index() && !type.equals("OTHER")
            && types.isLightVerb(verb.lemma().toLowerCase()) && Arguments.complementSubject(g, object) != null) {
          // "reiterated its demand that Israel ease restrictions": the act the light verb carries is about
          // the subject of the noun's clause, as the act of "demanded that ..." is
          predicate = VerbGroup.through(parsed.text(), predicate, g.token(object));
          object = Arguments.complementSubject(g, object);
        }
        if (!carriesEvent && !news.keep(g, predicate.lemma(), type, subject, object,
            news.isActor(g, speaker(g, verb.index())))
            || absorbed == null && !themeSubject && news.unanchored(g, verb.index(), type, subject)) {
          continue;
        }
        Argument subjectArg = argument(parsed, g, subject, links);
        Argument location = argument(parsed, g, args.location(), links);
        EventDate date = ClauseDate.of(g, verb.index(), timexes);
        Attribution reportedBy = attribution(parsed, g, verb.index(), links);
        String mode = modality.of(g, verb.index(), reportedBy != null);
        boolean negated = Negation.test(g, verb.index());
        if (mode.equals("planned") && reportedBy != null && !negated) {
          type = EventTypes.intent(type);
        } else if (reportedBy != null && EventTypes.isObligation(g, verb.index()) && !news.isActor(g,
            speaker(g, verb.index()))) {
          // an obligation reported with no actor to demand it is typed as the demand itself
          type = "DEMAND";
        }
        if (mode.equals("hypothetical") && type.equals("OTHER")) {
          // "he would oversee security operations", "it can fly to London": a possibility, not a report
          continue;
        }
        Integer to = args.recipient();
        Argument recipient = to != null && !to.equals(object) && transfers.contains(predicate.lemma())
            && news.isActor(g, to) ? argument(parsed, g, to, links) : null;
        for (Integer objectHead : ObjectConjuncts.of(g, object)) {
          Argument objectArg = argument(parsed, g, objectHead, links);
          int start = Math.min(predicate.start(), Math.min(start(subjectArg), start(objectArg)));
          int end = Math.max(predicate.end(), Math.max(end(subjectArg), end(objectArg)));
          out.add(new EventTriple("v", start, end, sentenceText, subjectArg, predicate, objectArg,
              type, date, negated, reportedBy, location, mode, recipient));
        }
      }
      verbal.add(out);
      List<EventTriple> nouns = new ArrayList<>();
      for (NominalEvents.Nominal n : nominals.of(g)) {
        nouns.add(nominal(parsed, g, n, sentenceText, timexes, links));
      }
      nominal.add(nouns);
    }
    return document(parsed, verbal, nominal);
  }

  /** The document's events sentence by sentence, repeated nominals dropped, quotations attributed, numbered. */
  private List<EventTriple> document(ParsedText parsed, List<List<EventTriple>> verbal,
      List<List<EventTriple>> nominal) {
    List<EventTriple> allVerbal = verbal.stream().flatMap(List::stream).toList();
    RunningQuote quote = new RunningQuote();
    List<EventTriple> out = new ArrayList<>();
    for (int s = 0; s < verbal.size(); s++) {
      List<EventTriple> sentence = new ArrayList<>(verbal.get(s));
      for (EventTriple n : nominal.get(s)) {
        if (!duplicates.repeats(n, verbal.get(s), allVerbal)) {
          sentence.add(n);
        }
      }
      Sentence at = parsed.sentences().get(s);
      String text = parsed.text().substring(at.start(), at.end());
      for (EventTriple e : quote.sentence(text, sentence)) {
        out.add(e.withId("v" + (out.size() + 1)));
      }
    }
    return out;
  }



  private EventTriple nominal(ParsedText parsed, ClauseGraph g, NominalEvents.Nominal n, String sentenceText,
      List<Timex> timexes, EntityLinks links) {
    Token noun = g.token(n.noun());
    Predicate predicate = new Predicate(noun.word(), noun.lemma().toLowerCase(), noun.start(), noun.end());
    Argument subjectArg = argument(parsed, g, n.subject(), links);
    Argument objectArg = argument(parsed, g, n.object(), links);
    Attribution reportedBy = attribution(parsed, g, n.noun(), links);
    int start = Math.min(predicate.start(), Math.min(start(subjectArg), start(objectArg)));
    int end = Math.max(predicate.end(), Math.max(end(subjectArg), end(objectArg)));
    return new EventTriple("v", start, end, sentenceText, subjectArg, predicate, objectArg,
        types.ofNoun(predicate.lemma()), ClauseDate.of(g, n.noun(), timexes), false, reportedBy, null,
        modality.of(g, n.noun(), reportedBy != null), null);
  }

  /**
   * "Their only obvious purpose is to kill and maim", "The task of this working group is to suppress
   * civil protests": a "to" infinitive predicated of a thing by "be" says what the thing is for. With an
   * actor for subject ("Vucic is to visit Moscow") it is a plan, and stays.
   */
  private boolean statesAPurpose(ClauseGraph g, int verb, Integer subject) {
    int v = verb;
    Dependency up = g.head(v);
    if (up != null && up.relation().equals("conj")) {
      v = up.governor();
    }
    boolean to = false;
    boolean be = false;
    for (Dependency d : g.children(v)) {
      String word = g.token(d.dependent()).lemma().toLowerCase();
      to |= d.relation().equals("mark") && word.equals("to");
      be |= (d.relation().equals("cop") || d.relation().equals("aux")) && word.equals("be");
    }
    return to && be && !news.isActor(g, subject);
  }

  /** The complement of "refused to", "failed to", "declined to": what did not happen. */
  private boolean didNotHappen(ClauseGraph g, int verb) {
    Dependency up = g.head(verb);
    return up != null && up.relation().equals("xcomp")
        && negativeImplicatives.contains(g.token(up.governor()).lemma().toLowerCase());
  }

  private static Integer passiveSubject(ClauseGraph g, int verb) {
    for (Dependency d : g.enhancedChildren(verb)) {
      if (d.relation().equals("nsubj:pass")) {
        return d.dependent();
      }
    }
    return null;
  }

  /** The subject of the verb of saying that reports this clause, or null. */
  private Integer speaker(ClauseGraph g, int verb) {
    Integer reporting = speech.reporter(g, verb);
    return reporting == null ? null : Arguments.of(g, reporting).subject();
  }

  /** The speaker of the verb of saying that reports this clause, or the source it is "according to". */
  private Attribution attribution(ParsedText parsed, ClauseGraph g, int verb, EntityLinks links) {
    Integer source = ReportedSpeech.accordingTo(g, verb);
    Predicate saying = null;
    if (source == null) {
      Integer reporting = speech.reporter(g, verb);
      source = reporting == null ? null : Arguments.of(g, reporting).subject();
      saying = source == null ? null : VerbGroup.of(parsed.text(), g, reporting, null);
    }
    if (source == null) {
      return null;
    }
    Argument a = argument(parsed, g, source, links);
    return new Attribution(a.text(), a.entity(), saying);
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
