package org.newsevents.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.StageException;

/**
 * Language identification with OpenNLP's 103-language model. A text is English when English is
 * the model's first choice or still likely enough; texts too short to judge are let through as
 * English, since the model needs a couple of sentences to be right.
 */
public final class OpenNlpLanguageCheck implements LanguageCheck {
  private static final String MODEL = "/langdetect-183.bin";
  private static volatile LanguageDetectorModel shared;

  /** The detector keeps per-call state; each worker thread gets its own over the shared model. */
  private final ThreadLocal<LanguageDetectorME> detector;
  private final int minChars;
  private final double minEnglishConfidence;

  public OpenNlpLanguageCheck() {
    Map<String, String> settings = ModelFiles.table("language/thresholds.tsv");
    this.minChars = Integer.parseInt(settings.get("minChars"));
    this.minEnglishConfidence = Double.parseDouble(settings.get("minEnglishConfidence"));
    LanguageDetectorModel model = model();
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  private static LanguageDetectorModel model() {
    if (shared == null) {
      synchronized (OpenNlpLanguageCheck.class) {
        if (shared == null) {
          try (InputStream in = OpenNlpLanguageCheck.class.getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException("language model " + MODEL + " missing from the classpath");
            }
            shared = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return shared;
  }

  @Override
  public String requireEnglish(String text) {
    if (text.strip().length() < minChars) {
      return "en";
    }
    Language[] ranked = detector.get().predictLanguages(text);
    Language best = ranked[0];
    for (Language l : ranked) {
      if (l.getLang().equals("eng") && (l == best || l.getConfidence() >= minEnglishConfidence)) {
        return "en";
      }
    }
    String name = new Locale(best.getLang()).getDisplayLanguage(Locale.ENGLISH);
    throw new StageException("language", String.format(Locale.ROOT,
        "not English: detected %s (%s, confidence %.2f); skipped", best.getLang(), name, best.getConfidence()));
  }
}
