package org.newsevents.model;

/** A span of the source text removed as boilerplate, with the name of the rule that removed it. */
public record BoilerplateSpan(int start, int end, String reason) implements Span {}
