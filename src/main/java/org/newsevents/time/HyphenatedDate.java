package org.newsevents.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "mid-November", "late-November", "mid-1996", "post-1959": a month or year joined to its qualifier by a
 * hyphen, which the tagger reads as one unknown word. TimeML marks the whole word; the month is valued as
 * any year-less month (PartialDateByTense), the year is the year.
 */
final class HyphenatedDate implements SpanRule {
  private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:mid|late|early)-(?:January|February|March|April|May|June|July"
      + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?");
  private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:mid|late|early|post|pre)-((?:1[5-9]|20)\\d\\d)\\b(?!s|-)");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>(candidates);
    String text = parsed.text();
    Matcher m = MONTH.matcher(text);
    while (m.find()) {
      int end = text.charAt(m.end() - 1) == '.' && !abbreviated(m.group()) ? m.end() - 1 : m.end();
      AddedSpan.add(out, new TimexCandidate(m.start(), end, text.substring(m.start(), end), "DATE", null));
    }
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      AddedSpan.add(out, new TimexCandidate(y.start(), y.end(), y.group(), "DATE", y.group(1)));
    }
    out.sort(Comparator.comparingInt(TimexCandidate::start));
    return out;
  }

  private static boolean abbreviated(String word) {
    return word.matches("(?i).*-(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.");
  }
}
