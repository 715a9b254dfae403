package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "in the coming years", "over the next few months": an uncounted stretch of plural units is a DURATION of
 * unknown count (PXY), though the tagger dates some of them ("the coming years" as the next year, 2000).
 */
final class VaguePlural implements ValueRule {
  private static final Pattern SHAPE = Pattern.compile(
      "^(?:the )?(?:coming|next|past|last|recent|previous|following|ensuing|upcoming)(?: few| several| many)? ([a-z]+?)s$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher s = SHAPE.matcher(m.lower());
    String value = m.candidate().value();
    if (!s.matches() || value != null && value.startsWith("P")) {
      return null;
    }
    String unit = TimeLexicon.UNITS.get(s.group(1));
    if (unit == null) {
      return null;
    }
    if (unit.startsWith("T")) {
      return Resolution.of("DURATION", "PTX" + unit.substring(1));
    }
    return Resolution.of("DURATION", "PX" + switch (unit) {
      case "DE" -> "DE";
      case "CE" -> "CE";
      default -> unit;
    });
  }
}
