package org.newsevents.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/**
 * Line-level score of a cleaner on the seed gold: boilerplate lines removed, story lines kept, and
 * the lines that went wrong either way. {@code main} prints it.
 */
final class SeedScore {
  int boilerplate;
  int removed;
  int story;
  int kept;
  int reasonAgrees;
  final List<String> errors = new ArrayList<>();

  static SeedScore of(Cleaner cleaner, List<SeedGold> seeds) {
    SeedScore s = new SeedScore();
    for (SeedGold seed : seeds) {
      CleanedText cleaned = cleaner.clean(seed.article());
      Map<Integer, String> predicted = new HashMap<>();
      for (BoilerplateSpan span : cleaned.removed()) {
        predicted.put(span.start(), span.reason());
      }
      String text = seed.article().text();
      int start = 0;
      for (String line : text.split("\n", -1)) {
        if (!line.isBlank()) {
          String gold = seed.boilerplateByStart().get(start);
          String got = predicted.get(start);
          String where = seed.article().id().substring(0, 3) + " " + line.substring(0, Math.min(80, line.length()));
          if (gold != null) {
            s.boilerplate++;
            if (got != null) {
              s.removed++;
              if (got.equals(gold)) {
                s.reasonAgrees++;
              } else {
                s.errors.add("reason " + got + " (gold " + gold + "): " + where);
              }
            } else {
              s.errors.add("KEPT boilerplate (" + gold + "): " + where);
            }
          } else {
            s.story++;
            if (got == null) {
              s.kept++;
            } else {
              s.errors.add("LOST story (" + got + "): " + where);
            }
          }
        }
        start += line.length() + 1;
      }
    }
    return s;
  }

  @Override
  public String toString() {
    return String.format("boilerplate removed %d/%d, story kept %d/%d, reason agrees %d/%d%n%s", removed,
        boilerplate, kept, story, reasonAgrees, removed, String.join("\n", errors));
  }

  public static void main(String[] args) {
    System.out.println(of(new RuleCleaner(), SeedGold.load()));
  }
}
