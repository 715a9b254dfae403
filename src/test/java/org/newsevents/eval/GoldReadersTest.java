package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each gold reader on the development data in ../shared/datasets (read in place, never copied). */
class GoldReadersTest {
  static final Path DATA = Path.of("../shared/datasets");

  static void spansMatchText(GoldDocument d, List<? extends org.newsevents.model.Span> spans, List<String> texts) {
    for (int i = 0; i < spans.size(); i++) {
      assertEquals(texts.get(i), d.article().text().substring(spans.get(i).start(), spans.get(i).end()), d.id());
    }
  }

  @Test
  void conllDocumentsAndNames() throws IOException {
    List<GoldDocument> docs = new ConllGoldReader().read(DATA.resolve("conll2003/eng.testa"));
    assertEquals(216, docs.size());
    assertEquals(5942, docs.stream().mapToInt(d -> d.names().size()).sum());
    GoldDocument first = docs.get(0);
    assertTrue(first.article().text().startsWith("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .\n"
        + "LONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four for 38"));
    assertEquals(new GoldSpan(10, 24, "ORG", "LEICESTERSHIRE"), first.names().get(0));
    assertEquals("LONDON", first.names().get(1).text());
    assertEquals(new GoldSpan(84, 95, "MISC", "West Indian"), first.names().get(2));
    for (GoldDocument d : docs) {
      spansMatchText(d, d.names(), d.names().stream().map(GoldSpan::text).toList());
    }
  }

  @Test
  void conllIob1StartsANameAtBOnlyBetweenTwoOfOneType(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("tiny.conll");
    Files.writeString(f, "-DOCSTART- -X- O O\n\na X X O\nB X X I-PER\nC X X I-PER\nD X X B-PER\nE X X I-LOC\n\n"
        + "F X X I-ORG\n");
    GoldDocument d = new ConllGoldReader().read(f).get(0);
    assertEquals("a B C D E\nF", d.article().text());
    assertEquals(List.of(new GoldSpan(2, 5, "PER", "B C"), new GoldSpan(6, 7, "PER", "D"),
        new GoldSpan(8, 9, "LOC", "E"), new GoldSpan(10, 11, "ORG", "F")), d.names());
  }

  @Test
  void timemlTextTimexesAndCreationTime() throws IOException {
    List<GoldDocument> docs = new TimeMlGoldReader().read(DATA.resolve("tempeval3/TBAQ-cleaned/AQUAINT"));
    assertEquals(73, docs.size());
    assertEquals(579, docs.stream().mapToInt(d -> d.timexes().size()).sum());
    GoldDocument first = docs.get(0);
    assertEquals("APW19980807.0261", first.id());
    assertEquals(LocalDate.of(1998, 8, 7), first.article().documentDate());
    assertEquals(new GoldTimex(first.timexes().get(0).start(), first.timexes().get(0).end(), "Friday", "DATE",
        "1998-08-07"), first.timexes().get(0));
    assertFalse(first.article().text().contains("<"), "inline tags are stripped");
    for (GoldDocument d : docs) {
      spansMatchText(d, d.timexes(), d.timexes().stream().map(GoldTimex::text).toList());
    }
  }

  @Test
  void meantimeTokensEventsAndAnnotatedSentences() throws IOException {
    List<GoldDocument> docs = new MeantimeGoldReader().read(DATA.resolve("meantime"));
    assertEquals(60, docs.size());
    GoldDocument cisco = docs.stream().filter(d -> d.id().equals("58383_Cisco_sues_Apple")).findFirst().orElseThrow();
    assertTrue(cisco.article().text().startsWith("Cisco sues Apple for iPhone trademark\nJanuary 12 , 2007\nThe iPhone"));
    assertEquals(LocalDate.of(2007, 1, 12), cisco.article().documentDate());
    assertTrue(cisco.timexes().contains(new GoldTimex(38, 55, "January 12 , 2007", "DATE", "2007-01-12")));
    GoldEvent made = cisco.events().stream().filter(e -> e.predicate().equals("made")).findFirst().orElseThrow();
    assertEquals("The iPhone", made.subject().text());
    assertNotNull(cisco.scored());
    assertTrue(cisco.scored().size() < cisco.article().text().split("\n").length, "only annotated sentences");
    for (GoldDocument d : docs) {
      for (GoldEvent e : d.events()) {
        assertTrue(d.inScope(e), "gold events lie in annotated sentences");
      }
    }
  }

  @Test
  void articleBodyPagesAndBodies() throws IOException {
    List<GoldDocument> docs = new ArticleBodyGoldReader(new FlattenedPage())
        .read(DATA.resolve("article-extraction-benchmark"));
    assertEquals(91, docs.size());
    for (GoldDocument d : docs) {
      assertFalse(d.body().isBlank(), d.id());
      assertFalse(d.article().text().isBlank(), d.id());
    }
  }

  @Test
  void seedGoldFindsTextsBesideTheGoldFolderAndLocatesEveryEvent() throws IOException {
    Path gold = Path.of("corpus/gold/seeds.jsonl");
    assertEquals(Path.of("corpus/articles").toAbsolutePath(), SeedGoldReader.defaultTexts(gold));
    List<GoldDocument> docs = new SeedGoldReader(null).read(gold);
    assertEquals(5, docs.size());
    assertEquals(LocalDate.of(2019, 11, 22), docs.get(0).article().documentDate());
    assertEquals(106, docs.stream().mapToInt(d -> d.events().size()).sum());
    for (GoldDocument d : docs) {
      spansMatchText(d, d.timexes(), d.timexes().stream().map(GoldTimex::text).toList());
      for (GoldEvent e : d.events()) {
        assertTrue(e.located(), () -> d.id() + ": " + e.predicate());
        assertEquals(e.predicate().replaceAll("\\s+", " "),
            d.article().text().substring(e.start(), e.end()).replaceAll("\\s+", " "));
      }
    }
  }
}
