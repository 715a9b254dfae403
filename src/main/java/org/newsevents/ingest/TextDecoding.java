package org.newsevents.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to source text: UTF-8 by default, UTF-16 when a byte-order mark says so, the BOM removed.
 * Bytes that are not text are refused with a reason rather than decoded into garbage.
 */
final class TextDecoding {
  private TextDecoding() {}

  static String decode(byte[] bytes) throws UnreadableDocument {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    String text;
    try {
      text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocument(looksBinary(bytes)
          ? "binary data, not text"
          : "not valid " + charset.name() + " text (mis-encoded input?)");
    }
    if (text.indexOf('\0') >= 0) {
      throw new UnreadableDocument("binary data, not text (contains NUL characters)");
    }
    return text;
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20)) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }
}
