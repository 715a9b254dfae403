package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * The readers' comment thread under a story: everything from its header ("34 responses to",
 * "Leave a Reply") or from the first of several "name says:" lines to the end of the page, once
 * enough prose stands above it to be the story, and unless a paragraph of the story follows the
 * header.
 */
public final class ReaderComments implements BoilerplateRule {
  public static final String REASON = "reader-comments";
  private final List<Pattern> headers;
  private final List<Pattern> commenters;
  private final RuleBook book;

  public ReaderComments(RuleBook book) {
    this.book = book;
    this.headers = book.patterns("reader-comments");
    this.commenters = book.patterns("reader-comments-commenter");
  }

  @Override
  public void apply(ArticleLines lines) {
    int start = -1;
    int firstCommenter = -1;
    int commenterLines = 0;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      String text = lines.text(i);
      if (text.isEmpty() || text.length() > book.integer("reader-comments.max-chars")) {
        continue;
      }
      if (any(headers, text) && !storyFollows(lines, i)) {
        start = i;
      } else if (any(commenters, text)) {
        if (firstCommenter < 0) {
          firstCommenter = i;
        }
        if (++commenterLines >= book.integer("reader-comments.min-commenters")) {
          start = firstCommenter;
        }
      }
    }
    if (start < 0 || proseAbove(lines, start) < book.integer("reader-comments.min-story-chars")) {
      return;
    }
    for (int i = start; i < lines.size(); i++) {
      lines.mark(i, REASON);
    }
  }

  /**
   * A "Comments" button in the share bar can sit above the story's last paragraph: a thread starts
   * with a form or a commenter's name, not with a paragraph of the story.
   */
  private boolean storyFollows(ArticleLines lines, int header) {
    int next = lines.next(header);
    return next >= 0 && !lines.marked(next) && MainText.prose(lines, next, book) && !any(commenters, lines.text(next));
  }

  private int proseAbove(ArticleLines lines, int end) {
    int chars = 0;
    for (int i = 0; i < end; i++) {
      if (!lines.marked(i) && MainText.prose(lines, i, book)) {
        chars += lines.shape(i).chars();
      }
    }
    return chars;
  }

  private static boolean any(List<Pattern> patterns, String text) {
    for (Pattern p : patterns) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
