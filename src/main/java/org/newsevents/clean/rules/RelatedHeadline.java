package org.newsevents.clean.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.LineShape;
import org.newsevents.clean.RuleBook;

/**
 * The headline of another story dropped between paragraphs: a short title-case line, not a
 * sentence, after a paragraph, with a headline verb ("Accuses", "Denies") where a section heading
 * would have a noun phrase. And the headlines right under a label that announces other stories
 * ("Related", "Related articles", "You may also like"; patterns/related-label.txt), up to
 * {@code related-headline.max-after-label} of them: lines of headline length that do not end like a
 * sentence; and such a label with its headline on one line ("Related: ..."). "Read more" is no such label: sites put it before the rest of the story as often.
 */
public final class RelatedHeadline implements BoilerplateRule {
  public static final String REASON = "related-headline";
  private final Set<String> verbs;
  private final RuleBook book;
  private final List<Pattern> labels;

  public RelatedHeadline(RuleBook book) {
    this.book = book;
    this.labels = book.patterns("related-label");
    this.verbs = book.words("headline-verbs.txt");
  }

  @Override
  public void apply(ArticleLines lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.open(i) && headline(lines.shape(i)) && afterParagraph(lines, i) && hasVerb(lines.shape(i))) {
        lines.mark(i, REASON);
      }
    }
    // The label and the headline on one line: "Related: Possible Water Plumes on Europa".
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.text(i);
      int colon = text.indexOf(':');
      if (lines.open(i) && colon > 0 && label(text.substring(0, colon + 1))
          && teaser(LineShape.of(text.substring(colon + 1), book.stopWords()))) {
        lines.mark(i, REASON);
      }
    }
    int maxAfterLabel = book.integer("related-headline.max-after-label");
    for (int i = 0; i < lines.size(); i++) {
      if (lines.marked(i) && label(lines.text(i))) {
        int j = lines.next(i);
        for (int n = 0; n < maxAfterLabel && j >= 0 && lines.open(j) && teaser(lines.shape(j)); n++) {
          lines.mark(j, REASON);
          j = lines.next(j);
        }
      }
    }
  }

  private boolean label(String text) {
    for (Pattern p : labels) {
      if (p.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }

  private boolean teaser(LineShape s) {
    return !s.endsSentence() && s.wordCount() >= book.integer("related-headline.min-words")
        && s.wordCount() <= book.integer("related-headline.max-words");
  }

  private boolean headline(LineShape s) {
    return s.wordCount() >= book.integer("related-headline.min-words")
        && s.wordCount() <= book.integer("related-headline.max-words") && !s.endsSentence()
        && s.titleCaseShare() >= book.number("related-headline.min-title-case");
  }

  private boolean afterParagraph(ArticleLines lines, int i) {
    int p = lines.previous(i);
    return p >= 0 && lines.next(i) >= 0 && MainText.prose(lines, p, book);
  }

  private boolean hasVerb(LineShape s) {
    for (String w : s.words()) {
      if (Character.isUpperCase(w.charAt(0)) && verbs.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
