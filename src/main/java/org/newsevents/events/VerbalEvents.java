package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Argument;
import org.newsevents.model.Attribution;
import org.newsevents.model.Dependency;
import org.newsevents.model.EventDate;
import org.newsevents.model.EventTriple;
import org.newsevents.model.Predicate;
import org.newsevents.model.Token;

/**
 * The events of one sentence's verbs: one per predicate-argument structure that reports an action,
 * with its arguments, PLOVER type, date, polarity, modality and speaker. Verbs of saying attribute the
 * clause they govern instead of being events, unless they take a stance or state a demand.
 */
final class VerbalEvents {
  private final Predicates predicates = new Predicates(lexicon("events/transparent-verbs.txt"));
  private final ReportedSpeech speech;
  private final Speakers speakers;
  private final EventTypes types;
  private final ComplementTypes complementTypes;
  private final Modality modality;
  private final Newsworthiness news;
  private final Unrealised unrealised;
  private final Specification specification;
  private final Map<String, String> verbPhrases = ModelFiles.table("events/verb-phrases.tsv");
  private final Set<String> addresseeVerbs = lexicon("events/addressee-verbs.txt");
  private final Set<String> unaccusatives = lexicon("events/unaccusative-verbs.txt");
  private final Set<String> motionVerbs = lexicon("events/motion-verbs.txt");
  private final Set<String> transfers = lexicon("events/transfer-verbs.txt");

  VerbalEvents(ReportedSpeech speech, Speakers speakers, EventTypes types, Modality modality, Newsworthiness news) {
    this.speech = speech;
    this.speakers = speakers;
    this.types = types;
    this.modality = modality;
    this.news = news;
    this.specification = new Specification(lexicon("events/specification-verbs.txt"), news);
    Set<String> negativeImplicatives = lexicon("events/negative-implicative-verbs.txt");
    this.complementTypes = new ComplementTypes(types, lexicon("events/commitment-verbs.txt"), negativeImplicatives);
    this.unrealised = new Unrealised(negativeImplicatives,
        new Counterfactual(ModelFiles.lines("events/counterfactual-markers.txt")),
        new Requirement(lexicon("events/requirement-verbs.txt")));
  }

  static Set<String> lexicon(String path) {
    return Set.copyOf(ModelFiles.lines(path));
  }

  List<EventTriple> of(SentenceContext s) {
    List<EventTriple> out = new ArrayList<>();
    for (Token verb : s.g().sentence().tokens()) {
      if (predicates.isPredicate(s.g(), verb)) {
        out.addAll(of(s, verb));
      }
    }
    return out;
  }

