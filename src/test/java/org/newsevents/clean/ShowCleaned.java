package org.newsevents.clean;

import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/** Prints (each page whose id starts with args[0], lines cut at args[1] chars, default 110) a benchmark page's naive text line by line with the cleaner's verdict: for tuning. */
public final class ShowCleaned {
  public static void main(String[] args) {
    int width = args.length > 1 ? Integer.parseInt(args[1]) : 110;
    for (BenchmarkPages.Page p : BenchmarkPages.load().pages()) {
      if (!p.id().startsWith(args[0])) {
        continue;
      }
      String text = BenchmarkScore.naive(p);
      CleanedText c = new RuleCleaner().clean(new Article(p.id(), p.url(), null, text, null, p.id()));
      int start = 0;
      int n = 0;
      for (String line : text.split("\n", -1)) {
        String reason = "KEPT";
        for (BoilerplateSpan s : c.removed()) {
          if (s.start() == start) {
            reason = s.reason();
          }
        }
        String inGold = p.body().contains(line.strip()) ? "G" : " ";
        System.out.printf("%s %4d %s %-20s %s%n", p.id().substring(0, 8), n++, inGold, reason, line.substring(0, Math.min(width, line.length())));
        start += line.length() + 1;
      }
    }
  }
}
