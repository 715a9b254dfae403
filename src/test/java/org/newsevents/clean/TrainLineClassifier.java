package org.newsevents.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsevents.clean.html.DomExtractor;
import org.newsevents.clean.rules.MainText;
import org.newsevents.model.Article;

/**
 * Trains the line classifier on the article-extraction benchmark and writes
 * {@code models/boilerplate/line-classifier.tsv}; or, with {@code cv}, scores it honestly: trained on
 * the even-indexed pages, scored on the odd ones, and the other way round.
 * Every line open to the classifier, in the flattened page and in the DOM extractor's text, is one example,
 * labelled story when most of its word pairs occur in the gold body.
 */
public final class TrainLineClassifier {
  static final int ITERATIONS = 150;
  static final int CUTOFF = 3;
  static final double L2 = Double.parseDouble(System.getProperty("l2", "10"));

  public static void main(String[] args) throws IOException {
    BenchmarkPages bench = BenchmarkPages.load();
    if (args.length > 0 && args[0].equals("cv")) {
      List<BenchmarkScore> cv = crossValidate(bench.pages());
      System.out.println("cross-validated text: " + cv.get(0) + "\ncross-validated html: " + cv.get(1));
      return;
    }
    LineModel model = LineModelTrainer.train(examples(bench.pages()), ITERATIONS, CUTOFF, L2);
    Path out = Path.of("models/boilerplate/" + LineModel.FILE);
    Files.writeString(out, model.toTsv("# Line classifier weights (feature, toward boilerplate, toward story), written by\n"
        + "# org.newsevents.clean.TrainLineClassifier from the article-extraction benchmark (maxent L-BFGS,\n# "
        + ITERATIONS + " iterations, cutoff " + CUTOFF + ", L2 " + L2 + ").\n"), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** The cleaner's scores (text, then html) on each half of the pages with the model of the other half. */
  static List<BenchmarkScore> crossValidate(List<BenchmarkPages.Page> pages) {
    List<List<BenchmarkPages.Page>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < pages.size(); i++) {
      halves.get(i % 2).add(pages.get(i));
    }
    BenchmarkScore text = new BenchmarkScore();
    BenchmarkScore html = new BenchmarkScore();
    for (int fold = 0; fold < 2; fold++) {
      LineModel model = LineModelTrainer.train(examples(halves.get(fold)), ITERATIONS, CUTOFF, L2);
      RuleCleaner cleaner = new RuleCleaner(TemplateLines.none(), model);
      RuleCleaner inside = RuleCleaner.insideArticle(TemplateLines.none());
      BenchmarkPages held = new BenchmarkPages(halves.get(1 - fold));
      text.pages.addAll(BenchmarkScore.of(held, p -> cleaner.clean(article(p, BenchmarkScore.naive(p))).kept()).pages);
      html.pages.addAll(BenchmarkScore.of(held, p -> {
        DomExtractor.Extraction e = new DomExtractor().extraction(p.html());
        return (e.articleContainer() ? inside : cleaner).clean(article(p, e.text())).kept();
      }).pages);
    }
    return List.of(text, html);
  }

  static List<LineModelTrainer.Example> examples(List<BenchmarkPages.Page> pages) {
    RuleCleaner rules = new RuleCleaner(TemplateLines.none(), LineModel.none());
    RuleBook book = RuleBook.standard();
    DomExtractor dom = new DomExtractor();
    List<LineModelTrainer.Example> out = new ArrayList<>();
    for (BenchmarkPages.Page p : pages) {
      Set<String> gold = BenchmarkWords.pairs(BenchmarkWords.words(p.body()));
      Set<String> goldWords = new HashSet<>(BenchmarkWords.words(p.body()));
      // Both readings of every page, though in the pipeline the DOM text meets the classifier only when
      // the page names no article element: the extra lines teach it more than they mislead it.
      for (String view : List.of(BenchmarkScore.naive(p), dom.extract(p.html()))) {
        ArticleLines lines = rules.judgeBeforeClassifier(article(p, view));
        List<MainText> main = MainText.stretches(lines, book);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.open(i)) {
            out.add(new LineModelTrainer.Example(LineFeatures.of(lines, i, main, book),
                BenchmarkWords.inStory(BenchmarkWords.words(lines.text(i)), gold, goldWords)));
          }
        }
      }
    }
    return out;
  }

  static Article article(BenchmarkPages.Page p, String text) {
    return new Article(p.id(), p.url(), null, text, null, p.id());
  }
}
