package org.newsevents.db;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Where output records go besides (or instead of) JSON-lines: one call per record, in output order. */
public interface RecordSink extends AutoCloseable {
  void accept(JsonNode record) throws IOException;

  @Override
  void close() throws IOException;
}
