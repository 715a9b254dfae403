package org.newsevents.db;

/** A line that is not a loadable newsevents/1 record; it is reported and left out, and the load goes on. */
public final class RecordException extends Exception {
  public RecordException(String message) {
    super(message);
  }
}
