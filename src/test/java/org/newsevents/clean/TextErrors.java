package org.newsevents.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
      Map<String, Integer> pred = BenchmarkWords.bag(c.kept());
      Map<String, Integer> gold = BenchmarkWords.bag(p.body());
      for (Map.Entry<String, Integer> e : pred.entrySet()) {
        overlap += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
      }
      np += pred.values().stream().mapToInt(Integer::intValue).sum();
      ng += gold.values().stream().mapToInt(Integer::intValue).sum();
      Map<Integer, String> reasons = new HashMap<>();
      for (BoilerplateSpan s : c.removed()) {
        reasons.put(s.start(), s.reason());
      }
      List<String> gw = BenchmarkWords.words(p.body());
      Set<String> goldPairs = BenchmarkWords.pairs(gw);
      Set<String> goldWords = new HashSet<>(gw);
      int start = 0;
      for (String line : text.split("\n", -1)) {
        List<String> lw = BenchmarkWords.words(line);
        if (!lw.isEmpty()) {
          boolean story = BenchmarkWords.inStory(lw, goldPairs, goldWords);
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
}
