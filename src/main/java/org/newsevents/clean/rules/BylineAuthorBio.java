package org.newsevents.clean.rules;

import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.LineShape;
import org.newsevents.clean.RuleBook;

/**
 * A byline or an author's bio: "By ..." lines and "X is an editor at ..." sentences, then the lines
 * just above a bio that only repeat the author's name.
 */
public final class BylineAuthorBio extends PhraseRule {
  public static final String REASON = "byline-author-bio";
  private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L} .'’\\-]+");
  private final int lookBack;
  private final int maxNameWords;

  public BylineAuthorBio(RuleBook book) {
    super(REASON, book);
    this.lookBack = book.integer("byline-author-bio.name-look-back");
    this.maxNameWords = book.integer("byline-author-bio.name-max-words");
  }

  @Override
  public void apply(ArticleLines lines) {
    super.apply(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (!REASON.equals(lines.reason(i))) {
        continue;
      }
      int j = lines.previous(i);
      for (int step = 0; step < lookBack && j >= 0; step++, j = lines.previous(j)) {
        if (lines.open(j) && isName(lines, j) && lines.text(i).startsWith(lines.text(j))) {
          lines.mark(j, REASON);
        }
      }
    }
  }

  private boolean isName(ArticleLines lines, int i) {
    LineShape s = lines.shape(i);
    return s.wordCount() >= 2 && s.wordCount() <= maxNameWords && s.stopWords() == 0
        && s.capitalised() == s.wordCount() && NAME_CHARS.matcher(lines.text(i)).matches();
  }
}
