package org.newsevents.clean.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.RuleBook;

/**
 * Keeps a story's long list of figures that follows its prose: a meal plan's portions, a schedule, a
 * spec sheet, laid out as mixed lines (headings, quantities, short instructions) with no single
 * outline for {@link StoryList} to see. The block runs from the line after the main text to the next
 * line some rule marked; it is kept when it is long, when many of its lines carry a number, and when
 * its words are mostly lower case (descriptive text, where menus and headline lists are title case).
 * A line that repeats one from above the block (the headline again, a teaser) is not the list's and
 * neither counts nor is kept. Runs before {@link RepeatedLine}, since a plan repeats its own headings
 * day after day. Removes nothing, so has no reason.
 */
public final class FigureList extends MainTextRule {
  private static final Pattern DIGIT = Pattern.compile("\\d");

  public FigureList(RuleBook book) {
    super(book);
  }

  @Override
  void apply(ArticleLines lines, MainText main) {
    Set<String> above = new HashSet<>();
    for (int j = 0; j <= main.last(); j++) {
      above.add(lines.text(j));
    }
    List<Integer> items = new ArrayList<>();
    int withDigits = 0;
    int words = 0;
    int lower = 0;
    for (int j = lines.next(main.last()); j >= 0 && lines.open(j); j = lines.next(j)) {
      if (above.contains(lines.text(j))) {
        continue;
      }
      items.add(j);
      withDigits += DIGIT.matcher(lines.text(j)).find() ? 1 : 0;
      for (String w : lines.shape(j).words()) {
        words++;
        lower += Character.isLowerCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    int n = items.size();
    if (n >= book.integer("figure-list.min-lines") && withDigits >= book.number("figure-list.min-number-share") * n
        && lower >= book.number("figure-list.min-lower-share") * words) {
      for (int j : items) {
        lines.protect(j);
      }
    }
  }
}
