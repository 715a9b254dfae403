package org.newsevents.db;

import static org.newsevents.db.Column.bool;
import static org.newsevents.db.Column.date;
import static org.newsevents.db.Column.integer;
import static org.newsevents.db.Column.text;

import java.util.List;

/** The columns the loader fills in each table of {@code db/schema.sql}, and the order tables are written in. */
final class Tables {
  static final Table ENTITIES = new Table("entities",
      List.of(text("key"), text("type"), text("name")), List.of("key", "type"), null);

  static final Table DOCUMENTS = new Table("documents",
      List.of(text("id"), text("record_sha256"), text("url"), text("title"), text("language"),
          date("document_date"), text("document_date_source"), text("text")),
      List.of("id"), "id");

  static final Table ERRORS = new Table("errors",
      List.of(text("doc_id"), text("record_sha256"), text("stage"), text("message")),
      List.of("doc_id"), "doc_id");

  static final Table BOILERPLATE_SPANS = new Table("boilerplate_spans",
      List.of(text("doc_id"), integer("start_offset"), integer("end_offset"), text("reason")),
      List.of("doc_id", "start_offset"), "doc_id");

  static final Table DOCUMENT_ENTITIES = new Table("document_entities",
      List.of(text("doc_id"), text("entity_id"), text("key"), text("type"), text("subtype"), text("name"),
          text("title"), text("country")),
      List.of("doc_id", "entity_id"), "doc_id");

  static final Table ENTITY_MENTIONS = new Table("entity_mentions",
      List.of(text("doc_id"), text("entity_id"), integer("start_offset"), integer("end_offset"), text("text")),
      List.of("doc_id", "entity_id", "start_offset"), "doc_id");

  static final Table TIMEXES = new Table("timexes",
      List.of(text("doc_id"), text("timex_id"), integer("start_offset"), integer("end_offset"), text("text"),
          text("type"), text("value"), bool("invalid"), date("date_from"), date("date_to")),
      List.of("doc_id", "timex_id"), "doc_id");

  static final Table EVENTS = new Table("events",
      List.of(text("doc_id"), text("event_id"), integer("start_offset"), integer("end_offset"), text("sentence"),
          text("type"),
          text("subject_text"), integer("subject_start"), integer("subject_end"), text("subject_entity"),
          text("subject_key"), text("subject_type"),
          text("predicate_text"), text("predicate_lemma"), integer("predicate_start"), integer("predicate_end"),
          text("object_text"), integer("object_start"), integer("object_end"), text("object_entity"),
          text("object_key"), text("object_type"),
          text("date_value"), text("date_timex"), date("date_from"), date("date_to"), bool("negated"),
          text("reported_by_text"), text("reported_by_entity"), text("reported_by_key"), text("reported_by_type"),
          text("location_text"), integer("location_start"), integer("location_end"), text("location_entity"),
          text("location_key"), text("location_type"), text("modality")),
      List.of("doc_id", "event_id"), "doc_id");

  /** Parents before children, so every foreign key finds its row. */
  static final List<Table> INSERT_ORDER = List.of(ENTITIES, DOCUMENTS, ERRORS, BOILERPLATE_SPANS, DOCUMENT_ENTITIES,
      ENTITY_MENTIONS, TIMEXES, EVENTS);

  /** Children before parents; the shared catalogue is pruned separately. */
  static final List<Table> DELETE_ORDER = List.of(EVENTS, TIMEXES, ENTITY_MENTIONS, DOCUMENT_ENTITIES,
      BOILERPLATE_SPANS, ERRORS, DOCUMENTS);

  private Tables() {}
}
