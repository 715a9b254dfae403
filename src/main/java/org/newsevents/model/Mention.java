package org.newsevents.model;

/** One occurrence of a name in the source text. */
public record Mention(int start, int end, String text) implements Span {}
