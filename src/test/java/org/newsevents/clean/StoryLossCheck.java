package org.newsevents.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/**
 * The cleaner on news with no boilerplate at all: the TempEval-3 TimeBank and AQUAINT wire stories
 * (their {@code <TEXT>}, tags stripped). Every word it removes there is story lost, so this measures
 * the cost of the rules apart from the benchmark they were tuned on. Dev tool: {@code main [-lines]}
 * prints words removed by reason and, with -lines, each removed line.
 */
final class StoryLossCheck {
  static final Path ROOT = Path.of("../shared/datasets/tempeval3/TBAQ-cleaned");
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  record Loss(int documents, long words, long removed, Map<String, Long> byReason) {}

  static boolean available() {
    return Files.isDirectory(ROOT);
  }

  /** The stories' texts, one article each, in file order. */
  static List<Article> stories() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(f -> f.toString().endsWith(".tml")).sorted().map(f -> {
        try {
          Matcher m = TEXT.matcher(Files.readString(f, StandardCharsets.UTF_8));
          String text = m.find() ? TAG.matcher(m.group(1)).replaceAll("").replace("&amp;", "&").strip() : "";
          return new Article(f.getFileName().toString(), null, null, text, null, f.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Loss measure(Cleaner cleaner, boolean print) {
    List<Article> stories = stories();
    long words = 0;
    long removed = 0;
    Map<String, Long> byReason = new TreeMap<>();
    for (Article a : stories) {
      words += count(a.text());
      CleanedText c = cleaner.clean(a);
      for (BoilerplateSpan s : c.removed()) {
        String line = a.text().substring(s.start(), s.end());
        long n = count(line);
        removed += n;
        byReason.merge(s.reason(), n, Long::sum);
        if (print && n > 0) {
          System.out.printf("%-20s %s %s%n", s.reason(), a.id(), line.strip().substring(0, Math.min(140, line.strip().length())));
        }
      }
    }
    return new Loss(stories.size(), words, removed, byReason);
  }

  private static long count(String text) {
    return WORD.matcher(text).results().count();
  }

  public static void main(String[] args) {
    Loss l = measure(new RuleCleaner(), List.of(args).contains("-lines"));
    System.out.printf("%d stories, %d words, %d removed (%.2f%%): %s%n", l.documents(), l.words(), l.removed(),
        100.0 * l.removed() / l.words(), l.byReason());
  }
}
