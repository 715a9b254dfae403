package org.newsevents.time;

import java.util.List;
import org.newsevents.model.DocumentDate;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Timex;

/** The time stage: checks and normalises the tagger's temporal expressions against the document date. */
public interface TimexResolver {
  List<Timex> resolve(ParsedText parsed, DocumentDate documentDate);
}
