package org.newsevents.scratch;

import java.nio.file.*;
import java.time.LocalDate;
import org.newsevents.model.*;
import org.newsevents.pipeline.*;
import org.newsevents.output.ArticleJson;

public class Explore {
  public static void main(String[] args) throws Exception {
    long t0 = System.currentTimeMillis();
    Pipeline p = Pipelines.standard();
    for (String a : args) {
      Path path = Path.of(a);
      String text = Files.readString(path);
      String id = path.getFileName().toString().replace(".txt", "");
      Article art = new Article(id, null, null, text, LocalDate.parse("2019-11-22"), a);
      AnalyzedArticle r = p.run(art);
      System.out.println(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ArticleJson.toJson(r)));
    }
    System.err.println("ms " + (System.currentTimeMillis() - t0));
  }
}
