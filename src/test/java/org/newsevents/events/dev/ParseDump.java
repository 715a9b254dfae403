package org.newsevents.events.dev;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import org.newsevents.model.Dependency;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * Development view of the parse: {@code ParseDump CACHE SET TEXT} prints, for every cached sentence of
 * the set that contains TEXT, each token with its tag, entity label, basic head and enhanced edges.
 */
public final class ParseDump {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public static void main(String[] args) throws Exception {
    File[] files = Path.of(args[0]).resolve(args[1]).toFile().listFiles();
    String needle = args[2].toLowerCase(Locale.ROOT);
    for (File f : files) {
      EventScoreLoop.Stored s = JSON.readValue(f, EventScoreLoop.Stored.class);
      for (Sentence sentence : s.parsed().sentences()) {
        String text = s.text().substring(sentence.start(), sentence.end());
        if (!text.toLowerCase(Locale.ROOT).contains(needle)) {
          continue;
        }
        System.out.println("=== " + s.id() + ": " + text.replace('\n', ' '));
        for (Token t : sentence.tokens()) {
          StringBuilder line = new StringBuilder(String.format("%3d %-18s %-14s %-5s %-12s", t.index(), t.word(),
              t.lemma(), t.pos(), t.fineNer()));
          for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == t.index()) {
              line.append(" <-").append(d.relation()).append(' ').append(d.governor());
            }
          }
          line.append("  |");
          for (Dependency d : sentence.enhanced()) {
            if (d.dependent() == t.index()) {
              line.append(' ').append(d.relation()).append(':').append(d.governor());
            }
          }
          System.out.println(line);
        }
      }
    }
  }
}
