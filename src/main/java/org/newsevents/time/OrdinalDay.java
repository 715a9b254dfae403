package org.newsevents.time;

import java.util.regex.Pattern;

/**
 * "today is the eighth day of Desert Shield", "It's the second day of an offensive": a day counted within
 * some event is the day the clause is about, the document date when it "is", the story's day when it
 * "was". Counted from nothing the story dates ("on his first day in office") it is a day not known. The
 * tagger counts it forward from the document date instead.
 */
final class OrdinalDay implements ValueRule {
  private static final Pattern ORDINAL_DAY = Pattern.compile(
      "^(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))(?: straight| consecutive)? day$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!ORDINAL_DAY.matcher(m.lower()).matches()) {
      return null;
    }
    String copula = m.before().toLowerCase(java.util.Locale.ROOT);
    if ((copula.equals("is") || copula.equals("s")) && n.documentDate() != null) {
      return Resolution.of("DATE", TimexValues.day(n.documentDate()));
    }
    if (copula.equals("was") && n.day() != null) {
      return Resolution.of("DATE", TimexValues.day(n.day()));
    }
    return Resolution.of("DATE", "XXXX-XX-XX");
  }
}
