package org.newsevents.model;

import java.time.LocalDate;

/** The publication date that relative dates resolve against, and where it came from. */
public record DocumentDate(LocalDate value, Source source) {
  public enum Source {
    METADATA("metadata"), TEXT("text"), NONE("none");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static DocumentDate none() {
    return new DocumentDate(null, Source.NONE);
  }

  public boolean known() {
    return value != null;
  }
}
