package org.newsevents.entities;

import java.util.List;
import org.newsevents.model.ParsedText;

/** One pass over a document's name mentions before grouping: it may retype, add or drop mentions. */
interface MentionRule {
  List<NameMention> apply(ParsedText parsed, List<NameMention> mentions);
}
