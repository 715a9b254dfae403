package org.newsevents.eval;

import org.newsevents.model.Span;

/**
 * A gold event: where its predicate is in the source text, and its participants.
 *
 * @param start   predicate start, or -1 when the predicate could not be located in the source
 * @param subject the agent (Arg0), or null when the gold has none
 * @param object  the patient or theme (Arg1), or null
 * @param type    PLOVER category, or null when the gold format has no event types
 * @param date    the event's date value, or null (undated, or the format has no event dates)
 */
public record GoldEvent(int start, int end, String predicate, GoldArgument subject, GoldArgument object,
                        String type, String date) implements Span {
  public boolean located() {
    return start >= 0;
  }
}
