package org.newsevents.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.clean.html.DomExtractor;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/**
 * For HTML input, the page's markup decides first: a line of the flattened page that the DOM-aware
 * extractor does not keep is removed as {@code page-furniture}. The plain-text rules then judge the
 * lines left: all of them when the page names no article element, and only those that say what a
 * line is ({@link RuleCleaner#insideArticle}) when it does, since the markup has then already cut
 * the page around the story. Offsets stay those of the flattened page, the document's source text.
 */
public final class HtmlAwareCleaner implements Cleaner {
  static final String REASON = "page-furniture";

  private final Cleaner text;
  private final Cleaner insideArticle;
  private final DomExtractor dom;

  /** One text cleaner whatever the markup found. */
  public HtmlAwareCleaner(Cleaner text, DomExtractor dom) {
    this(text, text, dom);
  }

  public HtmlAwareCleaner(Cleaner text, Cleaner insideArticle, DomExtractor dom) {
    this.text = text;
    this.insideArticle = insideArticle;
    this.dom = dom;
  }

  /** The standard pairing: the full rule cleaner, or its inside-article subset, with the batch's templates. */
  public static HtmlAwareCleaner standard(TemplateLines templates) {
    return new HtmlAwareCleaner(new RuleCleaner(templates), RuleCleaner.insideArticle(templates), new DomExtractor());
  }

  @Override
  public CleanedText clean(Article article) {
    if (article.html() == null) {
      return text.clean(article);
    }
    DomExtractor.Extraction extraction = dom.extraction(article.html());
    Map<String, Integer> kept = new HashMap<>();
    for (String line : extraction.text().split("\n")) {
      kept.merge(line.strip(), 1, Integer::sum);
    }
    List<BoilerplateSpan> removed = new ArrayList<>();
    String source = article.text();
    int start = 0;
    while (start <= source.length()) {
      int end = source.indexOf('\n', start);
      end = end < 0 ? source.length() : end;
      String line = source.substring(start, end).strip();
      if (!line.isEmpty() && kept.merge(line, -1, Integer::sum) < 0) {
        removed.add(new BoilerplateSpan(start, end, REASON));
      }
      start = end + 1;
    }
    CleanedText markup = new CleanedText(source, removed);
    Article rest = new Article(article.id(), article.url(), article.title(), markup.masked(), article.documentDate(),
        article.origin());
    removed.addAll((extraction.articleContainer() ? insideArticle : text).clean(rest).removed());
    return new CleanedText(source, removed);
  }
}
