package org.newsevents.events.dev;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.eval.EventScorer;
import org.newsevents.eval.GoldArgument;
import org.newsevents.eval.GoldDocument;
import org.newsevents.eval.GoldEvent;
import org.newsevents.eval.MeantimeGoldReader;
import org.newsevents.eval.OutputRecord;
import org.newsevents.eval.SeedGoldReader;
import org.newsevents.events.DependencyEvents;
import org.newsevents.model.Sentence;
import org.newsevents.output.ArticleJson;

/**
 * Development view of the event scores sentence by sentence: {@code EventDiff CACHE seeds|meantime}
 * prints, for each sentence that holds a gold or a predicted event in scope, the gold events (+ matched,
 * - missed) and the predicted ones (+ matched, * spurious) with type and date, matched as the lenient
 * triple scorer matches (one to one, in gold order).
 */
public final class EventDiff {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String set = args[1];
    List<GoldDocument> gold = set.equals("seeds") ? new SeedGoldReader(null).read(Path.of("corpus/gold/seeds.jsonl"))
        : new MeantimeGoldReader().read(Path.of("../shared/datasets/meantime"));
    DependencyEvents extractor = new DependencyEvents();
    for (GoldDocument g : gold) {
      EventScoreLoop.Stored s = JSON.readValue(dir.resolve(set).resolve(g.id() + ".json").toFile(),
          EventScoreLoop.Stored.class);
      JsonNode json = ArticleJson.toJson(s.with(extractor.events(s.parsed(), s.entities(), s.timexes())));
      OutputRecord record = new OutputRecord(json);
      List<OutputRecord.Event> all = new ArrayList<>(record.events());
      if (set.equals("meantime")) {
        all.addAll(record.speechActs());
      }
      List<OutputRecord.Event> p = all.stream().filter(g::inScope).toList();
      int[] partnerOf = new int[g.events().size()];
      boolean[] taken = new boolean[p.size()];
      for (int k = 0; k < g.events().size(); k++) {
        partnerOf[k] = -1;
        for (int i = 0; i < p.size() && partnerOf[k] < 0; i++) {
          if (!taken[i] && EventScorer.matches(g.events().get(k), p.get(i))) {
            partnerOf[k] = i;
            taken[i] = true;
          }
        }
      }
      System.out.println("=== " + g.id());
      for (Sentence sentence : s.parsed().sentences()) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < g.events().size(); k++) {
          GoldEvent e = g.events().get(k);
          if (e.start() >= sentence.start() && e.start() < sentence.end()) {
            String mark = partnerOf[k] >= 0 ? "  G+ " : covered(e, p) ? "  G~ " : "  G- ";
            lines.add(mark + arg(e.subject()) + " | " + e.predicate() + " | "
                + arg(e.object()) + "  [" + e.type() + " " + e.date() + " " + pos(sentence, e) + " @" + e.start() + "]");
          }
        }
        for (int i = 0; i < p.size(); i++) {
          OutputRecord.Event e = p.get(i);
          if (e.start() >= sentence.start() && e.start() < sentence.end()) {
            lines.add((taken[i] ? "  P+ " : "  P* ") + arg(e.subject()) + " | " + e.predicate() + " | "
                + arg(e.object()) + "  [" + e.type() + " " + e.date() + " " + pos(sentence, e.start(), e.end()) + " @"
                + e.start() + "]");
          }
        }
        if (!lines.isEmpty()) {
          String text = s.text().substring(sentence.start(), sentence.end()).replace('\n', ' ');
          System.out.println("# " + text);
          lines.forEach(System.out::println);
        }
      }
    }
  }

  /** Whether some prediction's predicate covers the gold predicate (a miss by its arguments). */
  private static boolean covered(GoldEvent g, List<OutputRecord.Event> p) {
    return g.located() && p.stream().anyMatch(e -> e.start() <= g.start() && g.end() <= e.end());
  }

  private static String pos(Sentence s, GoldEvent g) {
    for (org.newsevents.model.Token t : s.tokens()) {
      if (t.start() <= g.start() && g.start() < t.end()) {
        return t.pos() + ":" + t.lemma();
      }
    }
    return "?";
  }

  /** The tags of the predicate's words, verbs and nouns only. */
  private static String pos(Sentence s, int start, int end) {
    StringBuilder out = new StringBuilder();
    for (org.newsevents.model.Token t : s.tokens()) {
      if (start <= t.start() && t.end() <= end && (t.pos().startsWith("VB") || t.pos().startsWith("NN")
          || t.pos().equals("MD"))) {
        out.append(out.length() == 0 ? "" : "+").append(t.pos());
      }
    }
    return out.toString();
  }

  private static String arg(GoldArgument a) {
    return a == null ? "-" : a.text() + (a.entityName() == null ? "" : "{" + a.entityName() + "}");
  }

  private static String arg(OutputRecord.Argument a) {
    return a == null ? "-" : a.text() + (a.entityName() == null ? "" : "{" + a.entityName() + "}");
  }
}
