package org.newsevents.time;

import java.util.List;
import java.util.Locale;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** "Once", "Monthly", "Annual" as options in a donation banner: a label on a line of its own or in a run of capitalised labels. */
final class BannerOption implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !isBannerOption(c, parsed)).toList();
  }

  private static boolean isBannerOption(TimexCandidate c, ParsedText parsed) {
    if (!TimeLexicon.BANNER_WORDS.contains(c.text().toLowerCase(Locale.ROOT)) || !Character.isUpperCase(c.text().charAt(0))) {
      return false;
    }
    boolean alone = TextAround.sentence(parsed, c).filter(s -> s.tokens().stream()
        .allMatch(t -> c.contains(t) || !Character.isLetterOrDigit(t.word().charAt(0)))).isPresent();
    return alone || TextAround.next(parsed, c).filter(t -> Character.isUpperCase(t.word().charAt(0))
        && !t.pos().startsWith("VB")).isPresent()
        || TextAround.previous(parsed, c).filter(t -> TimeLexicon.BANNER_WORDS.contains(t.word().toLowerCase(Locale.ROOT)))
            .isPresent();
  }
}
