package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsevents.model.Argument;
import org.newsevents.model.Attribution;
import org.newsevents.model.EventTriple;

/**
 * A quotation continues its speaker: after "He also said ... Putin was not informed about this.", the
 * paragraphs that open with a quotation mark and name no speaker of their own ("We will not change our
 * policy ...", "There was only thing I have asked the Russian ambassador today") are his words too, until
 * narration breaks the run. In a speaker's words, "I" and "me" are the speaker.
 */
final class RunningQuote {
  private static final Set<String> FIRST_PERSON = Set.of("i", "me");
  private static final String OPENING_QUOTES = "\"“‘«";

  private Attribution speaker;

  /** The events of one sentence, in text order, attributed and resolved; updates the running speaker. */
  List<EventTriple> sentence(String sentenceText, List<EventTriple> events) {
    Attribution own = events.stream().map(EventTriple::reportedBy).filter(a -> a != null && a.verb() != null)
        .reduce((a, b) -> b).orElse(null);
    boolean quote = !sentenceText.isBlank() && OPENING_QUOTES.indexOf(sentenceText.strip().charAt(0)) >= 0;
    Attribution running = own == null && quote ? speaker : null;
    speaker = own != null ? own : quote ? speaker : null;
    List<EventTriple> out = new ArrayList<>();
    for (EventTriple e : events) {
      Attribution by = e.reportedBy() != null ? e.reportedBy() : running;
      out.add(by == null ? e : new EventTriple(e.id(), e.start(), e.end(), e.sentence(), speaking(e.subject(), by),
          e.predicate(), speaking(e.object(), by), e.type(), e.date(), e.negated(), by, e.location(), e.modality(),
          e.recipient()));
    }
    return out;
  }

  /** "I", "me" in the speaker's words: the speaker's entity. */
  private static Argument speaking(Argument a, Attribution by) {
    if (a == null || a.entity() != null || by.entity() == null || !FIRST_PERSON.contains(a.text().toLowerCase())) {
      return a;
    }
    return new Argument(a.text(), a.start(), a.end(), by.entity());
  }
}
