package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/**
 * A photo's caption, however long: a line the page marks as a caption ("Image caption ...", "In this
 * ... file photo, ...") or that ends in the picture's credit ("... Credit: ESA", "(AP Photo/...)",
 * "(Image credit: ...)"). Story prose does not end in an agency's credit; the short credit alone is
 * photo-credit's.
 */
public final class ImageCaption extends PhraseRule {
  public static final String REASON = "image-caption";

  public ImageCaption(RuleBook book) {
    super(REASON, book);
  }
}
