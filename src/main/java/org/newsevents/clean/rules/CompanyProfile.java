package org.newsevents.clean.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.RuleBook;

/**
 * The issuer's profile that closes a press release ("Ascom is a global solutions provider focused on
 * …", "… is headquartered in Baar … employs around 1,300 people … shares are listed on …"): the last
 * lines of the main text, each with a profile phrase (patterns/company-profile.txt), one of them
 * opening with the company's name and what it is (patterns/company-profile-opening.txt). A story that
 * mentions where a company sits keeps the line: the profile must end the main text and open with the
 * name.
 */
public final class CompanyProfile extends MainTextRule {
  public static final String REASON = "company-profile";
  private final List<Pattern> cues;
  private final List<Pattern> openings;
  private final int maxLines;
  private final int maxChars;

  public CompanyProfile(RuleBook book) {
    super(book);
    this.cues = book.patterns("company-profile");
    this.openings = book.patterns("company-profile-opening");
    this.maxLines = book.integer("company-profile.max-lines");
    this.maxChars = book.integer("company-profile.max-chars");
  }

  @Override
  void apply(ArticleLines lines, MainText main) {
    List<Integer> run = new ArrayList<>();
    boolean opened = false;
    for (int j = main.last(); j >= main.first() && run.size() < maxLines; j = lines.previous(j)) {
      if (lines.marked(j)) {
        continue;
      }
      String text = lines.text(j);
      if (!lines.open(j) || text.length() > maxChars || !any(cues, text)) {
        break;
      }
      run.add(j);
      opened |= any(openings, text);
    }
    if (opened && run.size() < countOpen(lines, main)) {
      for (int j : run) {
        lines.mark(j, REASON);
      }
    }
  }

  /** Open lines of the main text: the profile may not be all of it. */
  private static int countOpen(ArticleLines lines, MainText main) {
    int n = 0;
    for (int j = main.first(); j <= main.last(); j++) {
      n += lines.open(j) ? 1 : 0;
    }
    return n;
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
