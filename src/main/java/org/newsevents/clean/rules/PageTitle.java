package org.newsevents.clean.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * The page's title bar at the top of a flattened page: the headline with the site's name after a
 * separator ("... | Live Science", "... - SlashGear", "... | World | News | Express.co.uk"), when the
 * headline itself follows as a line of its own further down. The headline line stays (and is the one
 * {@link ArticleHeadline} keeps); its copy with the site's name goes. A first line whose headline is
 * not repeated is left alone: it may be the only headline the text has.
 */
public final class PageTitle implements BoilerplateRule {
  public static final String REASON = "page-title";
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");
  private final int minChars;
  private final int lookAhead;

  public PageTitle(RuleBook book) {
    this.minChars = book.integer("page-title.min-headline-chars");
    this.lookAhead = book.integer("page-title.look-ahead");
  }

  @Override
  public void apply(ArticleLines lines) {
    int first = lines.next(-1);
    if (first < 0 || !lines.open(first)) {
      return;
    }
    String title = lines.text(first);
    Matcher m = SEPARATOR.matcher(title);
    while (m.find()) {
      String headline = normal(title.substring(0, m.start()));
      if (headline.length() < minChars) {
        continue;
      }
      int j = lines.next(first);
      for (int step = 0; step < lookAhead && j >= 0; step++, j = lines.next(j)) {
        if (normal(lines.text(j)).equals(headline)) {
          lines.mark(first, REASON);
          return;
        }
      }
    }
  }

  private static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
