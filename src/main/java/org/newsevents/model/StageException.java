package org.newsevents.model;

/** A document failed in a named stage; the run writes an error record for it and goes on. */
public class StageException extends RuntimeException {
  private final String stage;

  public StageException(String stage, String message) {
    super(message);
    this.stage = stage;
  }

  public StageException(String stage, String message, Throwable cause) {
    super(message, cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}
