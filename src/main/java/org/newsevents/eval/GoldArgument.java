package org.newsevents.eval;

/** An event participant as the gold gives it: the phrase and, when known, the name of its entity. */
public record GoldArgument(String text, String entityName) {}
