package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.DocumentDate;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Timex;
import org.newsevents.model.TimexCandidate;

/** Turns the tagger's temporal expressions into checked TIMEX3 records. */
public final class TimexNormalizer implements TimexResolver {
  @Override
  public List<Timex> resolve(ParsedText parsed, DocumentDate documentDate) {
    List<Timex> out = new ArrayList<>();
    for (TimexCandidate c : parsed.timexCandidates()) {
      String id = "t" + (out.size() + 1);
      if (ImpossibleDate.test(c.text())) {
        out.add(new Timex(id, c.start(), c.end(), c.text(), "DATE", null, true));
      } else {
        out.add(new Timex(id, c.start(), c.end(), c.text(), c.type(), c.value(), false));
      }
    }
    return out;
  }
}
