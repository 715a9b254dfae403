package org.newsevents.time;

import java.util.regex.Pattern;

/** "the 1980s", "the early 1990s": a decade or century is a DATE in TimeML, though the tagger types some as SET. */
final class DecadeIsDate implements ValueRule {
  private static final Pattern DECADE = Pattern.compile("^\\d{2,3}X{1,2}$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String value = m.candidate().value();
    if (!"SET".equals(m.candidate().type()) || value == null || !DECADE.matcher(value).matches()) {
      return null;
    }
    return Resolution.of("DATE", value);
  }
}
