package org.newsevents.clean.rules;

import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.LineShape;
import org.newsevents.clean.RuleBook;

/**
 * A card for another story dropped between the story's paragraphs: its headline printed twice in a
 * row (the picture's text, then the link's; a section label may sit between them), then one line of
 * summary. The page's own headline is doubled the same way above the story, so only a card below the
 * story's first paragraph is taken; the summary only when it is one short line that ends a sentence.
 */
public final class TeaserCard extends MainTextRule {

  public TeaserCard(RuleBook book) {
    super(book);
  }

  @Override
  void apply(ArticleLines lines, MainText main) {
    for (int i = lines.next(main.first()); i >= 0; i = lines.next(i)) {
      if (!lines.open(i) || !headline(lines.shape(i))) {
        continue;
      }
      int copy = copyOf(lines, i);
      if (copy < 0) {
        continue;
      }
      lines.mark(i, RelatedHeadline.REASON);
      for (int k = lines.next(i); k >= 0 && k <= copy; k = lines.next(k)) {
        lines.mark(k, RelatedHeadline.REASON);
      }
      int summary = lines.next(copy);
      if (summary >= 0 && lines.shape(summary).endsSentence()
          && lines.shape(summary).wordCount() <= book.integer("teaser-card.max-summary-words")) {
        lines.mark(summary, RelatedHeadline.REASON);
      }
    }
  }

  /** The repeat of line {@code i} on the next line, or after one short label line; else -1. */
  private static int copyOf(ArticleLines lines, int i) {
    int next = lines.next(i);
    if (next >= 0 && lines.text(next).equals(lines.text(i))) {
      return next;
    }
    if (next >= 0 && lines.shape(next).wordCount() <= 3 && !lines.shape(next).endsSentence()) {
      int after = lines.next(next);
      if (after >= 0 && lines.text(after).equals(lines.text(i))) {
        return after;
      }
    }
    return -1;
  }

  private boolean headline(LineShape s) {
    return !s.endsSentence() && s.wordCount() >= book.integer("related-headline.min-words")
        && s.wordCount() <= book.integer("related-headline.max-words");
  }
}
