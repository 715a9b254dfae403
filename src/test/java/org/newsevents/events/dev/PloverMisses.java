package org.newsevents.events.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.newsevents.events.DependencyEvents;
import org.newsevents.model.EventTriple;

/** Prints each PLOVER dev record next to the events extracted from it (from the EventScoreLoop cache). */
public final class PloverMisses {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]).resolve("plover");
    ObjectMapper json = new ObjectMapper()
        .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    DependencyEvents extractor = new DependencyEvents();
    for (JsonNode r : json.readTree(EventScoreLoop.PLOVER.toFile())) {
      if (!org.newsevents.events.PloverRecords.scored(r)) {
        continue;
      }
      EventScoreLoop.Stored s = json.readValue(dir.resolve(r.path("id").asText() + ".json").toFile(),
          EventScoreLoop.Stored.class);
      List<EventTriple> events = extractor.events(s.parsed(), s.entities(), s.timexes());
      System.out.printf("## %s %s | src=%s | tgt=%s%n   %s%n", r.path("id").asText(), r.path("event").asText(),
          r.path("source"), r.path("target"), r.path("text").asText().replace('\n', ' '));
      for (EventTriple e : events) {
        System.out.printf("   - %s | %s | %s [%s %s]%s%n", e.subject() == null ? "-" : e.subject().text(),
            e.predicate().text(), e.object() == null ? "-" : e.object().text(), e.type(), e.modality(),
            e.recipient() == null ? "" : " TO " + e.recipient().text());
      }
    }
  }
}
