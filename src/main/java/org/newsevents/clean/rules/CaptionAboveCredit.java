package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * A photo's caption on the line above its credit: the credit alone on a line in the form that closes
 * a caption ("Photo: Getty Images", "Photo by Jason Kempin/Getty Images", "(Image: © NASA/ESA)",
 * "Courtesy of Andrew Vaughan"; patterns/credit-after-caption.txt), and above it a line of caption
 * length. A credit that opens a picture ("Image copyright Getty Images") or that carries its own
 * caption is left alone: the line above it is the story's.
 */
public final class CaptionAboveCredit implements BoilerplateRule {
  private final List<Pattern> credits;
  private final int maxWords;

  public CaptionAboveCredit(RuleBook book) {
    this.credits = book.patterns("credit-after-caption");
    this.maxWords = book.integer("image-caption.above-credit.max-words");
  }

  @Override
  public void apply(ArticleLines lines) {
    for (int i = 0; i < lines.size(); i++) {
      int credit = lines.next(i);
      if (lines.open(i) && credit == i + 1 && "photo-credit".equals(lines.reason(credit)) && closesCaption(lines.text(credit))
          && lines.shape(i).wordCount() <= maxWords) {
        lines.mark(i, ImageCaption.REASON);
      }
    }
  }

  private boolean closesCaption(String text) {
    for (Pattern p : credits) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
