package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "in the coming years", "over the next few months": an uncounted stretch of plural units is a DURATION of
 * unknown count (PXY), though the tagger dates some of them ("the coming years" as the next year, 2000).
 * "these days" is no stretch but the present (PRESENT_REF).
 */
final class VaguePlural implements SpanRule, ValueRule {
  private static final Pattern THESE = Pattern.compile("(?i)\\bthese\\s+$");

  /** The tagger tags "days" of "these days" alone: the span takes "these" in. */
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher t = THESE.matcher(parsed.text().substring(Math.max(0, c.start() - 10), c.start()));
      if (c.text().equalsIgnoreCase("days") && t.find()) {
        int start = c.start() - (t.end() - t.start());
        out.add(new TimexCandidate(start, c.end(), parsed.text().substring(start, c.end()), "DATE", "PRESENT_REF"));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static final Pattern SHAPE = Pattern.compile(
      "^(?:the )?(?:coming|next|past|last|recent|previous|following|ensuing|upcoming)(?: few| several| many)? ([a-z]+?)s$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (m.lower().equals("these days") || m.lower().equals("nowadays")) {
      return Resolution.of("DATE", "PRESENT_REF");
    }
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
