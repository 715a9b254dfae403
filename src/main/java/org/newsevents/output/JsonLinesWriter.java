package org.newsevents.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes one JSON record per line, flushed per record, so a long run holds nothing back in memory. */
public final class JsonLinesWriter implements AutoCloseable {
  private final Writer out;
  private final ObjectWriter json = ArticleJson.mapper().writer();

  public JsonLinesWriter(OutputStream stream) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  public void write(JsonNode record) throws IOException {
    out.write(json.writeValueAsString(record));
    out.write('\n');
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
