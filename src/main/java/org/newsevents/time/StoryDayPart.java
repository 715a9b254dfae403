package org.newsevents.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Dealers placed heavy buy orders in the morning", "depressed initially by overnight losses in New York": a
 * part of the day with no day of its own is part of the day the story is on (the night before it, for
 * "overnight"), where the tagger takes the document's day.
 */
final class StoryDayPart implements ValueRule {
  private static final Pattern PART = Pattern.compile("^(?:the )?([a-z]+)$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    LocalDate day = n.day();
    if (day == null) {
      return null;
    }
    if (m.lower().equals("overnight")) {
      return Resolution.of("TIME", TimexValues.day(day.minusDays(1)) + "TNI");
    }
    Matcher p = PART.matcher(m.lower());
    String code = p.matches() ? TimeLexicon.PART_OF_DAY_CODES.get(p.group(1)) : null;
    return code == null ? null : Resolution.of("TIME", TimexValues.day(day) + "T" + code);
  }
}
