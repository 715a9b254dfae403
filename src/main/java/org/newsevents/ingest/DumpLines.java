package org.newsevents.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;
import org.newsevents.html.HtmlFlattener;
import org.newsevents.model.Article;

/**
 * The articles of a JSON-lines dump, read a line at a time: {@code {"id", "text" | "html",
 * "documentDate"?, "url"?, "title"?}}. A bad line becomes a failure and the next line is read; a
 * broken stream ends the dump with one failure saying where it broke. The stream is closed at the end.
 */
final class DumpLines implements Iterator<Ingested> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final InputStream in;
  private final ByteLines lines;
  private final String origin;
  private int lineNumber;
  private boolean finished;
  private Ingested next;

  DumpLines(InputStream in, String origin) {
    this.in = in;
    this.lines = new ByteLines(in);
    this.origin = origin;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = read();
      if (next == null) {
        finish();
      }
    }
    return next != null;
  }

  @Override
  public Ingested next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Ingested out = next;
    next = null;
    return out;
  }

  private Ingested read() {
    while (true) {
      byte[] line;
      try {
        line = lines.next();
      } catch (IOException e) {
        finish();
        return new Ingested.Failed(origin + ":" + (lineNumber + 1), origin, describe(e) + " after line " + lineNumber);
      }
      if (line == null) {
        return null;
      }
      lineNumber++;
      String where = origin + ":" + lineNumber;
      if (line == ByteLines.TOO_LONG) {
        return new Ingested.Failed(where, where, "line longer than " + ByteLines.MAX_LINE_BYTES + " bytes");
      }
      if (!isBlank(line)) {
        return record(line, where);
      }
    }
  }

  private static Ingested record(byte[] line, String where) {
    String id = where;
    try {
      JsonNode node = MAPPER.readTree(TextDecoding.decode(line));
      if (node == null || !node.isObject()) {
        throw new UnreadableDocument("not a JSON object");
      }
      String declared = Sidecar.text(node.get("id"));
      if (declared != null && !declared.isBlank()) {
        id = declared;
      }
      String text = Sidecar.text(node.get("text"));
      String html = Sidecar.text(node.get("html"));
      if (text == null && html != null) {
        text = HtmlFlattener.flatten(html);
      } else {
        html = null;
      }
      if (text == null) {
        throw new UnreadableDocument("JSON line has neither \"text\" nor \"html\"");
      }
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      ArticleChecks.check(text);
      return new Ingested.Ok(new Article(id, Sidecar.text(node.get("url")), Sidecar.text(node.get("title")), text,
          Sidecar.date(node.path("documentDate")), where, html));
    } catch (UnreadableDocument e) {
      return new Ingested.Failed(id, where, e.getMessage());
    } catch (JsonProcessingException e) {
      return new Ingested.Failed(id, where, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  void close() {
    if (!finished) {
      finish();
    }
  }

  private void finish() {
    finished = true;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String describe(IOException e) {
    if (e instanceof EOFException) {
      return "truncated gzip stream: unexpected end of file";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
