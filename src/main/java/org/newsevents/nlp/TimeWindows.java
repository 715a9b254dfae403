package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stretches of a document that SUTime reads: each time cue or digit with {@code reach} tokens on
 * either side, stretches that meet or overlap joined. Each window is a pseudo-sentence of fresh
 * copies of its tokens, taken before any NER has labelled them; after the NER with SUTime has run on
 * the windows, {@link #copyBack} carries its time and number labels back to the real tokens.
 */
final class TimeWindows {
  /** Labels of the numeric classifiers and SUTime, and none: the ones a window may hand back. */
  private static final Set<String> NUMERIC = Set.of("O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
      "MONEY", "PERCENT");

  private final List<CoreMap> windows = new ArrayList<>();
  private final List<List<CoreLabel>> originals = new ArrayList<>();
  private final List<CoreMap> owners = new ArrayList<>();

  /** Windows over the sentences' cue tokens. */
  TimeWindows(String text, List<CoreMap> sentences, int reach) {
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      boolean[] inside = new boolean[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        if (TimeGatedNer.isCue(tokens.get(i).word())) {
          for (int j = Math.max(0, i - reach); j <= Math.min(tokens.size() - 1, i + reach); j++) {
            inside[j] = true;
          }
        }
      }
      for (int i = 0; i < tokens.size(); ) {
        if (!inside[i]) {
          i++;
          continue;
        }
        int j = i;
        while (j < tokens.size() && inside[j]) {
          j++;
        }
        add(text, s, tokens.subList(i, j));
        i = j;
      }
    }
  }

  private void add(String text, CoreMap owner, List<CoreLabel> tokens) {
    List<CoreLabel> copies = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      CoreLabel c = new CoreLabel(t);
      c.setIndex(copies.size() + 1);
      copies.add(c);
    }
    int begin = copies.get(0).beginPosition();
    int end = copies.get(copies.size() - 1).endPosition();
    CoreMap window = new ArrayCoreMap();
    window.set(CoreAnnotations.TokensAnnotation.class, copies);
    window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    window.set(CoreAnnotations.SentenceIndexAnnotation.class, windows.size());
    window.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    window.set(CoreAnnotations.TokenEndAnnotation.class, copies.size());
    windows.add(window);
    originals.add(tokens);
    owners.add(owner);
  }

  List<CoreMap> sentences() {
    return windows;
  }

  /**
   * After the windows' NER: a token takes the window's labels where SUTime made it part of a time
   * expression (SUTime overrides the CRF there, as in a whole-sentence run), or where both runs saw a
   * number or nothing (the whole sentence's CRF decides names); each sentence gains its windows' timexes.
   */
  void copyBack() {
    for (int w = 0; w < windows.size(); w++) {
      List<CoreLabel> copies = windows.get(w).get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> real = originals.get(w);
      for (int i = 0; i < copies.size(); i++) {
        CoreLabel c = copies.get(i);
        CoreLabel r = real.get(i);
        boolean timex = c.get(TimeAnnotations.TimexAnnotation.class) != null;
        if (timex || (numeric(c.ner()) && numeric(r.ner()))) {
          r.setNER(c.ner());
          r.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, c.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class));
          r.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class,
              c.get(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class));
          r.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class,
              c.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
          r.set(TimeAnnotations.TimexAnnotation.class, c.get(TimeAnnotations.TimexAnnotation.class));
        }
      }
      List<CoreMap> found = windows.get(w).get(CoreAnnotations.MentionsAnnotation.class);
      if (found != null) {
        CoreMap owner = owners.get(w);
        List<CoreMap> mentions = owner.get(CoreAnnotations.MentionsAnnotation.class);
        mentions = mentions == null ? new ArrayList<>() : new ArrayList<>(mentions);
        for (CoreMap m : found) {
          if (m.get(TimeAnnotations.TimexAnnotation.class) != null) {
            mentions.add(m);
          }
        }
        owner.set(CoreAnnotations.MentionsAnnotation.class, mentions);
      }
    }
  }

  private static boolean numeric(String label) {
    return label == null || NUMERIC.contains(label);
  }
}
