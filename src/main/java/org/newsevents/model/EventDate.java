package org.newsevents.model;

/** When an event happened: a TIMEX3 value and the id of the timex it came from. */
public record EventDate(String value, String timex) {}
