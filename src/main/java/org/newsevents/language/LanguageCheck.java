package org.newsevents.language;

/** The language stage: tells the language of the cleaned text, so that non-English articles are skipped. */
public interface LanguageCheck {
  /**
   * @return the detected language as an ISO 639-1 code where one exists ("en"), else ISO 639-3
   * @throws org.newsevents.model.StageException with stage "language" when the text is not English
   */
  String requireEnglish(String text);
}
