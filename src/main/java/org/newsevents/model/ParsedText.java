package org.newsevents.model;

import java.util.List;

/** The linguistic layer of one document: sentences with tokens and dependencies, and raw timexes. */
public record ParsedText(String text, List<Sentence> sentences, List<TimexCandidate> timexCandidates) {
  public ParsedText {
    sentences = List.copyOf(sentences);
    timexCandidates = List.copyOf(timexCandidates);
  }
}
