package org.newsevents.eval;

import org.newsevents.model.Span;

/** A gold mention: offsets into the document's source text, a label and the text it covers. */
public record GoldSpan(int start, int end, String type, String text) implements Span {}
