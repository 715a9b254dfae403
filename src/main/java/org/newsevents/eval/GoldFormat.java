package org.newsevents.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The gold formats {@code evaluate} reads, by the name given to {@code --format}. */
public enum GoldFormat {
  JSONL("jsonl"), CONLL("conll"), TIMEML("timeml"), MEANTIME("meantime"), ARTICLE_BODY("article-body");

  private final String name;

  GoldFormat(String name) {
    this.name = name;
  }

  public String formatName() {
    return name;
  }

  public static GoldFormat named(String name) {
    return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst()
        .orElseThrow(() -> new BadGold("unknown format '" + name + "' (expected one of " + names() + ")"));
  }

  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(GoldFormat::formatName).toList());
  }

  /**
   * The readers for this format, one per way of reading the gold: the article-extraction benchmark
   * is read twice (the product's HTML input, and the naively flattened page).
   */
  public List<GoldReader> readers(Path texts) {
    return switch (this) {
      case JSONL -> List.of(new SeedGoldReader(texts));
      case CONLL -> List.of(new ConllGoldReader());
      case TIMEML -> List.of(new TimeMlGoldReader());
      case MEANTIME -> List.of(new MeantimeGoldReader());
      case ARTICLE_BODY -> List.of(new ArticleBodyGoldReader(new HtmlInput()),
          new ArticleBodyGoldReader(new FlattenedPage()));
    };
  }

  /** What a run is called in the report. */
  public String runLabel(GoldReader reader) {
    return reader instanceof ArticleBodyGoldReader a ? name + ", " + a.reading().label() : name;
  }
}
