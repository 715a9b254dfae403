package org.newsevents.clean.rules;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * A line that repeats what the page already said: the same text again (teaser cards, repeated
 * titles) or a summary that starts with an earlier line word for word (meta descriptions).
 */
public final class RepeatedLine implements BoilerplateRule {
  public static final String REASON = "repeated-line";
  private final int minChars;

  public RepeatedLine(RuleBook book) {
    this.minChars = book.integer("repeated-line.min-chars");
  }

  @Override
  public void apply(ArticleLines lines) {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.text(i);
      if (text.isEmpty()) {
        continue;
      }
      if (lines.open(i) && repeats(text, seen)) {
        lines.mark(i, REASON);
      } else if (!lines.marked(i)) {
        seen.add(text);
      }
    }
  }

  private boolean repeats(String text, List<String> seen) {
    for (String earlier : seen) {
      if (text.equals(earlier) || (earlier.length() >= minChars && text.length() > earlier.length()
          && text.startsWith(earlier))) {
        return true;
      }
    }
    return false;
  }
}
