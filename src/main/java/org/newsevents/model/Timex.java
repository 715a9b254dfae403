package org.newsevents.model;

/**
 * A temporal expression, TimeML TIMEX3 style.
 *
 * @param type    DATE, TIME, DURATION or SET
 * @param value   the normalised TIMEX3 value, or null when the expression is invalid
 * @param invalid true for an impossible calendar date such as "June 31"
 */
public record Timex(String id, int start, int end, String text, String type, String value, boolean invalid)
    implements Span {}
