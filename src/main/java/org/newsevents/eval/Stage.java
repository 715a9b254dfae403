package org.newsevents.eval;

/** The stages a gold set can cover, in pipeline order. */
public enum Stage {
  BOILERPLATE("boilerplate"), ENTITIES("entities"), GROUPING("entity grouping"), TIMEXES("timexes"),
  EVENTS("events");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
