package org.newsevents.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import org.newsevents.html.HtmlFlattener;
import org.newsevents.model.Article;

/**
 * The documents of one file, whatever holds its bytes (local disk, or a cluster file system under
 * Spark): one article for a text or HTML file, one per line for a dump; failures as records.
 */
public final class FileDocuments {
  private FileDocuments() {}

  /**
   * @param fileName the file's name (its extensions tell the format)
   * @param origin   where it is, for ids of dump lines and for error messages
   * @param raw      the file's bytes as stored (gzip is undone here); closed when the documents are read
   * @param sidecar  the bytes of its {@code NAME.meta.json}, or null
   */
  public static Iterator<Ingested> read(String fileName, String origin, InputStream raw, byte[] sidecar) {
    String id = InputKind.stem(fileName);
    InputKind kind = InputKind.of(fileName);
    try {
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      if (InputKind.isGzip(fileName)) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      if (kind == InputKind.JSONL) {
        return new DumpLines(in, origin);
      }
      byte[] bytes;
      try (InputStream whole = in) {
        bytes = whole.readAllBytes();
      }
      String text = TextDecoding.decode(bytes);
      String html = null;
      if (kind == InputKind.HTML) {
        html = text;
        text = HtmlFlattener.flatten(html);
      }
      ArticleChecks.check(text);
      Sidecar meta = sidecar == null ? Sidecar.none() : Sidecar.parse(sidecar, id);
      return single(new Ingested.Ok(
          new Article(id, meta.url(), meta.title(), text, meta.documentDate(), origin, html)));
    } catch (UnreadableDocument e) {
      return single(new Ingested.Failed(id, origin, e.getMessage()));
    } catch (IOException e) {
      return single(new Ingested.Failed(id, origin, DumpLines.describe(e)));
    }
  }

  private static Iterator<Ingested> single(Ingested item) {
    return Collections.singletonList(item).iterator();
  }
}
