package org.newsevents.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/**
 * The two kinds of error of the text cleaner on the benchmark, in words: story words lost (gold
 * words the cleaned text misses) and boilerplate words kept (cleaned words the gold lacks), pooled
 * over pages, with pooled P/R/F1; and, per line, lost lines grouped by the reason that removed them.
 * A line counts as story when most of its word pairs occur in the gold body.
 * {@code main [-lines]} prints the totals and, with -lines, every wrong line.
 */
final class TextErrors {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  public static void main(String[] args) {
    boolean showLines = List.of(args).contains("-lines");
    long overlap = 0;
    long np = 0;
    long ng = 0;
    Map<String, Integer> lostByReason = new TreeMap<>();
    int keptBoilerLines = 0;
    int keptBoilerWords = 0;
    for (BenchmarkPages.Page p : BenchmarkPages.load().pages()) {
      String text = BenchmarkScore.naive(p);
      CleanedText c = new RuleCleaner().clean(new Article(p.id(), p.url(), null, text, null, p.id()));
      Map<String, Integer> pred = bag(c.kept());
      Map<String, Integer> gold = bag(p.body());
      for (Map.Entry<String, Integer> e : pred.entrySet()) {
        overlap += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
      }
      np += pred.values().stream().mapToInt(Integer::intValue).sum();
      ng += gold.values().stream().mapToInt(Integer::intValue).sum();
      Map<Integer, String> reasons = new HashMap<>();
      for (BoilerplateSpan s : c.removed()) {
        reasons.put(s.start(), s.reason());
      }
      List<String> gw = words(p.body());
      Set<String> goldPairs = pairs(gw);
      Set<String> goldWords = new HashSet<>(gw);
      int start = 0;
      for (String line : text.split("\n", -1)) {
        List<String> lw = words(line);
        if (!lw.isEmpty()) {
          boolean story = story(lw, goldPairs, goldWords);
          String reason = reasons.get(start);
          if (story && reason != null) {
            lostByReason.merge(reason, lw.size(), Integer::sum);
            if (showLines) {
              System.out.printf("LOST %-16s %s %s%n", reason, p.id().substring(0, 8), cut(line));
            }
          } else if (!story && reason == null) {
            keptBoilerLines++;
            keptBoilerWords += lw.size();
            if (showLines) {
              System.out.printf("KEPT %-16s %s %s%n", "", p.id().substring(0, 8), cut(line));
            }
          }
        }
        start += line.length() + 1;
      }
    }
    double prec = (double) overlap / np;
    double rec = (double) overlap / ng;
    System.out.printf("pooled P %.4f R %.4f F1 %.4f  story words lost %d of %d, boilerplate words kept %d of %d kept%n",
        prec, rec, 2 * prec * rec / (prec + rec), ng - overlap, ng, np - overlap, np);
    System.out.println("story-line words lost by reason: " + lostByReason);
    System.out.println("boilerplate lines kept: " + keptBoilerLines + " (" + keptBoilerWords + " words)");
  }

  private static String cut(String line) {
    String s = line.strip();
    return s.substring(0, Math.min(140, s.length()));
  }

  private static boolean story(List<String> line, Set<String> goldPairs, Set<String> goldWords) {
    if (line.size() < 2) {
      return goldWords.contains(line.get(0));
    }
    Set<String> ps = pairs(line);
    int hit = 0;
    for (String pair : ps) {
      hit += goldPairs.contains(pair) ? 1 : 0;
    }
    return 2 * hit >= ps.size();
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : words(text)) {
      out.merge(w, 1, Integer::sum);
    }
    return out;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Set<String> pairs(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < words.size(); i++) {
      out.add(words.get(i - 1) + " " + words.get(i));
    }
    return out;
  }
}
