package org.newsevents.clean;

import java.util.List;
import org.newsevents.model.Article;
import org.newsevents.model.CleanedText;

/** Keeps every line: for gold text that annotates the whole document. */
public final class NoCleaning implements Cleaner {
  @Override
  public CleanedText clean(Article article) {
    return new CleanedText(article.text(), List.of());
  }
}
