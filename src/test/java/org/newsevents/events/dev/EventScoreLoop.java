package org.newsevents.events.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.clean.HtmlAwareCleaner;
import org.newsevents.clean.NoCleaning;
import org.newsevents.clean.TemplateLines;
import org.newsevents.entities.CanonicalEntities;
import org.newsevents.eval.EventScorer;
import org.newsevents.eval.GoldDocument;
import org.newsevents.eval.MeantimeGoldReader;
import org.newsevents.eval.Miss;
import org.newsevents.eval.OutputRecord;
import org.newsevents.eval.PrecisionRecall;
import org.newsevents.eval.SeedGoldReader;
import org.newsevents.eval.StageReport;
import org.newsevents.events.DependencyEvents;
import org.newsevents.events.EventExtractor;
import org.newsevents.events.PloverRecords;
import org.newsevents.language.OpenNlpLanguageCheck;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;
import org.newsevents.model.DocumentDate;
import org.newsevents.model.Entity;
import org.newsevents.model.EventTriple;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Timex;
import org.newsevents.nlp.CoreNlpParser;
import org.newsevents.nlp.NlpSettings;
import org.newsevents.output.ArticleJson;
import org.newsevents.pipeline.Pipeline;
import org.newsevents.time.PublicationDate;
import org.newsevents.time.TimexNormalizer;

/**
 * Development loop over all three event sets at once. {@code cache DIR} runs the pipeline once on the
 * seed gold (cleaned), MEANTIME and the PLOVER dev records, keeping each document's analysis before the
 * events stage; {@code score DIR [OUT]} re-runs only the events stage over that cache (a few seconds)
 * and prints the seed and MEANTIME lenient-triple scores (the scorer {@code evaluate} uses) and the
 * PLOVER figures of {@code PloverDevScoreTest}; with OUT it also writes the records it scored.
 */
public final class EventScoreLoop {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final Path SEEDS = Path.of("corpus/gold/seeds.jsonl");
  private static final Path MEANTIME = Path.of("../shared/datasets/meantime");
  static final Path PLOVER = Path.of("../shared/datasets/plover/PLOVER_GSR_CAMEO.dev.json");

  /** One document's layers before the events stage. */
  public record Stored(String id, String text, String date, String dateSource, String language,
                List<BoilerplateSpan> removed, List<Entity> entities, List<Timex> timexes, ParsedText parsed) {
    static Stored of(AnalyzedArticle a, ParsedText parsed) {
      DocumentDate d = a.documentDate();
      return new Stored(a.article().id(), a.article().text(), d.known() ? d.value().toString() : null,
          d.source().name(), a.language(), a.cleaned().removed(), a.entities(), a.timexes(), parsed);
    }

    AnalyzedArticle with(List<EventTriple> events) {
      LocalDate day = date == null ? null : LocalDate.parse(date);
      return new AnalyzedArticle(new Article(id, null, null, text, day, "cache"),
          new DocumentDate(day, DocumentDate.Source.valueOf(dateSource)), language, new CleanedText(text, removed),
          entities, timexes, events);
    }
  }

  /** Captures the events stage's input instead of extracting. */
  private static final class Capture implements EventExtractor {
    ParsedText parsed;

    @Override
    public List<EventTriple> events(ParsedText p, List<Entity> entities, List<Timex> timexes) {
      parsed = p;
      return List.of();
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    if (args[0].equals("cache")) {
      cache(dir);
    } else {
      score(dir, args.length > 2 ? Path.of(args[2]) : null);
    }
  }

  private static void cache(Path dir) throws Exception {
    Files.createDirectories(dir);
    CoreNlpParser parser = new CoreNlpParser(new NlpSettings(false, true));
    OpenNlpLanguageCheck language = new OpenNlpLanguageCheck();
    Capture capture = new Capture();
    Pipeline cleaned = new Pipeline(HtmlAwareCleaner.standard(TemplateLines.none()), language, parser,
        new PublicationDate(), new CanonicalEntities(), new TimexNormalizer(), capture);
    Pipeline uncleaned = new Pipeline(new NoCleaning(), language, parser, new PublicationDate(),
        new CanonicalEntities(), new TimexNormalizer(), capture);
    for (GoldDocument g : new SeedGoldReader(null).read(SEEDS)) {
      store(dir.resolve("seeds"), cleaned, capture, g.article());
    }
    for (GoldDocument g : new MeantimeGoldReader().read(MEANTIME)) {
      store(dir.resolve("meantime"), uncleaned, capture, g.article());
    }
    for (JsonNode r : JSON.readTree(PLOVER.toFile())) {
      if (PloverRecords.scored(r)) {
        store(dir.resolve("plover"), uncleaned, capture,
            new Article(r.path("id").asText(), null, null, r.path("text").asText(), null, "plover"));
      }
    }
  }

  private static void store(Path dir, Pipeline pipeline, Capture capture, Article article) throws Exception {
    Files.createDirectories(dir);
    AnalyzedArticle a = pipeline.run(article);
    JSON.writeValue(dir.resolve(article.id() + ".json").toFile(), Stored.of(a, capture.parsed));
  }

  private static void score(Path dir, Path out) throws Exception {
    DependencyEvents extractor = new DependencyEvents();
    BufferedWriter w = out == null ? null : Files.newBufferedWriter(out);
    report("seeds", new SeedGoldReader(null).read(SEEDS), dir.resolve("seeds"), extractor, w);
    report("meantime", new MeantimeGoldReader().read(MEANTIME), dir.resolve("meantime"), extractor, w);
    PloverRecords.Score p = PloverRecords.score(JSON.readTree(PLOVER.toFile()),
        id -> events(dir.resolve("plover"), id, extractor));
    System.out.printf(Locale.ROOT, "plover: %d records, type %.3f, source %.3f, target %.3f%n", p.records(),
        p.type(), p.source(), p.target());
    if (w != null) {
      w.close();
    }
  }

  private static AnalyzedArticle events(Path dir, String id, DependencyEvents extractor) {
    try {
      Stored s = JSON.readValue(dir.resolve(id + ".json").toFile(), Stored.class);
      return s.with(extractor.events(s.parsed(), s.entities(), s.timexes()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void report(String label, List<GoldDocument> gold, Path dir, DependencyEvents extractor,
      BufferedWriter w) throws Exception {
    EventScorer scorer = new EventScorer();
    for (GoldDocument g : gold) {
      JsonNode json = ArticleJson.toJson(events(dir, g.id(), extractor));
      if (w != null) {
        w.write(ArticleJson.mapper().writeValueAsString(json));
        w.newLine();
      }
      scorer.add(g, new OutputRecord(json));
    }
    StageReport r = scorer.report(label, Integer.getInteger("errors", 0));
    PrecisionRecall c = r.rows().get(0).counts();
    List<String> figures = new ArrayList<>();
    for (StageReport.Figure f : r.figures()) {
      figures.add(String.format(Locale.ROOT, "%s %.3f (%s)", f.label(), f.value(), f.detail()));
    }
    System.out.printf(Locale.ROOT, "%s: P %.3f R %.3f F1 %.3f (%d matched, %d predicted, %d gold) %s%n", label,
        c.precision(), c.recall(), c.f1(), c.matchedGold(), c.predicted(), c.gold(), String.join("; ", figures));
    for (Miss m : r.worst()) {
      System.out.printf("   %-10s %s  [%s]%n", m.kind(), m.text().replace('\n', ' '), m.document());
    }
  }
}
