package org.newsevents.model;

/** An event argument: the minimal phrase, its offsets, and the entity id it resolves to (or null). */
public record Argument(String text, int start, int end, String entity) implements Span {}
