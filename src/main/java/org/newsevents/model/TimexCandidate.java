package org.newsevents.model;

/** A temporal expression as the tagger found it, before the time stage checks and resolves it. */
public record TimexCandidate(int start, int end, String text, String type, String value) implements Span {}
