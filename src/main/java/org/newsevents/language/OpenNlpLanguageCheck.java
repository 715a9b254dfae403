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
 * the model's first choice or still likely enough. On a short text (a headline, a one-line record) the
 * model's first choice is often wrong for English, so there English need only come within a share of
 * the first choice's probability; a short sentence in another language still falls far below it.
 */
public final class OpenNlpLanguageCheck implements LanguageCheck {
  private static final String MODEL = "/langdetect-183.bin";
  private static volatile LanguageDetectorModel shared;

  /** The detector keeps per-call state; each worker thread gets its own over the shared model. */
  private final ThreadLocal<LanguageDetectorME> detector;
  private final int minChars;
  private final double minEnglishConfidence;
  private final double shortMinEnglishShare;

  public OpenNlpLanguageCheck() {
    Map<String, String> settings = ModelFiles.table("language/thresholds.tsv");
    this.minChars = Integer.parseInt(settings.get("minChars"));
    this.minEnglishConfidence = Double.parseDouble(settings.get("minEnglishConfidence"));
    this.shortMinEnglishShare = Double.parseDouble(settings.get("shortMinEnglishShare"));
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
    boolean isShort = text.strip().length() < minChars;
    Language[] ranked = detector.get().predictLanguages(text);
    Language best = ranked[0];
    for (Language l : ranked) {
      if (l.getLang().equals("eng") && (l == best || l.getConfidence() >= minEnglishConfidence
          || isShort && l.getConfidence() >= shortMinEnglishShare * best.getConfidence())) {
        return "en";
      }
    }
    String name = displayName(best.getLang());
    throw new StageException("language", String.format(Locale.ROOT,
        "not English: detected %s (%s, confidence %.2f); skipped", best.getLang(), name, best.getConfidence()));
  }

  /** The English name of an ISO 639-3 code ("fra" is French), or the code itself where Java knows none. */
  static String displayName(String iso3) {
    for (String two : Locale.getISOLanguages()) {
      Locale locale = new Locale(two);
      if (locale.getISO3Language().equals(iso3)) {
        return locale.getDisplayLanguage(Locale.ENGLISH);
      }
    }
    String name = new Locale(iso3).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? iso3 : name;
  }
}
