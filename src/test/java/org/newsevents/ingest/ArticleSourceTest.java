package org.newsevents.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.model.Article;

class ArticleSourceTest {
  static final Path BAD = Path.of("src/test/resources/bad-input");
  static final Path SEEDS = Path.of("corpus/articles");

  static List<Ingested> read(String... inputs) throws IOException {
    return read(new ByteArrayInputStream(new byte[0]), inputs);
  }

  static List<Ingested> read(InputStream stdin, String... inputs) throws IOException {
    List<Ingested> out = new ArrayList<>();
    try (ArticleSource source = ArticleSource.open(List.of(inputs), stdin)) {
      source.forEachRemaining(out::add);
    }
    return out;
  }

  static Article ok(Ingested item) {
    return assertInstanceOf(Ingested.Ok.class, item, () -> "expected an article, got " + item).article();
  }

  static String failure(Ingested item) {
    return assertInstanceOf(Ingested.Failed.class, item, () -> "expected a failure, got " + item).message();
  }

  @Test
  void seedFolderGivesFiveArticlesWithSidecarDates() throws IOException {
    List<Ingested> items = read(SEEDS.toString());
    assertEquals(5, items.size());
    Article first = ok(items.get(0));
    assertEquals("000_67f3409273c89135", first.id());
    assertEquals(LocalDate.of(2019, 11, 22), first.documentDate());
    assertTrue(first.url().contains("themoscowtimes.com"));
    assertTrue(first.text().startsWith("Enjoying ad-free content?\n"));
    assertEquals(Files.readString(SEEDS.resolve("000_67f3409273c89135.txt")), first.text());
    assertEquals(LocalDate.of(2025, 3, 5), ok(items.get(4)).documentDate());
  }

  @Test
  void emptyAndBlankFilesAreRefused() throws IOException {
    assertTrue(failure(read(BAD.resolve("empty.txt").toString()).get(0)).startsWith("empty document"));
    assertTrue(failure(read(BAD.resolve("whitespace-only.txt").toString()).get(0)).startsWith("empty document"));
  }

  @Test
  void binaryAndMisencodedFilesAreRefusedWithTheirReason() throws IOException {
    assertEquals("binary data, not text", failure(read(BAD.resolve("binary.txt").toString()).get(0)));
    assertEquals("not valid UTF-8 text (mis-encoded input?)",
        failure(read(BAD.resolve("invalid-utf8.txt").toString()).get(0)));
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedAndTheMarkDropped() throws IOException {
    Article a = ok(read(BAD.resolve("utf16-bom.txt").toString()).get(0));
    assertTrue(a.text().startsWith("Serbia’s President Aleksandar Vučić met Putin"), a.text());
  }

  @Test
  void malformedJsonLinesEachGiveOneFailureAndTheGoodLinesStillCome() throws IOException {
    List<Ingested> items = read(BAD.resolve("malformed-lines.jsonl").toString());
    assertEquals(4, items.size());
    Article good = ok(items.get(0));
    assertEquals("good-1", good.id());
    assertEquals(LocalDate.of(2025, 5, 30), good.documentDate());
    assertTrue(failure(items.get(1)).startsWith("malformed JSON"));
    assertEquals("no-text-1", items.get(2).id());
    assertEquals("JSON line has neither \"text\" nor \"html\"", failure(items.get(2)));
    Article html = ok(items.get(3));
    assertEquals("T\nBelgrade hosted talks on Monday.\nRead more", html.text());
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheBreakAndReportsIt() throws IOException {
    List<Ingested> items = read(BAD.resolve("truncated.jsonl.gz").toString());
    Ingested last = items.get(items.size() - 1);
    assertTrue(failure(last).startsWith("truncated gzip stream"), failure(last));
    for (Ingested item : items.subList(0, items.size() - 1)) {
      assertTrue(ok(item).id().startsWith("gz-"));
    }
  }

  @Test
  void gzipThatIsNotGzipIsRefused() throws IOException {
    assertTrue(failure(read(BAD.resolve("not-gzip.txt.gz").toString()).get(0)).startsWith("corrupt gzip data"));
  }

  @Test
  void gzippedTextAndDumpsAreRead(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("story.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(text))) {
      out.write("Vucic met Putin.\n".getBytes(StandardCharsets.UTF_8));
    }
    Path dump = dir.resolve("dump.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
      out.write("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    List<Ingested> items = read(dir.toString());
    assertEquals(List.of("a", "b", "story"), items.stream().map(Ingested::id).toList());
    assertEquals("Vucic met Putin.\n", ok(items.get(2)).text());
  }

  @Test
  void hugeDocumentIsRefusedWithoutStoppingTheRun(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-huge.txt"), "Serbia ".repeat(1_500_000));
    Files.writeString(dir.resolve("b-small.txt"), "Serbia and Russia met.");
    List<Ingested> items = read(dir.toString());
    assertTrue(failure(items.get(0)).startsWith("document too large: 10500000 characters"));
    assertEquals("Serbia and Russia met.", ok(items.get(1)).text());
  }

  @Test
  void deeplyNestedHtmlIsFlattened() throws IOException {
    Article a = ok(read(BAD.resolve("deeply-nested.html").toString()).get(0));
    assertEquals("Deep text about Serbia.", a.text());
  }

  @Test
  void standardInputIsTextOrJsonLines() throws IOException {
    byte[] text = "Belgrade, Nov 22 - Vucic spoke.".getBytes(StandardCharsets.UTF_8);
    Article plain = ok(read(new ByteArrayInputStream(text), "-").get(0));
    assertEquals("stdin", plain.id());
    byte[] dump = "{\"id\":\"x\",\"text\":\"Hello.\"}\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("x", ok(read(new ByteArrayInputStream(dump), "-").get(0)).id());
  }

  @Test
  void missingInputIsAUsageErrorNotADocumentError() {
    assertThrows(NoSuchFileException.class, () -> read("no/such/folder"));
  }
}
