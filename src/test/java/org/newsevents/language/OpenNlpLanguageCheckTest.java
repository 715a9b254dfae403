package org.newsevents.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsevents.model.StageException;

class OpenNlpLanguageCheckTest {
  static final OpenNlpLanguageCheck CHECK = new OpenNlpLanguageCheck();

  @Test
  void seedArticlesAreEnglish() throws IOException {
    assertEquals("en", CHECK.requireEnglish(Files.readString(Path.of("corpus/articles/003_0cee1a8a8a4acb49.txt"))));
  }

  @Test
  void serbianArticleIsSkippedWithTheDetectedLanguage() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/bad-input/non-english.txt"));
    StageException e = assertThrows(StageException.class, () -> CHECK.requireEnglish(text));
    assertEquals("language", e.stage());
    assertTrue(e.getMessage().startsWith("not English: detected srp (Serbian"), e.getMessage());
  }

  @Test
  void aShortLineIsNotJudged() {
    assertEquals("en", CHECK.requireEnglish("Vučić u Moskvi."));
  }
}
