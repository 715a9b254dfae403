package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.Line;
import org.newsevents.clean.RuleBook;

/**
 * A link's hover card flattened into the sentence that holds the link: the linked name, then glued to
 * it without a space the card's title (the same name again, "Rep. Ilhan OmarIlhan Omar…"), the card's
 * list of that person's stories, and its "MORE" link, before the sentence goes on ("… MORE (D-Minn.),
 * the U.S. Attorney’s Office …"). The card (patterns/glued-link-card.txt; its group 2 starts it) is
 * taken from inside the line, and the sentence stays.
 */
public final class GluedLinkCard implements BoilerplateRule {
  /** Every card ends in its "MORE" link: lines without it are not read further. */
  private static final String MARKER = " MORE";
  private final List<Pattern> patterns;

  public GluedLinkCard(RuleBook book) {
    this.patterns = book.patterns("glued-link-card");
  }

  @Override
  public void apply(ArticleLines lines) {
    String source = lines.article().text();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.open(i)) {
        continue;
      }
      Line line = lines.line(i);
      String raw = source.substring(line.start(), line.end());
      if (!raw.contains(MARKER)) {
        continue;
      }
      for (Pattern p : patterns) {
        Matcher m = p.matcher(raw);
        while (m.find()) {
          lines.markWithin(i, line.start() + m.start(2), line.start() + m.end(), RelatedHeadline.REASON);
        }
      }
    }
  }
}
