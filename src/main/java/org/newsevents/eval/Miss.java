package org.newsevents.eval;

/**
 * One error a developer can look at.
 *
 * @param kind     what went wrong ("missed", "spurious", "wrong value", "story lost", ...)
 * @param document the document id
 * @param text     the text concerned, with what was expected when that helps
 * @param weight   how much it cost (words lost, or 1 per item), for ranking the worst
 */
public record Miss(String kind, String document, String text, int weight) {}
