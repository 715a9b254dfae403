package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * Keeps a post the story embeds and quotes: the post's attribution line ("— Rep. Ilhan Omar (@Ilhan)
 * November 19, 2019"; patterns/embedded-post.txt) and the post's text on the line above it, when they
 * sit in the story or just after it. Links and handles make them look like furniture to the context
 * rules; they are what someone said. Removes nothing.
 */
public final class EmbeddedPost implements BoilerplateRule {
  private final RuleBook book;
  private final List<Pattern> attributions;

  public EmbeddedPost(RuleBook book) {
    this.book = book;
    this.attributions = book.patterns("embedded-post");
  }

  @Override
  public void apply(ArticleLines lines) {
    List<MainText> stretches = MainText.stretches(lines, book);
    int reach = book.integer("embedded-post.reach");
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.open(i) || !attribution(lines.text(i)) || !near(lines, stretches, i, reach)) {
        continue;
      }
      int text = lines.previous(i);
      lines.protect(i);
      if (text >= 0 && lines.open(text)) {
        lines.protect(text);
      }
    }
  }

  /** Inside a stretch, or within {@code reach} non-blank lines of one. */
  private static boolean near(ArticleLines lines, List<MainText> stretches, int i, int reach) {
    for (MainText m : stretches) {
      if (m.contains(i)) {
        return true;
      }
      int j = i;
      for (int k = 0; k < reach && j >= 0; k++) {
        j = lines.previous(j);
        if (j >= 0 && m.contains(j)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean attribution(String text) {
    for (Pattern p : attributions) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
