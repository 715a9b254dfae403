package org.newsevents.eval;

import org.newsevents.model.Span;

/** A stretch of a gold document's source text, e.g. one annotated sentence or one line. */
public record Region(int start, int end) implements Span {}
