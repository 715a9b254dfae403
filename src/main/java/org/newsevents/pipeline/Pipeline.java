package org.newsevents.pipeline;

import java.util.List;
import org.newsevents.clean.Cleaner;
import org.newsevents.entities.EntityRecognizer;
import org.newsevents.events.EventExtractor;
import org.newsevents.language.LanguageCheck;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Article;
import org.newsevents.model.CleanedText;
import org.newsevents.model.DocumentDate;
import org.newsevents.model.Entity;
import org.newsevents.model.EventTriple;
import org.newsevents.model.ParsedText;
import org.newsevents.model.StageException;
import org.newsevents.model.Timex;
import org.newsevents.nlp.Parser;
import org.newsevents.time.DocumentDateResolver;
import org.newsevents.time.TimexResolver;

/**
 * The stage list, composed in one place: clean, language, parse, entities, time, events. Each stage reads
 * the layers before it and adds its own; a failure is reported with the name of its stage.
 */
public final class Pipeline {
  private final Cleaner cleaner;
  private final LanguageCheck language;
  private final Parser parser;
  private final DocumentDateResolver dateResolver;
  private final EntityRecognizer entities;
  private final TimexResolver time;
  private final EventExtractor events;

  public Pipeline(Cleaner cleaner, LanguageCheck language, Parser parser, DocumentDateResolver dateResolver, EntityRecognizer entities,
                  TimexResolver time, EventExtractor events) {
    this.cleaner = cleaner;
    this.language = language;
    this.parser = parser;
    this.dateResolver = dateResolver;
    this.entities = entities;
    this.time = time;
    this.events = events;
  }

  /** Cleaning and the document date only: the later layers stay empty and CoreNLP is never loaded. */
  static Pipeline cleaningOnly(Cleaner cleaner, DocumentDateResolver dateResolver) {
    return new Pipeline(cleaner, null, null, dateResolver, null, null, null);
  }

  /** The same loaded stages with another cleaner (one that learned this batch's template lines). */
  public Pipeline withCleaner(Cleaner batchCleaner) {
    return new Pipeline(batchCleaner, language, parser, dateResolver, entities, time, events);
  }

  public AnalyzedArticle run(Article article) {
    CleanedText cleaned = stage("clean", () -> cleaner.clean(article));
    DocumentDate date = stage("time", () -> dateResolver.resolve(article, cleaned));
    if (parser == null) {
      return new AnalyzedArticle(article, date, "und", cleaned, List.of(), List.of(), List.of());
    }
    String lang = stage("language", () -> language.requireEnglish(cleaned.kept()));
    ParsedText parsed = stage("nlp", () -> parser.parse(cleaned.masked(), date.value()));
    List<Entity> found = stage("entities", () -> entities.entities(parsed));
    List<Timex> timexes = stage("time", () -> time.resolve(parsed, date));
    List<EventTriple> triples = stage("events", () -> events.events(parsed, found, timexes));
    return new AnalyzedArticle(article, date, lang, cleaned, found, timexes, triples);
  }

  private static <T> T stage(String name, java.util.function.Supplier<T> work) {
    long since = StageClock.now();
    try {
      T out = work.get();
      StageClock.add(name, since);
      return out;
    } catch (StageException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new StageException(name, message, e);
    }
  }
}
