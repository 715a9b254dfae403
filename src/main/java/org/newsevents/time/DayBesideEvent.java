package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "showed up at Slepian's house the day after his death": "the day" before "after" or "before" and an event
 * is the day beside the event, which the story dated last (the narrative's day), one on or back; the tagger
 * dates it the document's day. With no day of its own in the story yet it stays as the tagger has it.
 */
final class DayBesideEvent implements ValueRule {
  private static final Pattern AFTER = Pattern.compile("^\\s+(after|before)\\s+(?:his|her|its|their|the|a)\\b");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher a = AFTER.matcher(m.following());
    if (!m.lower().equals("the day") || !a.find() || !n.movedAway()) {
      return null;
    }
    return Resolution.of("DATE", TimexValues.day(a.group(1).equals("after") ? n.day().plusDays(1) : n.day().minusDays(1)));
  }
}
