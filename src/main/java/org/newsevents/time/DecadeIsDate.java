package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the 1980s", "the early 1990s", "the 20th century": a decade or century is a DATE written with its
 * known digits only, as TIDES and TempEval-3 write it ("198", "19"; TimeBank's gold throughout, AQUAINT's
 * four decades excepted); the tagger pads the value with X ("198X", "19XX") and types some of them SET. A decade counted back from now ("the past decade")
 * is a length (PastDecade), and "this century" stays as the tagger has it.
 */
final class DecadeIsDate implements ValueRule {
  private static final Pattern PADDED = Pattern.compile("^(\\d{2,3})X{1,2}$");
  /** The decade or century is named ("1980s", "'80s", "20th", "the nineties"), not counted ("the past decade"). */
  private static final Pattern NAMED = Pattern.compile("\\d|\\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String value = m.candidate().value();
    Matcher p = value == null ? null : PADDED.matcher(value);
    if (p == null || !p.matches() || value.length() != 4 || !NAMED.matcher(m.lower()).find()) {
      return null;
    }
    return Resolution.of("DATE", p.group(1));
  }
}
