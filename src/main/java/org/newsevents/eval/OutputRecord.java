package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.model.Span;

/**
 * A newsevents/1 output record as the scorers read it. Scoring reads the JSON, never the pipeline's
 * objects, so a live run and a saved {@code OUT.jsonl} are scored by the same code.
 */
public final class OutputRecord {
  private final JsonNode json;
  private final Map<String, Entity> entitiesById = new HashMap<>();

  public OutputRecord(JsonNode json) {
    this.json = json;
    for (Entity e : entities()) {
      entitiesById.put(e.id(), e);
    }
  }

  /** The record a document gets when no prediction exists for it: every gold item is a miss. */
  public static OutputRecord empty(String id) {
    return new OutputRecord(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("id", id));
  }

  public record Entity(String id, String type, String name, List<Region> mentions) {}

  public record Timex(int start, int end, String text, String type, String value) implements Span {}

  /** @param entityName the name of the entity the argument refers to, or null */
  public record Argument(String text, String entityName) {}

  public record Event(int start, int end, String predicate, Argument subject, Argument object, String type,
                      String date) implements Span {}

  public String id() {
    return json.path("id").asText();
  }

  /** The stage that failed, or null for an article record. */
  public String failedStage() {
    JsonNode error = json.get("error");
    return error == null ? null : error.path("stage").asText("unknown");
  }

  public String keptText() {
    return json.path("text").asText("");
  }

  public List<Region> boilerplate() {
    List<Region> out = new ArrayList<>();
    for (JsonNode b : json.path("boilerplate")) {
      out.add(new Region(b.path("start").asInt(), b.path("end").asInt()));
    }
    return out;
  }

  public List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    for (JsonNode e : json.path("entities")) {
      List<Region> mentions = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) {
        mentions.add(new Region(m.path("start").asInt(), m.path("end").asInt()));
      }
      out.add(new Entity(e.path("id").asText(), e.path("type").asText(), e.path("name").asText(), mentions));
    }
    return out;
  }

  public List<Timex> timexes() {
    List<Timex> out = new ArrayList<>();
    for (JsonNode t : json.path("timexes")) {
      out.add(new Timex(t.path("start").asInt(), t.path("end").asInt(), t.path("text").asText(),
          t.path("type").asText(), text(t.get("value"))));
    }
    return out;
  }

  public List<Event> events() {
    List<Event> out = new ArrayList<>();
    for (JsonNode e : json.path("events")) {
      JsonNode p = e.path("predicate");
      JsonNode date = e.get("date");
      out.add(new Event(p.path("start").asInt(), p.path("end").asInt(), p.path("text").asText(),
          argument(e.get("subject")), argument(e.get("object")), text(e.get("type")),
          date == null || date.isNull() ? null : text(date.get("value"))));
    }
    return out;
  }

  private Argument argument(JsonNode a) {
    if (a == null || a.isNull()) {
      return null;
    }
    Entity entity = entitiesById.get(text(a.get("entity")));
    return new Argument(a.path("text").asText(), entity == null ? null : entity.name());
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
