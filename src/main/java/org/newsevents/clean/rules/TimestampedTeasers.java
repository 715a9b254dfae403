package org.newsevents.clean.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * A list of other stories as cards, each a headline and perhaps its summary, closed by when it was
 * posted on a line of its own ("32M ago", "13 hours ago", "Nov 7 23:05"). A run of such cards, the
 * stamps a few short lines apart, is taken whole: stamps, headlines and summaries. A summary ends like
 * a sentence and would pass for a paragraph; the stamps every line or two are what give the list away.
 * A live blog's entries run longer than a card, so they break the run.
 */
public final class TimestampedTeasers implements BoilerplateRule {
  private final List<Pattern> stamps;
  private final int minCards;
  private final int maxCardLines;
  private final int maxCardWords;

  public TimestampedTeasers(RuleBook book) {
    this.stamps = book.patterns("teaser-timestamp");
    this.minCards = book.integer("timestamped-teasers.min-cards");
    this.maxCardLines = book.integer("timestamped-teasers.max-card-lines");
    this.maxCardWords = book.integer("timestamped-teasers.max-card-words");
  }

  @Override
  public void apply(ArticleLines lines) {
    List<Integer> run = new ArrayList<>();
    for (int i = lines.next(-1); i >= 0; i = lines.next(i)) {
      if (!stamp(lines.text(i))) {
        continue;
      }
      if (!run.isEmpty() && !card(lines, run.get(run.size() - 1), i)) {
        take(lines, run);
        run.clear();
      }
      run.add(i);
    }
    take(lines, run);
  }

  /** Marks a run of enough stamps, the cards between them, and the first card before the first stamp. */
  private void take(ArticleLines lines, List<Integer> run) {
    if (run.size() < minCards) {
      return;
    }
    int first = run.get(0);
    int cardLines = 0;
    for (int k = lines.next(first); k >= 0 && k < run.get(1); k = lines.next(k)) {
      cardLines++;
    }
    int start = first;
    for (int n = 0; n < cardLines; n++) {
      int p = lines.previous(start);
      if (p < 0 || stamp(lines.text(p)) || lines.shape(p).wordCount() > maxCardWords) {
        break;
      }
      start = p;
    }
    for (int k = start; k >= 0 && k <= run.get(run.size() - 1); k = lines.next(k)) {
      lines.mark(k, RelatedHeadline.REASON);
    }
  }

  /** Whether the lines between two stamps make one card: one to a few short lines. */
  private boolean card(ArticleLines lines, int from, int to) {
    int n = 0;
    for (int k = lines.next(from); k >= 0 && k < to; k = lines.next(k)) {
      if (++n > maxCardLines || lines.shape(k).wordCount() > maxCardWords) {
        return false;
      }
    }
    return n > 0;
  }

  private boolean stamp(String text) {
    for (Pattern p : stamps) {
      if (p.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }
}
