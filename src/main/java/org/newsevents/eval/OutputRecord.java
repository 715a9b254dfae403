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

  /**
   * The verbs of saying that report the events, each once, as triples: speaker | verb | what it
   * reports (the reported events' phrases). A verb that is already an event's predicate (a stance
   * such as "claimed" typed as an act of its own) is not repeated.
   */
  public List<Event> speechActs() {
    Map<Integer, Event> acts = new java.util.LinkedHashMap<>();
    java.util.Set<Integer> predicates = new java.util.HashSet<>();
    for (JsonNode e : json.path("events")) {
      predicates.add(e.path("predicate").path("start").asInt());
    }
    for (JsonNode e : json.path("events")) {
      JsonNode by = e.get("reportedBy");
      JsonNode verb = by == null ? null : by.get("verb");
      if (verb == null || verb.isNull() || predicates.contains(verb.path("start").asInt())) {
        continue;
      }
      String reported = String.join(" ", phrase(e.get("subject")), e.path("predicate").path("text").asText(),
          phrase(e.get("object"))).strip();
      int start = verb.path("start").asInt();
      Event earlier = acts.get(start);
      String content = earlier == null ? reported : earlier.object().text() + " " + reported;
      Entity speaker = entitiesById.get(text(by.get("entity")));
      acts.put(start, new Event(start, verb.path("end").asInt(), verb.path("text").asText(),
          new Argument(by.path("text").asText(), speaker == null ? null : speaker.name()),
          new Argument(content, null), null, null));
    }
    return new ArrayList<>(acts.values());
  }

  private static String phrase(JsonNode argument) {
    return argument == null || argument.isNull() ? "" : argument.path("text").asText();
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
