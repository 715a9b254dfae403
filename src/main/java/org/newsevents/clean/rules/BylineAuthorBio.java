package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.LineShape;
import org.newsevents.clean.RuleBook;

/**
 * A byline or an author's bio: "By ..." lines and "X is an editor at ..." sentences, then the lines
 * just above a bio that only repeat the author's name; and an author box, a heading "About" plus a
 * person's name in the page's language ("Über Moritz Bachmann", "Sobre Carlos Nadalim";
 * patterns/author-box.txt, the name in group "name") with the paragraph under it that names them.
 */
public final class BylineAuthorBio extends PhraseRule {
  public static final String REASON = "byline-author-bio";
  private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L} .'’\\-]+");
  private final int lookBack;
  private final int maxNameWords;
  private final int maxBioChars;
  private final List<Pattern> authorBox;

  public BylineAuthorBio(RuleBook book) {
    super(REASON, book);
    this.lookBack = book.integer("byline-author-bio.name-look-back");
    this.maxNameWords = book.integer("byline-author-bio.name-max-words");
    this.maxBioChars = book.integer("byline-author-bio.box-max-chars");
    this.authorBox = book.patterns("author-box");
  }

  @Override
  public void apply(ArticleLines lines) {
    super.apply(lines);
    for (int i = 0; i < lines.size(); i++) {
      String name = authorBoxName(lines, i);
      int next = name == null ? -1 : lines.next(i);
      if (next >= 0 && lines.text(next).length() <= maxBioChars && lines.text(next).contains(name)) {
        lines.mark(i, REASON);
        lines.mark(next, REASON);
      }
    }
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

  private String authorBoxName(ArticleLines lines, int i) {
    if (!lines.open(i)) {
      return null;
    }
    for (Pattern p : authorBox) {
      Matcher m = p.matcher(lines.text(i));
      if (m.matches()) {
        return m.group("name");
      }
    }
    return null;
  }

  private boolean isName(ArticleLines lines, int i) {
    LineShape s = lines.shape(i);
    return s.wordCount() >= 2 && s.wordCount() <= maxNameWords && s.stopWords() == 0
        && s.capitalised() == s.wordCount() && NAME_CHARS.matcher(lines.text(i)).matches();
  }
}
