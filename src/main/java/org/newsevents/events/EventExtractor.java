package org.newsevents.events;

import java.util.List;
import org.newsevents.model.Entity;
import org.newsevents.model.EventTriple;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Timex;

/** The events stage: who did what to whom, and when, read off the dependency parse. */
public interface EventExtractor {
  List<EventTriple> events(ParsedText parsed, List<Entity> entities, List<Timex> timexes);
}
