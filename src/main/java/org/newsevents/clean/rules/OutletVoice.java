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
 * The outlet addressing its readers between two pieces of boilerplate: a short run of lines in the
 * first person plural ("we", "our"), not quoted, with boilerplate right before and after it.
 */
public final class OutletVoice implements BoilerplateRule {
  public static final String REASON = "site-notice";
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|«[^»]*»");
  private final Set<String> voiceWords;
  private final int maxRun;

  public OutletVoice(RuleBook book) {
    this.voiceWords = book.words("outlet-voice.txt");
    this.maxRun = book.integer("site-notice.voice-max-run");
  }

  @Override
  public void apply(ArticleLines lines) {
    int i = 0;
    while (i < lines.size()) {
      if (!lines.open(i) || !voiced(lines, i)) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int run = 1;
      int j = lines.next(i);
      while (j >= 0 && lines.open(j) && voiced(lines, j)) {
        last = j;
        run++;
        j = lines.next(j);
      }
      int before = lines.previous(first);
      boolean boundedBefore = before >= 0 && bounds(lines, before);
      boolean boundedAfter = j < 0 || bounds(lines, j);
      if (boundedBefore && boundedAfter && run <= maxRun) {
        for (int k = first; k >= 0 && k <= last; k = lines.next(k)) {
          lines.mark(k, REASON);
        }
      }
      i = last + 1;
    }
  }

  /**
   * Boilerplate that can frame the outlet's voice: not a photo's caption or credit, which sit inside
   * the story, so a story paragraph in "we" after a picture is not taken for a notice.
   */
  private static boolean bounds(ArticleLines lines, int i) {
    String reason = lines.reason(i);
    return reason != null && !reason.equals(ImageCaption.REASON) && !reason.equals("photo-credit");
  }

  /** A "we" outside quotation marks: the outlet's own, not a speaker's the story quotes. */
  private boolean voiced(ArticleLines lines, int i) {
    String text = lines.text(i);
    char c = text.charAt(0);
    if (c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«') {
      return false;
    }
    if (!voiced(lines.shape(i).words())) {
      return false;
    }
    String unquoted = QUOTED.matcher(text).replaceAll(" ");
    return unquoted.equals(text) || voiced(LineShape.of(unquoted, Set.of()).words());
  }

  private boolean voiced(List<String> words) {
    for (String w : words) {
      boolean shouted = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
      if (!shouted && voiceWords.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

}
