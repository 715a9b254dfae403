package org.newsevents.eval;

import org.newsevents.model.Span;

/** A gold TIMEX3; {@code value} is null for an annotated impossible date. */
public record GoldTimex(int start, int end, String text, String type, String value) implements Span {}
