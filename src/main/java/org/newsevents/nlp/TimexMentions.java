package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.TimexCandidate;

/** SUTime's expressions among CoreNLP's entity mentions, as timex candidates with source offsets. */
final class TimexMentions {
  private TimexMentions() {}

  static List<TimexCandidate> of(List<CoreMap> mentions, String text) {
    List<TimexCandidate> out = new ArrayList<>();
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null) {
        continue;
      }
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new TimexCandidate(start, end, text.substring(start, end), timex.timexType(), timex.value()));
    }
    return out;
  }
}