  /** The events of one verb: none, one, or one per named object conjunct. */
  private List<EventTriple> of(SentenceContext s, Token verb) {
    ClauseGraph g = s.g();
    int v = verb.index();
    String lemma = verb.lemma().toLowerCase();
    Arguments args = Arguments.of(g, v);
    Integer subject = args.subject();
    Integer object = args.object();
    Integer absorbed = null;
    if (object != null) {
      String role = verbPhrases.get(lemma + " " + g.token(object).lemma().toLowerCase());
      if (role != null) {
        absorbed = object;
        object = role.equals("theme") ? subject : passiveSubject(g, v);
        subject = role.equals("theme") ? null : subject;
      }
    }
    if (unrealised.test(g, v, subject)) {
      return List.of();
    }
    boolean themeSubject = false;
    if (absorbed == null && subject != null && AgePhrase.objectOf(g, v) == null
        && (unaccusatives.contains(lemma) || motionVerbs.contains(lemma) && (isThing(g, subject) || Specification.inVariants(g, v)))) {
      // "the jetliner crashed into the Atlantic": the subject is what the event happens to
      object = subject;
      subject = null;
      themeSubject = true;
    }
    boolean demand = false;
    if (speech.isSpeechAct(g, verb, directObject(g, v, object))) {
      Integer content = speech.stanceTarget(g, v);
      Integer obligated = ReportedSpeech.obligated(g, v);
      // "Russia said on Tuesday that Sudan must return a Mi-26 helicopter": an obligation an actor
      // states is that actor's demand on whoever it binds (PLOVER DEMAND)
      demand = obligated != null && news.isActor(g, subject);
      if (!demand && (content == null || types.of(g, v, lemma, null).equals("OTHER"))) {
        return List.of();
      }
      object = demand ? obligated : content;
    }
    if (subject == null && object == null || addresseeVerbs.contains(lemma) && !news.isActor(g, object)) {
      return List.of();
    }
    Predicate predicate = VerbGroup.of(s.text(), g, v, absorbed);
    boolean carriesEvent = absorbed == null && object != null && object > v && types.isLightVerb(lemma)
        && news.isEventNoun(g, object);
    if (carriesEvent) {
      // "made its first flight", "has had multiple meetings": the event noun the light verb carries is
      // part of the predicate as written; the lemma stays the verb's
      predicate = VerbGroup.through(s.text(), predicate, g.token(object));
    }
    String type = demand ? "DEMAND" : complementTypes.of(g, v, types.of(g, v, predicate.lemma(), object));
    if (type.equals("OTHER")) {
      type = types.ofAspectual(g, predicate.lemma(), subject, object);
    }
    if (object == null && !type.equals("OTHER")) {
      // a typed act with a clause for its object is about that clause's subject ("demanded that the
      // US cancel the sale", "admitted that users had dropped calls")
      object = Arguments.complementSubject(g, v);
    } else if (absorbed == null && object != null && object > v && !type.equals("OTHER")
        && types.isLightVerb(lemma) && Arguments.complementSubject(g, object) != null) {
      // "reiterated its demand that Israel ease restrictions": the act the light verb carries is about
      // the subject of the noun's clause, as the act of "demanded that ..." is
      predicate = VerbGroup.through(s.text(), predicate, g.token(object));
      object = Arguments.complementSubject(g, object);
    }
    boolean capability = specification.capability(g, v, subject, object, themeSubject && motionVerbs.contains(lemma));
    if (!carriesEvent && !capability && !specification.states(g, v, predicate.lemma(), subject, object)
        && !news.keep(g, predicate.lemma(), type, subject, object, news.isActor(g, speakers.speaker(g, v)))
        || absorbed == null && !themeSubject && news.unanchored(g, v, type, subject)) {
      return List.of();
    }
    Attribution reportedBy = speakers.attribution(s, v);
    String mode = modality.of(g, v, reportedBy != null);
    boolean negated = Negation.test(g, v);
    if (mode.equals("planned") && reportedBy != null && !negated) {
      type = EventTypes.intent(type);
    } else if (reportedBy != null && EventTypes.isObligation(g, v) && !news.isActor(g, speakers.speaker(g, v))) {
      // an obligation reported with no actor to demand it is typed as the demand itself
      type = "DEMAND";
    }
    if (mode.equals("hypothetical") && type.equals("OTHER") && !capability) {
      // "he would oversee security operations": a possibility, not a report; what a product can do
      // specifies it
      return List.of();
    }
    Integer to = args.recipient();
    Argument recipient = to != null && !to.equals(object) && transfers.contains(predicate.lemma())
        && news.isActor(g, to) ? s.argument(to) : null;
    Argument subjectArg = s.argument(subject);
    Argument location = s.argument(args.location());
    EventDate date = ClauseDate.of(g, v, s.timexes());
    List<EventTriple> out = new ArrayList<>();
    for (Integer objectHead : ObjectConjuncts.of(g, object)) {
      Argument objectArg = s.argument(objectHead);
      out.add(new EventTriple("v", Spans.start(predicate, subjectArg, objectArg), Spans.end(predicate, subjectArg,
          objectArg), s.sentenceText(), subjectArg, predicate, objectArg, type, date, negated, reportedBy, location,
          mode, recipient));
    }
    return out;
  }

  /**
   * The object a verb of saying says, or null: not a prepositional phrase the object fell back to ("the
   * SVR claimed in a statement on its website" says nothing to the statement).
   */
  private static Integer directObject(ClauseGraph g, int verb, Integer object) {
    if (object == null) {
      return null;
    }
    Dependency d = g.head(object);
    return d != null && d.governor() == verb && d.relation().startsWith("obl") ? null : object;
  }

  /**
   * Not an actor, a product name the tagger took for one ("The iPod Nano comes in two colors"), or "it"
   * said of what travels ("it can fly from London to Sydney": people and bodies that travel are "he",
   * "she" or "they").
   */
  private boolean isThing(ClauseGraph g, int head) {
    return !news.isActor(g, head) || ProductNames.names(g, head) || g.token(head).word().equalsIgnoreCase("it");
  }

  private static Integer passiveSubject(ClauseGraph g, int verb) {
    for (Dependency d : g.enhancedChildren(verb)) {
      if (d.relation().equals("nsubj:pass")) {
        return d.dependent();
      }
    }
    return null;
  }
}
