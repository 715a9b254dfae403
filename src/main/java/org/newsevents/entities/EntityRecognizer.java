package org.newsevents.entities;

import java.util.List;
import org.newsevents.model.Entity;
import org.newsevents.model.ParsedText;

/** The entities stage: one canonical entity per real-world thing, with all its mentions. */
public interface EntityRecognizer {
  List<Entity> entities(ParsedText parsed);
}
