package org.newsevents.clean;

/**
 * One named heuristic: it reads the article's lines and marks those it recognises as boilerplate,
 * its reason going into the output.
 */
public interface BoilerplateRule {
  void apply(ArticleLines lines);
}
