package org.newsevents.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines before decoding, so that one mis-encoded or oversized line of a
 * dump costs that line alone.
 */
final class ByteLines {
  /** A line longer than this is skipped unread and reported. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  private final InputStream in;
  private boolean eof;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its terminator, {@code null} at the end; an oversized line comes back as {@link #TOO_LONG}. */
  byte[] next() throws IOException {
    if (eof) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        return finish(line, tooLong);
      }
      if (!tooLong) {
        line.write(b);
        if (line.size() > MAX_LINE_BYTES) {
          tooLong = true;
          line.reset();
        }
      }
    }
    eof = true;
    if (line.size() == 0 && !tooLong) {
      return null;
    }
    return finish(line, tooLong);
  }

  static final byte[] TOO_LONG = new byte[0];

  private static byte[] finish(ByteArrayOutputStream line, boolean tooLong) {
    if (tooLong) {
      return TOO_LONG;
    }
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      return java.util.Arrays.copyOf(bytes, n - 1);
    }
    return bytes;
  }
}
