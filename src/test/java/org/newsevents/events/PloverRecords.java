package org.newsevents.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Argument;
import org.newsevents.model.Entity;
import org.newsevents.model.EventTriple;

/**
 * The PLOVER dev records' score (source, event, target): for each record the best event is the one
 * whose subject and object share a content word with the gold source and target (an argument's words,
 * or those of the entity it resolves to, as the event scorer resolves entity references: "Syria says it
 * will not accept ..." has "it" = Syria), the target being the object or, for a transfer, its recipient
 * ("Finland will give Tanzania a grant"); we count its type, and whether source and target were found.
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

  /** @param analysed the analysis of a record's text (its entities and events), by record id */
  public static Score score(JsonNode records, Function<String, AnalyzedArticle> analysed) {
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
      AnalyzedArticle a = analysed.apply(r.path("id").asText());
      Map<String, String> names = new HashMap<>();
      for (Entity entity : a.entities()) {
        names.put(entity.id(), entity.name());
      }
      for (EventTriple e : a.events()) {
        boolean src = sources.isEmpty() || matches(sources, e.subject(), names);
        boolean tgt = targets.isEmpty() || matches(targets, e.object(), names) || matches(targets, e.recipient(), names);
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

  private static boolean matches(List<String> gold, Argument predicted, Map<String, String> names) {
    if (predicted == null) {
      return false;
    }
    Set<String> words = words(predicted.text());
    if (predicted.entity() != null && names.containsKey(predicted.entity())) {
      words.addAll(words(names.get(predicted.entity())));
    }
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
