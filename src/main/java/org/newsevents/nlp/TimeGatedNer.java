package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.newsevents.lexicon.ModelFiles;

/**
 * CoreNLP's {@code ner} with SUTime run only where a time expression can be.
 *
 * <p>SUTime matches its whole rule set from every token of the text it is given and costs more than
 * the CRF, the tagger and the parser together. A time expression holds a digit or one of the words in
 * {@code models/time/sutime-cues.txt} (months, weekdays, units, deictic words, number words...). So
 * every sentence goes through CoreNLP's NER without SUTime, and only the stretches around cue words
 * ({@link TimeWindows}) through the same NER with SUTime; their time labels and timexes are carried
 * back. Both configurations are CoreNLP's own: over the seeds, TempEval-3 and MEANTIME the labels and
 * timexes are those of SUTime run on every whole sentence.
 */
final class TimeGatedNer {
  static final Set<String> CUES = cues();

  /** Tokens SUTime reads on each side of a cue. */
  static final int REACH = AdapterThresholds.get("sutime.window.tokens");

  /** One instance per NER configuration in this JVM: every parser with those settings shares it. */
  private static final java.util.Map<String, TimeGatedNer> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

  private final CompletableFuture<NERCombinerAnnotator> withTime;
  private final CompletableFuture<NERCombinerAnnotator> withoutTime;

  /** The NER for these CoreNLP properties (only the {@code ner.*} and {@code sutime.*} ones matter). */
  static TimeGatedNer of(Properties properties) {
    StringBuilder key = new StringBuilder();
    properties.stringPropertyNames().stream().filter(k -> k.startsWith("ner.") || k.startsWith("sutime."))
        .sorted().forEach(k -> key.append(k).append('=').append(properties.getProperty(k)).append('\n'));
    return SHARED.computeIfAbsent(key.toString(), k -> new TimeGatedNer(properties));
  }

  private TimeGatedNer(Properties properties) {
    Properties plain = new Properties();
    plain.putAll(properties);
    plain.setProperty("ner.useSUTime", "false");
    // Both load beside the tagger and the parser; awaitLoaded() waits for them.
    withoutTime = Loading.inBackground("ner", () -> load(plain));
    withTime = Loading.inBackground("ner-sutime", () -> load(properties));
  }

  /** Waits for both loads: load errors surface here. */
  void awaitLoaded() {
    withTime.join();
    withoutTime.join();
  }

  void annotate(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    // The windows copy their tokens before the plain NER labels them.
    TimeWindows windows = new TimeWindows(doc.get(CoreAnnotations.TextAnnotation.class), sentences, REACH);
    run(withoutTime.join(), doc, sentences);
    if (!windows.sentences().isEmpty()) {
      run(withTime.join(), doc, windows.sentences());
      windows.copyBack();
    }
  }

  /** Whether any of the words has a digit or is a cue word. */
  static boolean mayHoldTimeWords(List<String> words) {
    return words.stream().anyMatch(TimeGatedNer::isCue);
  }

  /** A word with a digit, or one of the cue words (an abbreviation may keep its period: "Dec.", "Sept."). */
  static boolean isCue(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return CUES.contains(lower) || (lower.endsWith(".") && CUES.contains(lower.substring(0, lower.length() - 1)));
  }

  /** One group of the document's sentences, annotated in place as a document of its own. */
  private static void run(NERCombinerAnnotator ner, Annotation doc, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    ner.annotate(part);
  }

  static NERCombinerAnnotator load(Properties properties) {
    try {
      return new NERCombinerAnnotator(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> cues() {
    Set<String> out = new HashSet<>();
    for (String line : ModelFiles.lines("time/sutime-cues.txt")) {
      out.add(line.strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
