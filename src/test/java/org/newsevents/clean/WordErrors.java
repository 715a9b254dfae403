package org.newsevents.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/**
 * The benchmark's errors in words, charged to lines: a gold word the cleaned text lacks is charged to
 * a removed line that has it (the most gold-like first), a kept word beyond the gold's count to a kept
 * line that has it (the least gold-like first). So a repeat of a kept story line costs nothing and a
 * nav item that happens to be a story word is not a loss, unlike with line labels. Dev tool:
 * {@code main [text|html] [-lines] [-min N]} prints the totals by reason and by page and, with -lines,
 * every line charged at least N words (default 3).
 */
final class WordErrors {

  record Charged(String page, String reason, boolean lost, int words, String text) {}

  public static void main(String[] args) {
    List<String> a = List.of(args);
    boolean html = a.contains("html");
    boolean showLines = a.contains("-lines");
    int min = a.contains("-min") ? Integer.parseInt(a.get(a.indexOf("-min") + 1)) : 3;
    List<Charged> all = new ArrayList<>();
    for (BenchmarkPages.Page p : BenchmarkPages.load().pages()) {
      all.addAll(charge(p, html ? WordErrors::htmlText : BenchmarkScore::naive, html));
    }
    Map<String, Integer> lost = new TreeMap<>();
    Map<String, Integer> kept = new TreeMap<>();
    Map<String, int[]> pages = new TreeMap<>();
    for (Charged c : all) {
      (c.lost() ? lost : kept).merge(c.reason(), c.words(), Integer::sum);
      pages.computeIfAbsent(c.page(), x -> new int[2])[c.lost() ? 0 : 1] += c.words();
    }
    System.out.println("story words lost by reason: " + lost + "  total " + sum(lost));
    System.out.println("boilerplate words kept: " + sum(kept));
    pages.entrySet().stream().sorted(Comparator.comparingInt(e -> -(e.getValue()[0] + e.getValue()[1])))
        .limit(30).forEach(e -> System.out.printf("%s lost %4d kept %4d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    if (showLines) {
      for (Charged c : all) {
        if (c.words() >= min) {
          System.out.printf("%s %4d %-20s %s %s%n", c.lost() ? "LOST" : "KEPT", c.words(), c.reason(), c.page(),
              c.text().substring(0, Math.min(150, c.text().length())));
        }
      }
    }
  }

  private static String htmlText(BenchmarkPages.Page p) {
    return new org.newsevents.clean.html.DomExtractor().extraction(p.html()).text();
  }

  private static int sum(Map<String, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  static List<Charged> charge(BenchmarkPages.Page p, Function<BenchmarkPages.Page, String> view, boolean html) {
    String text = view.apply(p);
    Article article = new Article(p.id(), p.url(), null, text, null, p.id());
    RuleCleaner cleaner = new RuleCleaner();
    if (html && new org.newsevents.clean.html.DomExtractor().extraction(p.html()).articleContainer()) {
      cleaner = RuleCleaner.insideArticle(TemplateLines.none());
    }
    CleanedText c = cleaner.clean(article);
    Map<Integer, String> reasons = new HashMap<>();
    for (BoilerplateSpan s : c.removed()) {
      reasons.put(s.start(), s.reason());
    }
    Map<String, Integer> gold = BenchmarkWords.bag(BenchmarkWords.words(p.body()));
    Map<String, Integer> out = BenchmarkWords.bag(BenchmarkWords.words(c.kept()));
    Map<String, Integer> missing = new HashMap<>();
    gold.forEach((w, n) -> {
      int d = n - out.getOrDefault(w, 0);
      if (d > 0) {
        missing.put(w, d);
      }
    });
    Map<String, Integer> excess = new HashMap<>();
    out.forEach((w, n) -> {
      int d = n - gold.getOrDefault(w, 0);
      if (d > 0) {
        excess.put(w, d);
      }
    });
    record L(String text, String reason, List<String> words, double goldShare) {}
    List<L> lines = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      List<String> lw = BenchmarkWords.words(line);
      if (!lw.isEmpty()) {
        int in = 0;
        for (String w : lw) {
          in += gold.containsKey(w) ? 1 : 0;
        }
        lines.add(new L(line.strip(), reasons.get(start), lw, (double) in / lw.size()));
      }
      start += line.length() + 1;
    }
    List<Charged> charged = new ArrayList<>();
    String id = p.id().substring(0, 8);
    lines.stream().filter(l -> l.reason() != null).sorted(Comparator.comparingDouble(l -> -l.goldShare()))
        .forEach(l -> {
          int n = take(l.words(), missing);
          if (n > 0) {
            charged.add(new Charged(id, l.reason(), true, n, l.text()));
          }
        });
    lines.stream().filter(l -> l.reason() == null).sorted(Comparator.comparingDouble(L::goldShare))
        .forEach(l -> {
          int n = take(l.words(), excess);
          if (n > 0) {
            charged.add(new Charged(id, "", false, n, l.text()));
          }
        });
    return charged;
  }

  private static int take(List<String> words, Map<String, Integer> pool) {
    int n = 0;
    for (String w : words) {
      Integer left = pool.get(w);
      if (left != null && left > 0) {
        pool.put(w, left - 1);
        n++;
      }
    }
    return n;
  }
}
