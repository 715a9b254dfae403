package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** SUTime on windows around the cues gives what SUTime on whole sentences gives. */
class TimeWindowsTest {
  private static String windowTexts(String sentence, int reach) {
    Annotation doc = ReferenceRuns.tagged(sentence, "2019-11-22");
    TimeWindows w = new TimeWindows(sentence, doc.get(CoreAnnotations.SentencesAnnotation.class), reach);
    return w.sentences().stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void windowsReachFourTokensEachSideOfEachCueAndJoinWhenTheyMeet() {
    assertEquals("travel to Moscow on Dec. 4 to meet Putin for their third meeting this year.",
        windowTexts("Vucic is scheduled to travel to Moscow on Dec. 4 to meet Putin for their third meeting this year.", 4));
    assertEquals("Moscow on Dec. 4 to meet | for their third meeting this year.",
        windowTexts("Vucic is scheduled to travel to Moscow on Dec. 4 to meet Putin for their third meeting this year.", 2));
    assertEquals("", windowTexts("Serbia has not joined Western sanctions against Russia.", 4));
  }

  @Test
  void seedArticlesGetTheLabelsAndTimexesOfSutimeOnWholeSentences() {
    Properties p = NlpSettings.standard().toProperties();
    NERCombinerAnnotator whole = TimeGatedNer.load(p);
    TimeGatedNer windowed = TimeGatedNer.of(p);
    int timexes = 0;
    for (String text : ReferenceRuns.seedTexts()) {
      Annotation a = ReferenceRuns.tagged(text, "2019-11-22");
      Annotation b = ReferenceRuns.tagged(text, "2019-11-22");
      whole.annotate(a);
      windowed.annotate(b);
      List<CoreMap> sa = a.get(CoreAnnotations.SentencesAnnotation.class);
      List<CoreMap> sb = b.get(CoreAnnotations.SentencesAnnotation.class);
      for (int i = 0; i < sa.size(); i++) {
        assertEquals(labels(sa.get(i)), labels(sb.get(i)));
        String x = TimexMentions.of(sa.get(i).get(CoreAnnotations.MentionsAnnotation.class), text).toString();
        assertEquals(x, TimexMentions.of(sb.get(i).get(CoreAnnotations.MentionsAnnotation.class), text).toString());
        timexes += TimexMentions.of(sa.get(i).get(CoreAnnotations.MentionsAnnotation.class), text).size();
      }
    }
    assertEquals(71, timexes);
  }

  private static List<String> labels(CoreMap sentence) {
    List<String> out = new ArrayList<>();
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }
    return out;
  }
}
