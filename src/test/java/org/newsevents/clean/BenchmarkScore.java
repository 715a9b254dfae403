package org.newsevents.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsevents.clean.html.DomExtractor;
import org.newsevents.html.HtmlFlattener;
import org.newsevents.model.Article;

/**
 * Bag-of-words scores of the cleaner on the article-extraction benchmark: each page flattened to
 * naive text and cleaned ("text"), or left uncleaned ("naive"). Mean of per-page P, R and F1.
 * Or "html": the DOM extractor first, then the text rules. "pipeline": the flattened page through {@link HtmlAwareCleaner}, as the pipeline
 * cleans HTML input. {@code main [naive|text|html|pipeline] [-v]} prints the mean and, with -v, every page.
 */
final class BenchmarkScore {
  record PageScore(String id, BagOfWords score) {}

  final List<PageScore> pages = new ArrayList<>();

  double meanF1() {
    return pages.stream().mapToDouble(p -> p.score().f1()).average().orElse(0);
  }

  double meanPrecision() {
    return pages.stream().mapToDouble(p -> p.score().precision()).average().orElse(0);
  }

  double meanRecall() {
    return pages.stream().mapToDouble(p -> p.score().recall()).average().orElse(0);
  }

  /** Word counts summed over pages, then P, R and F1 of the sums (the figure). */
  double pooledF1() {
    double overlap = pages.stream().mapToLong(p -> p.score().overlap()).sum();
    double prec = overlap / pages.stream().mapToLong(p -> p.score().predicted()).sum();
    double rec = overlap / pages.stream().mapToLong(p -> p.score().gold()).sum();
    return 2 * prec * rec / (prec + rec);
  }

  static BenchmarkScore of(BenchmarkPages bench, Function<BenchmarkPages.Page, String> extract) {
    BenchmarkScore s = new BenchmarkScore();
    for (BenchmarkPages.Page p : bench.pages()) {
      s.pages.add(new PageScore(p.id(), BagOfWords.score(extract.apply(p), p.body())));
    }
    return s;
  }

  static String naive(BenchmarkPages.Page p) {
    return HtmlFlattener.flatten(p.html());
  }

  static String cleanedText(BenchmarkPages.Page p) {
    return new RuleCleaner().clean(new Article(p.id(), p.url(), null, naive(p), null, p.id())).kept();
  }

  /** The DOM extractor's text, then the full rules, or only the inside-article ones when it found the article. */
  static String cleanedHtml(BenchmarkPages.Page p) {
    DomExtractor.Extraction e = new DomExtractor().extraction(p.html());
    RuleCleaner rules = e.articleContainer() ? RuleCleaner.insideArticle(TemplateLines.none()) : new RuleCleaner();
    return rules.clean(new Article(p.id(), p.url(), null, e.text(), null, p.id())).kept();
  }

  /** As the pipeline reads an HTML page: the flattened page cleaned by the HTML-aware cleaner. */
  static String pipelineHtml(BenchmarkPages.Page p) {
    return HtmlAwareCleaner.standard(TemplateLines.none())
        .clean(new Article(p.id(), p.url(), null, naive(p), null, p.id(), p.html())).kept();
  }

  @Override
  public String toString() {
    return String.format("pages %d  mean P %.4f  mean R %.4f  mean F1 %.4f  pooled F1 %.4f", pages.size(),
        meanPrecision(), meanRecall(), meanF1(), pooledF1());
  }

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "text";
    boolean verbose = List.of(args).contains("-v");
    Function<BenchmarkPages.Page, String> f = switch (mode) {
      case "naive" -> BenchmarkScore::naive;
      case "html" -> BenchmarkScore::cleanedHtml;
      case "pipeline" -> BenchmarkScore::pipelineHtml;
      default -> BenchmarkScore::cleanedText;
    };
    BenchmarkScore s = of(BenchmarkPages.load(), f);
    if (verbose) {
      s.pages.stream().sorted((a, b) -> Double.compare(a.score().f1(), b.score().f1())).forEach(p ->
          System.out.printf("%s  P %.3f  R %.3f  F1 %.3f%n", p.id().substring(0, 8), p.score().precision(),
              p.score().recall(), p.score().f1()));
    }
    System.out.println(mode + ": " + s);
  }
}
