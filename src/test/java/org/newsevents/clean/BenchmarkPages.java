package org.newsevents.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The article-extraction benchmark pages read from the shared dev data: html, url and gold body. */
record BenchmarkPages(List<Page> pages) {
  static final Path ROOT = Path.of("../shared/datasets/article-extraction-benchmark");

  record Page(String id, String url, String html, String body) {}

  static boolean available() {
    return Files.isRegularFile(ROOT.resolve("ground-truth.json"));
  }

  static BenchmarkPages load() {
    try {
      JsonNode truth = new ObjectMapper().readTree(ROOT.resolve("ground-truth.json").toFile());
      List<Page> pages = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Path html = ROOT.resolve("html").resolve(e.getKey() + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
          pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null),
              new String(in.readAllBytes(), StandardCharsets.UTF_8), e.getValue().path("articleBody").asText()));
        }
      }
      pages.sort((a, b) -> a.id().compareTo(b.id()));
      return new BenchmarkPages(pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
