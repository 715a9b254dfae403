package org.newsevents.eval;

import java.util.List;
import java.util.Set;
import org.newsevents.model.Article;
import org.newsevents.model.Span;
import org.newsevents.pipeline.PipelineOptions;

/**
 * One gold document: the article the pipeline reads (its own text and publication date), how the
 * pipeline should read it, and the annotation layers the format has.
 *
 * @param stages          the stages this gold covers; the others are not scored on it
 * @param body            the story text, for boilerplate scoring, or null
 * @param boilerplateLines the gold boilerplate lines, or null when the gold does not list lines
 * @param names           named-entity mentions with CoNLL labels (PER, ORG, LOC, MISC)
 * @param entities        gold entities with all their mentions, for entity grouping
 * @param eventAttributes the gold events carry a type and a date
 * @param scored          the only regions scored (MEANTIME's annotated sentences), or null for all text
 * @param speechActs      the gold annotates verbs of saying as events of their own (MEANTIME), so a
 *                        predicted event's reporting verb is scored as a speech-act triple too
 */
public record GoldDocument(Article article, PipelineOptions options, Set<Stage> stages, String body,
                           List<Region> boilerplateLines, List<GoldSpan> names, List<GoldEntity> entities,
                           List<GoldTimex> timexes, List<GoldEvent> events, boolean eventAttributes,
                           List<Region> scored, boolean speechActs) {
  /** A gold that folds verbs of saying into what they report, as this project's schema does. */
  public GoldDocument(Article article, PipelineOptions options, Set<Stage> stages, String body,
                      List<Region> boilerplateLines, List<GoldSpan> names, List<GoldEntity> entities,
                      List<GoldTimex> timexes, List<GoldEvent> events, boolean eventAttributes,
                      List<Region> scored) {
    this(article, options, stages, body, boilerplateLines, names, entities, timexes, events, eventAttributes, scored,
        false);
  }

  public GoldDocument {
    stages = Set.copyOf(stages);
    names = List.copyOf(names);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
  }

  public String id() {
    return article.id();
  }

  public boolean covers(Stage stage) {
    return stages.contains(stage);
  }

  /** Whether a predicted span falls where this gold was annotated. */
  public boolean inScope(Span span) {
    if (scored == null) {
      return true;
    }
    for (Region r : scored) {
      if (r.contains(span)) {
        return true;
      }
    }
    return false;
  }
}
