package org.newsevents.clean.rules;

import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.LineShape;
import org.newsevents.clean.RuleBook;

/**
 * Keeps a story's own list of figures: a lead-in that ends in a colon right after a paragraph ("The
 * Doobie Brothers 50th Anniversary Tour 2020 dates:"), then a run of short lines of one outline that
 * each carry a number (dates, scores, quantities). One line at a time such items look like a menu, and
 * the main-text and classifier rules after this one would take them. Headline lists rarely have a
 * number on every line, and a menu is not introduced by a sentence. Removes nothing, so has no reason.
 */
public final class StoryList implements BoilerplateRule {
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern SEPARATOR = Pattern.compile("\\s[-–—@|/]+\\s|:\\s");
  private final RuleBook book;

  public StoryList(RuleBook book) {
    this.book = book;
  }

  @Override
  public void apply(ArticleLines lines) {
    int minItems = book.integer("story-list.min-items");
    int maxWords = book.integer("story-list.max-item-words");
    for (int i = 0; i < lines.size(); i++) {
      if (!leadIn(lines, i)) {
        continue;
      }
      int first = lines.next(i);
      if (first < 0 || !item(lines, first, maxWords)) {
        continue;
      }
      String outline = outline(lines.text(first), lines.shape(first));
      int last = first;
      int items = 1;
      for (int j = lines.next(first); j >= 0 && item(lines, j, maxWords)
          && outline.equals(outline(lines.text(j), lines.shape(j))); j = lines.next(j)) {
        last = j;
        items++;
      }
      if (items >= minItems) {
        lines.protect(i);
        for (int k = first; k >= 0 && k <= last; k = lines.next(k)) {
          lines.protect(k);
        }
        i = last;
      }
    }
  }

  private boolean leadIn(ArticleLines lines, int i) {
    int words = lines.shape(i).wordCount();
    boolean colon = lines.text(i).endsWith(":");
    boolean heading = !colon && !lines.shape(i).endsSentence() && words <= book.integer("story-list.max-heading-words");
    if (!lines.open(i) || !(colon || heading) || words < book.integer("story-list.min-lead-in-words")) {
      return false;
    }
    int p = lines.previous(i);
    return p >= 0 && !lines.marked(p) && MainText.prose(lines, p, book);
  }

  private static boolean item(ArticleLines lines, int i, int maxWords) {
    String text = lines.text(i);
    return lines.open(i) && !text.endsWith(":") && lines.shape(i).wordCount() <= maxWords
        && DIGIT.matcher(text).find();
  }

  /** The kind of the first two words (digit, capital, lower case) and whether a separator follows. */
  private static String outline(String text, LineShape s) {
    StringBuilder o = new StringBuilder();
    for (int k = 0; k < Math.min(2, s.words().size()); k++) {
      int c = s.words().get(k).codePointAt(0);
      o.append(Character.isDigit(c) ? 'd' : Character.isUpperCase(c) ? 'C' : 'l');
    }
    return o.append(SEPARATOR.matcher(text).find() ? 's' : '-').toString();
  }
}
