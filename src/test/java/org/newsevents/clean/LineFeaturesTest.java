package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.clean.rules.MainText;
import org.newsevents.model.Article;

/** The list cues of the line classifier on a real story list: a lead-in after prose, items of one outline. */
class LineFeaturesTest {
  private static final String PROSE = "Long considered one of the Rock & Roll Hall of Fame great slights, the Doobies last"
      + " month were finally nominated for induction into the Rock & Roll Hall of Fame.";

  @Test
  void tourDatesAfterALeadInAreAListOfOneOutline() {
    String text = String.join("\n", PROSE, "The Doobie Brothers 50th Anniversary Tour 2020 dates:",
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL",
        "June 17 -- Bridgestone Arena, Nashville, TN", "About Us", "Privacy Policy");
    RuleBook book = RuleBook.standard();
    ArticleLines lines = new RuleCleaner(TemplateLines.none(), LineModel.none())
        .judgeBeforeClassifier(new Article("t", null, null, text, null, "test"));
    List<MainText> main = MainText.stretches(lines, book);
    List<String> leadIn = LineFeatures.of(lines, 1, main, book);
    List<String> item = LineFeatures.of(lines, 3, main, book);
    assertTrue(leadIn.contains("afterLeadIn=0"), leadIn::toString);
    assertTrue(item.contains("afterLeadIn=2") && item.contains("outlineLikeNeighbour=true"), item::toString);
  }

  @Test
  void aColonAfterANameIsNoLeadIn() {
    String text = String.join("\n", "Pamela Wilson", "Check out my free workshops. Pick your topic and start watching now:",
        "VISUAL MARKETING", "GROWING AN ONLINE BUSINESS", PROSE, PROSE);
    RuleBook book = RuleBook.standard();
    ArticleLines lines = new RuleCleaner(TemplateLines.none(), LineModel.none())
        .judgeBeforeClassifier(new Article("t", null, null, text, null, "test"));
    List<String> menu = LineFeatures.of(lines, 2, MainText.stretches(lines, book), book);
    assertTrue(menu.contains("afterLeadIn=7"), menu::toString);
  }
}
