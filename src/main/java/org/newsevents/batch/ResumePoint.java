package org.newsevents.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an interrupted run stopped: the ids of the complete lines already in its output. A line
 * cut short by a kill is removed, so that appending the rest gives the uninterrupted run's file.
 */
public final class ResumePoint {
  private ResumePoint() {}

  /** Truncates a trailing partial line and returns the ids of the complete records, in order. */
  public static List<String> recover(Path output) throws IOException {
    List<String> ids = new ArrayList<>();
    if (!Files.exists(output)) {
      return ids;
    }
    long keep = 0;
    try (RandomAccessFile file = new RandomAccessFile(output.toFile(), "rw")) {
      long length = file.length();
      long pos = length - 1;
      byte[] one = new byte[1];
      while (pos >= 0) {
        file.seek(pos);
        file.readFully(one);
        if (one[0] == '\n') {
          break;
        }
        pos--;
      }
      keep = pos + 1;
      if (keep < length) {
        file.setLength(keep);
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        ids.add(mapper.readTree(line).path("id").asText());
      }
    }
    return ids;
  }
}
