package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.newsevents.pipeline.PipelineOptions;

/**
 * The article-extraction benchmark: {@code ground-truth.json} ({@code {id: {"articleBody", "url"}}})
 * beside {@code html/<id>.html.gz}. Only boilerplate is scored: the kept text against the article body.
 */
public final class ArticleBodyGoldReader implements GoldReader {
  private final PageReading reading;

  public ArticleBodyGoldReader(PageReading reading) {
    this.reading = reading;
  }

  public PageReading reading() {
    return reading;
  }

  @Override
  public List<GoldDocument> read(Path gold) throws IOException {
    Path truth = Files.isDirectory(gold) ? gold.resolve("ground-truth.json") : gold;
    if (!Files.isRegularFile(truth)) {
      throw new BadGold(gold + ": no ground-truth.json");
    }
    Path pages = truth.toAbsolutePath().getParent().resolve("html");
    JsonNode root = new ObjectMapper().readTree(truth.toFile());
    List<GoldDocument> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path page = pages.resolve(e.getKey() + ".html.gz");
      if (!Files.isRegularFile(page)) {
        page = pages.resolve(e.getKey() + ".html");
      }
      if (!Files.isRegularFile(page)) {
        throw new BadGold(page + ": page not found");
      }
      String url = e.getValue().path("url").asText(null);
      out.add(new GoldDocument(reading.read(e.getKey(), url, page), PipelineOptions.cleanOnly(),
          EnumSet.of(Stage.BOILERPLATE), e.getValue().path("articleBody").asText(""), null, List.of(), List.of(),
          List.of(), List.of(), false, null));
    }
    out.sort(java.util.Comparator.comparing(GoldDocument::id));
    return out;
  }
}
