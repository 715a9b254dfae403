package org.newsevents.eval;

/** The gold (or predictions) given cannot be read in the format named: a usage error, exit code 2. */
public final class BadGold extends RuntimeException {
  public BadGold(String message) {
    super(message);
  }
}
