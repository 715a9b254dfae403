package org.newsevents.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.entities.PronounAntecedents;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Argument;
import org.newsevents.model.Attribution;
import org.newsevents.model.Entity;
import org.newsevents.model.EventTriple;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Predicate;
import org.newsevents.model.Sentence;
import org.newsevents.model.Timex;
import org.newsevents.model.Token;

/**
 * The events stage, read off the dependency parse: each sentence's verbal events and nominal events
 * ("the arrest of Pivovarov"); then, over the document, nominal events that repeat a verbal one are
 * dropped, running quotations are attributed to their speaker, "the meeting took place" dates the
 * meeting already reported, and the events are numbered.
 */
public final class DependencyEvents implements EventExtractor {
  private final EventTypes types;
  private final Modality modality;
  private final Speakers speakers;
  private final VerbalEvents verbal;
  private final NominalEvents nominals;
  private final NominalDuplicates duplicates;
  private final AnaphoricOccurrence occurrence;

  public DependencyEvents() {
    ReportedSpeech speech = new ReportedSpeech(VerbalEvents.lexicon("events/reporting-verbs.txt"));
    this.types = new EventTypes(ModelFiles.table("events/plover-lexicon.tsv"),
        ModelFiles.table("events/plover-nouns.tsv"), ActedOn.load("events/plover-verb-objects.tsv"));
    this.modality = new Modality(VerbalEvents.lexicon("events/plan-verbs.txt"),
        VerbalEvents.lexicon("events/allegation-words.txt"));
    this.speakers = new Speakers(speech);
    Newsworthiness news = new Newsworthiness(VerbalEvents.lexicon("events/state-verbs.txt"),
        ModelFiles.table("events/event-nouns.tsv").keySet(), VerbalEvents.lexicon("events/artifact-nouns.txt"));
    this.verbal = new VerbalEvents(speech, speakers, types, modality, news);
    this.nominals = new NominalEvents(ModelFiles.table("events/event-nouns.tsv"), types,
        new NounCases("events/event-noun-cases.tsv"));
    java.util.Set<String> occurrences = VerbalEvents.lexicon("events/occurrence-verbs.txt");
    this.duplicates = new NominalDuplicates(ModelFiles.table("events/event-noun-verbs.tsv"),
        lemma -> types.hasOwnType(lemma) || occurrences.contains(lemma));
    this.occurrence = new AnaphoricOccurrence(VerbalEvents.lexicon("events/occurrence-verbs.txt"),
        ModelFiles.table("events/event-noun-verbs.tsv"));
  }

  @Override
  public List<EventTriple> events(ParsedText parsed, List<Entity> entities, List<Timex> timexes) {
    Map<Integer, String> pronouns = new HashMap<>(GroupPronouns.resolve(parsed, entities));
    pronouns.putAll(PronounAntecedents.resolve(parsed, entities));
    EntityLinks links = new EntityLinks(entities, pronouns);
    List<List<EventTriple>> verbalBySentence = new ArrayList<>();
    List<List<EventTriple>> nominalBySentence = new ArrayList<>();
    for (Sentence sentence : parsed.sentences()) {
      SentenceContext s = new SentenceContext(parsed, new ClauseGraph(sentence),
          parsed.text().substring(sentence.start(), sentence.end()), timexes, links);
      verbalBySentence.add(verbal.of(s));
      List<EventTriple> nouns = new ArrayList<>();
      for (NominalEvents.Nominal n : nominals.of(s.g())) {
        nouns.add(nominal(s, n));
      }
      nominalBySentence.add(nouns);
    }
    return document(parsed, verbalBySentence, nominalBySentence);
  }

  /** The document's events sentence by sentence, repeated nominals dropped, quotations attributed, numbered. */
  private List<EventTriple> document(ParsedText parsed, List<List<EventTriple>> verbalBySentence,
      List<List<EventTriple>> nominalBySentence) {
    List<EventTriple> allVerbal = verbalBySentence.stream().flatMap(List::stream).toList();
    RunningQuote quote = new RunningQuote();
    List<EventTriple> out = new ArrayList<>();
    for (int s = 0; s < verbalBySentence.size(); s++) {
      List<EventTriple> sentence = new ArrayList<>(Restatements.drop(verbalBySentence.get(s)));
      for (EventTriple n : nominalBySentence.get(s)) {
        if (!duplicates.repeats(n, verbalBySentence.get(s), allVerbal, out)) {
          sentence.add(n);
        }
      }
      Sentence at = parsed.sentences().get(s);
      for (EventTriple e : quote.sentence(parsed.text().substring(at.start(), at.end()), sentence)) {
        EventTriple antecedent = occurrence.antecedent(e, out);
        if (antecedent == null) {
          out.add(e.withId("v" + (out.size() + 1)));
        } else if (antecedent.date() == null && e.date() != null) {
          out.set(out.indexOf(antecedent), antecedent.withDate(e.date()));
        }
      }
    }
    return out;
  }

  private EventTriple nominal(SentenceContext s, NominalEvents.Nominal n) {
    Predicate predicate = CompoundEventName.of(s.text(), s.g(), n.noun());
    Argument subject = s.argument(n.subject());
    Argument object = s.argument(n.object());
    Attribution reportedBy = speakers.attribution(s, n.noun());
    return new EventTriple("v", Spans.start(predicate, subject, object), Spans.end(predicate, subject, object),
        s.sentenceText(), subject, predicate, object, types.ofNoun(predicate.lemma()),
        ClauseDate.of(s.g(), n.noun(), s.timexes()), false, reportedBy, null,
        modality.of(s.g(), n.noun(), reportedBy != null), null);
  }
}
