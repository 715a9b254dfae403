package org.newsevents.time;

import org.newsevents.model.Article;
import org.newsevents.model.CleanedText;
import org.newsevents.model.DocumentDate;

/** Decides the publication date that relative dates resolve against, and says where it came from. */
public interface DocumentDateResolver {
  DocumentDate resolve(Article article, CleanedText cleaned);
}
