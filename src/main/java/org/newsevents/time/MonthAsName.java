package org.newsevents.time;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * A bare month abbreviation before a capitalised word ("Jan Kavan") is a first name, not January,
 * whether the tagger stopped at the abbreviation or took the surname in too. A capitalised month or
 * season before "of" or "for" and a capitalised word ("the March of the Combatant Mothers", "the annual
 * March for Life", "Spring of Life demonstrations") begins the name of an event, not a time. (A time word
 * in a quoted title, "the film ``High Noon''", is QuotedTitle's.)
 */
final class MonthAsName implements SpanRule {
  private static final Pattern SEASON = Pattern.compile("\\b(?:Spring|Summer|Autumn|Fall|Winter)$");
  private static final Pattern NAME_AFTER = Pattern.compile("^\\s+(?:of|for)\\s+(?:the\\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[A-Z][a-z]+");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !firstName(c, parsed)).toList();
  }

  private static boolean firstName(TimexCandidate c, ParsedText parsed) {
    String text = c.text();
    if (text.matches("(?:the )?(?:annual )?[A-Z][a-z]+") && (CalendarText.month(text) > 0 || SEASON.matcher(text).find())
        && NAME_AFTER.matcher(parsed.text().substring(c.end(), Math.min(parsed.text().length(), c.end() + 40))).find()) {
      return true;
    }
    if (text.matches("[A-Z][a-z]{2} [A-Z][a-z]+")) {
      String second = text.substring(4);
      return CalendarText.month(text.substring(0, 3)) > 0 && CalendarText.month(second) == 0 && CalendarText.weekday(second) == 0;
    }
    return text.matches("[A-Z][a-z]{2}") && CalendarText.month(text) > 0
        && TextAround.next(parsed, c).filter(t -> t.start() - c.end() == 1 && t.word().matches("[A-Z][a-z]+")).isPresent();
  }
}
