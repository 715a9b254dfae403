package org.newsevents.model;

/** A Universal Dependencies edge between token indices of one sentence (governor 0 is the root). */
public record Dependency(int governor, String relation, int dependent) {}
