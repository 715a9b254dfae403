package org.newsevents.events;

import org.newsevents.model.Argument;
import org.newsevents.model.Attribution;
import org.newsevents.model.Predicate;

/** Who reports a clause: the subject of the verb of saying that governs it, or the source it is "according to". */
final class Speakers {
  private final ReportedSpeech speech;

  Speakers(ReportedSpeech speech) {
    this.speech = speech;
  }

  /** The subject of the verb of saying that reports this clause, or null. */
  Integer speaker(ClauseGraph g, int verb) {
    Integer reporting = speech.reporter(g, verb);
    return reporting == null ? null : subject(g, reporting);
  }

  /** The subject of a verb of saying, or the speaker named after it ("..., said Angers"). */
  static Integer subject(ClauseGraph g, int reporting) {
    Integer subject = Arguments.of(g, reporting).subject();
    return subject != null ? subject : InvertedSpeaker.of(g, reporting);
  }

  /** The attribution of this clause, with the verb of saying through which it is reported; or null. */
  Attribution attribution(SentenceContext s, int verb) {
    ClauseGraph g = s.g();
    Integer source = ReportedSpeech.accordingTo(g, verb);
    Predicate saying = null;
    if (source == null) {
      Integer reporting = speech.reporter(g, verb);
      source = reporting == null ? null : subject(g, reporting);
      saying = source == null ? null : VerbGroup.of(s.text(), g, reporting, null);
    }
    if (source == null) {
      return null;
    }
    Argument a = s.argument(source);
    return new Attribution(a.text(), a.entity(), saying);
  }
}
