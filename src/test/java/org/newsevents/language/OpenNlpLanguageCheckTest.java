package org.newsevents.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  void aShortEnglishHeadlineIsEnglishAndAShortFrenchSentenceIsNot() {
    assertEquals("en", CHECK.requireEnglish("Serbia's President Accuses Russia of Spying"));
    assertEquals("en", CHECK.requireEnglish("Vucic resigns"));
    StageException e = assertThrows(StageException.class,
        () -> CHECK.requireEnglish("Le président serbe a déclaré lundi que la Serbie ne rejoindra pas l'OTAN."));
    assertTrue(e.getMessage().startsWith("not English: detected fra (French"), e.getMessage());
    e = assertThrows(StageException.class,
        () -> CHECK.requireEnglish("Srpski predsednik je u ponedeljak rekao da Srbija neće ući u NATO."));
    assertTrue(e.getMessage().startsWith("not English: detected bos (Bosnian"), e.getMessage());
  }

  @Test
  void everyShortConllSentenceIsEnglish() throws IOException {
    // Name lists, scores and all-capital headlines: the short English the model is least sure of.
    List<String> sentences = new ArrayList<>();
    StringBuilder sentence = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("../shared/datasets/conll2003/eng.testa"))) {
      if (line.isBlank()) {
        if (sentence.length() > 0 && sentence.length() < 120) {
          sentences.add(sentence.toString());
        }
        sentence.setLength(0);
      } else if (!line.startsWith("-DOCSTART-")) {
        sentence.append(sentence.length() == 0 ? "" : " ").append(line.split(" ")[0]);
      }
    }
    assertTrue(sentences.size() > 2000, "short sentences read: " + sentences.size());
    List<String> rejected = sentences.stream().filter(s -> {
      try {
        CHECK.requireEnglish(s);
        return false;
      } catch (StageException e) {
        return true;
      }
    }).toList();
    assertEquals(List.of(), rejected);
  }
}
