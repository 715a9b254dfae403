package org.newsevents.model;

/** Who asserts an event: the speaker's text and entity id (or null). */
public record Attribution(String text, String entity) {}
