package org.newsevents.clean;

import org.newsevents.model.Article;
import org.newsevents.model.CleanedText;

/** The clean stage: marks the boilerplate of one article, each removed span with its reason. */
public interface Cleaner {
  CleanedText clean(Article article);
}
