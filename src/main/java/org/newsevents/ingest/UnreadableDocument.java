package org.newsevents.ingest;

/** One document cannot be read; the message says why, in words a user can act on. */
final class UnreadableDocument extends Exception {
  UnreadableDocument(String message) {
    super(message);
  }
}
