package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Records from an earlier run ({@code extract} output or {@code evaluate --save-predictions}), by id. */
public final class SavedPredictions implements Predictions {
  private final Path file;
  private final Map<String, JsonNode> byId = new HashMap<>();

  public SavedPredictions(Path file) throws IOException {
    this.file = file;
    ObjectMapper mapper = new ObjectMapper();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = mapper.readTree(line);
        } catch (IOException e) {
          throw new BadGold(file + ":" + lineNo + ": malformed JSON");
        }
        if (!node.hasNonNull("id")) {
          throw new BadGold(file + ":" + lineNo + ": record without \"id\"");
        }
        byId.put(node.get("id").asText(), node);
      }
    }
  }

  @Override
  public String label() {
    return "predictions " + file;
  }

  @Override
  public JsonNode predict(GoldDocument gold) {
    return byId.get(gold.id());
  }
}
