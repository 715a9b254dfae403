package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsevents.clean.html.DomExtractor;

/** The DOM-aware extractor on markup shaped like the benchmark's pages (nj.com's embedded tweets). */
class DomExtractorTest {
  private static final String STORY = "Remember New Jersey’s epic quest to find a state slogan? South Dakota is facing a"
      + " similar public reaction after it unveiled a new anti-meth campaign, with the slogan “Meth. We’re on it.”";

  @Test
  void anEmbeddedTweetInASocialWrapperStaysAndTheShareBarGoes() {
    String html = "<html><head><title>South Dakota doubles down</title></head><body><article><div class=\"entry-content\">"
        + "<p>" + STORY + "</p>"
        + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Oh, no. It seems like the rest of"
        + " South Dakota's anti-drug campaigns are just as bad as the \"Meth. We're On It.\" campaign."
        + " <a href=\"https://t.co/3BDnrvkoms\">pic.twitter.com/3BDnrvkoms</a></p>— Mike Beauvais (@MikeBeauvais)"
        + " <a href=\"https://twitter.com/MikeBeauvais/status/1\">November 18, 2019</a></blockquote></div>"
        + "<p>" + STORY + "</p>"
        + "<div class=\"social-share\"><a href=\"/f\">Facebook</a> <a href=\"/t\">Twitter</a></div>"
        + "</div></article></body></html>";
    String text = new DomExtractor().extract(html);
    assertTrue(text.contains("campaigns are just as bad as"), text);
    assertTrue(text.contains("— Mike Beauvais (@MikeBeauvais) November 18, 2019"), text);
    assertFalse(text.contains("Facebook"), text);
  }

  @Test
  void aHoverCardInsideASentenceGoesAndTheSentenceStays() {
    String html = "<html><body><article><div class=\"field-item\"><p>A New York man pleaded guilty to charges he threatened"
        + " to kill Rep. <span class=\"rollover-people\"><a class=\"rollover-people-link\" href=\"/people/ilhan-omar\">Ilhan"
        + " Omar</a><span class=\"rollover-people-block\"><a class=\"name\" href=\"/people/ilhan-omar\">Ilhan Omar</a>"
        + "<a class=\"people-articles\" href=\"/a\">Hillicon Valley: Progressives oppose funding bill over surveillance"
        + " authority</a> <a class=\"people-articles\" href=\"/b\">Omar asks court to apply 'system of compassion' in"
        + " sentencing man convicted of threatening her</a> <a class=\"more\" href=\"/people/ilhan-omar\">MORE</a></span>"
        + "</span> (D-Minn.), the U.S. Attorney’s Office for the Western District of New York announced Monday.</p>"
        + "<p>" + STORY + "</p><p>" + STORY + "</p></div></article></body></html>";
    String text = new DomExtractor().extract(html);
    assertTrue(text.contains("threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office"), text);
    assertFalse(text.contains("Hillicon Valley"), text);
  }
}
