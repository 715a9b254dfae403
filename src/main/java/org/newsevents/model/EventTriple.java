package org.newsevents.model;

/**
 * Who did what to whom, and when.
 *
 * @param start     start of the clause's span in the source
 * @param end       end of the clause's span in the source
 * @param sentence  the sentence text
 * @param subject   agent, or null (agentless passive)
 * @param object    patient or theme, or null
 * @param type      PLOVER category, or OTHER
 * @param date      the event's date, or null
 * @param negated   whether the clause is negated
 * @param reportedBy the speaker who asserts it, or null
 * @param location  the named place it happened in ("in Moscow"), or null
 * @param modality  asserted, planned, alleged or hypothetical
 * @param recipient to whom the object goes or is said, when an actor ("gave Russia an ultimatum",
 *                  "sent rockets to Ukraine"), or null
 */
public record EventTriple(String id, int start, int end, String sentence, Argument subject, Predicate predicate,
                          Argument object, String type, EventDate date, boolean negated,
                          Attribution reportedBy, Argument location,
                          String modality, Argument recipient) implements Span {
  /** The same event with another date. */
  public EventTriple withDate(EventDate newDate) {
    return new EventTriple(id, start, end, sentence, subject, predicate, object, type, newDate, negated, reportedBy,
        location, modality, recipient);
  }

  /** The same event under another id. */
  public EventTriple withId(String newId) {
    return new EventTriple(newId, start, end, sentence, subject, predicate, object, type, date, negated, reportedBy,
        location, modality, recipient);
  }
}
