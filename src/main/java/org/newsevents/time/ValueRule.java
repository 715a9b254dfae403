package org.newsevents.time;

/** One named way to give a timex its value; null when the rule does not apply to the mention. */
interface ValueRule {
  Resolution resolve(TimexMention mention, Narrative narrative);
}
