package org.newsevents.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Metadata for a text file, from {@code NAME.meta.json} beside {@code NAME.txt}:
 * {@code {"documentDate": "YYYY-MM-DD", "url": ..., "title": ...}}, every field optional.
 */
record Sidecar(LocalDate documentDate, String url, String title) {
  static final String SUFFIX = ".meta.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Sidecar none() {
    return new Sidecar(null, null, null);
  }

  /** The bytes of the sidecar beside a text file, or null when it has none. */
  static byte[] bytesBeside(Path textFile) throws IOException {
    Path meta = textFile.resolveSibling(InputKind.stem(textFile.getFileName().toString()) + SUFFIX);
    return Files.isRegularFile(meta) ? Files.readAllBytes(meta) : null;
  }

  static Sidecar parse(byte[] json, String stem) throws UnreadableDocument {
    try {
      JsonNode node = MAPPER.readTree(json);
      return new Sidecar(date(node.path("documentDate")), text(node.path("url")), text(node.path("title")));
    } catch (IOException e) {
      throw new UnreadableDocument("unreadable metadata sidecar " + stem + SUFFIX + ": " + e.getMessage());
    }
  }

  static LocalDate date(JsonNode node) throws UnreadableDocument {
    String value = text(node);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new UnreadableDocument("documentDate is not a YYYY-MM-DD date: " + value);
    }
  }

  static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }
}
