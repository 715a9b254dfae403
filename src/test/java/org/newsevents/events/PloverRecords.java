package org.newsevents.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsevents.model.Argument;
import org.newsevents.model.EventTriple;

/**
 * The PLOVER dev records' score (source, event, target): for each record the best event is the one
 * whose subject and object share a content word with the gold source and target; we count its type,
 * and whether source and target were found.
 */
public final class PloverRecords {
  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "to", "for", "and",
      "its", "his", "her", "their", "s");

  /** The figures over the records scored. */
  public record Score(int records, int typeRight, int sourceFound, int targetFound) {
    public double type() {
      return (double) typeRight / records;
    }

    public double source() {
      return (double) sourceFound / records;
    }

    public double target() {
      return (double) targetFound / records;
    }
  }

  private PloverRecords() {}

  /** Records with a text, other than the file's own documentation record. */
  public static boolean scored(JsonNode r) {
    return !r.path("text").asText("").isBlank() && !r.path("event").asText().equals("DOCUMENT");
  }

  /** @param events the events extracted from a record's text, by record id */
  public static Score score(JsonNode records, Function<String, List<EventTriple>> events) {
    int n = 0;
    int typeRight = 0;
    int sourceFound = 0;
    int targetFound = 0;
    for (JsonNode r : records) {
      if (!scored(r)) {
        continue;
      }
      n++;
      List<String> sources = actors(r.get("source"));
      List<String> targets = actors(r.get("target"));
      EventTriple best = null;
      double bestScore = -1;
      boolean bestSource = false;
      boolean bestTarget = false;
      for (EventTriple e : events.apply(r.path("id").asText())) {
        boolean src = sources.isEmpty() || matches(sources, e.subject());
        boolean tgt = targets.isEmpty() || matches(targets, e.object());
        double score = (src ? 1 : 0) + (tgt ? 1 : 0) + (e.type().equals("OTHER") ? 0 : 0.5);
        if (score > bestScore) {
          bestScore = score;
          best = e;
          bestSource = src;
          bestTarget = tgt;
        }
      }
      if (best != null) {
        typeRight += best.type().equals(r.path("event").asText()) ? 1 : 0;
        sourceFound += bestSource ? 1 : 0;
        targetFound += bestTarget ? 1 : 0;
      }
    }
    return new Score(n, typeRight, sourceFound, targetFound);
  }

  private static List<String> actors(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    for (JsonNode a : node.isArray() ? node : List.of(node)) {
      String text = a.isObject() ? a.path("actorText").asText("") : a.asText("");
      if (!text.isBlank()) {
        out.add(text);
      }
    }
    return out;
  }

  private static boolean matches(List<String> gold, Argument predicted) {
    if (predicted == null) {
      return false;
    }
    Set<String> words = words(predicted.text());
    return gold.stream().anyMatch(g -> words(g).stream().anyMatch(words::contains));
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
