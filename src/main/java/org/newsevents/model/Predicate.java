package org.newsevents.model;

/** The event's verb group as written, and its lemma. */
public record Predicate(String text, String lemma, int start, int end) implements Span {}
