package org.newsevents.db;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One newsevents/1 record as the rows it becomes, checked in full (required fields, references to the
 * document's own entities and timexes, no duplicate keys) before any row reaches the database.
 */
final class RecordRows {
  private static final String SCHEMA = "newsevents/1";

  final String id;
  final String sha256;
  final boolean error;
  final Map<Table, List<Object[]>> rows = new LinkedHashMap<>();

  private RecordRows(String id, String sha256, boolean error) {
    this.id = id;
    this.sha256 = sha256;
    this.error = error;
    for (Table t : Tables.INSERT_ORDER) {
      rows.put(t, new ArrayList<>());
    }
  }

  int events() {
    return rows.get(Tables.EVENTS).size();
  }

  static RecordRows of(JsonNode record, String sha256) throws RecordException {
    if (!record.isObject()) {
      throw new RecordException("not a JSON object");
    }
    if (!SCHEMA.equals(record.path("schema").textValue())) {
      throw new RecordException("schema is not " + SCHEMA);
    }
    String id = text(record, "id");
    RecordRows r = new RecordRows(id, sha256, record.has("error"));
    if (r.error) {
      JsonNode e = record.get("error");
      r.add(Tables.ERRORS, id, sha256, text(e, "stage"), text(e, "message"));
    } else {
      r.article(record);
    }
    r.checkKeys();
    return r;
  }

  private void article(JsonNode a) throws RecordException {
    JsonNode date = object(a, "documentDate");
    add(Tables.DOCUMENTS, id, sha256, optional(a, "url"), optional(a, "title"), text(a, "language"),
        day(optional(date, "value")), text(date, "source"), text(a, "text"));
    for (JsonNode s : array(a, "boilerplate")) {
      add(Tables.BOILERPLATE_SPANS, id, offset(s, "start"), offset(s, "end"), text(s, "reason"));
    }
    Map<String, JsonNode> entities = new HashMap<>();
    for (JsonNode e : array(a, "entities")) {
      String entityId = text(e, "id");
      entities.put(entityId, e);
      add(Tables.ENTITIES, text(e, "key"), text(e, "type"), text(e, "name"));
      add(Tables.DOCUMENT_ENTITIES, id, entityId, text(e, "key"), text(e, "type"), optional(e, "subtype"),
          text(e, "name"), optional(e, "title"), optional(e, "country"));
      for (JsonNode m : array(e, "mentions")) {
        add(Tables.ENTITY_MENTIONS, id, entityId, offset(m, "start"), offset(m, "end"), text(m, "text"));
      }
    }
    Set<String> timexes = new HashSet<>();
    for (JsonNode t : array(a, "timexes")) {
      timexes.add(text(t, "id"));
      String value = optional(t, "value");
      DayRange days = DayRange.of(value);
      add(Tables.TIMEXES, id, text(t, "id"), offset(t, "start"), offset(t, "end"), text(t, "text"), text(t, "type"),
          value, t.path("invalid").asBoolean(false), days == null ? null : days.from(),
          days == null ? null : days.to());
    }
    for (JsonNode v : array(a, "events")) {
      event(v, entities, timexes);
    }
  }

  private void event(JsonNode v, Map<String, JsonNode> entities, Set<String> timexes) throws RecordException {
    JsonNode subject = v.path("subject");
    JsonNode object = v.path("object");
    JsonNode predicate = object(v, "predicate");
    JsonNode date = v.path("date");
    JsonNode speaker = v.path("reportedBy");
    String timex = date.isObject() ? text(date, "timex") : null;
    if (timex != null && !timexes.contains(timex)) {
      throw new RecordException("event " + text(v, "id") + " is dated by timex " + timex + ", which the record lacks");
    }
    String dateValue = date.isObject() ? text(date, "value") : null;
    DayRange days = DayRange.of(dateValue);
    List<Object> row = new ArrayList<>(List.of(id, text(v, "id"), offset(v, "start"), offset(v, "end")));
    row.add(text(v, "sentence"));
    row.add(text(v, "type"));
    row.addAll(argument(subject, entities));
    row.addAll(List.of(text(predicate, "text"), text(predicate, "lemma"), offset(predicate, "start"),
        offset(predicate, "end")));
    row.addAll(argument(object, entities));
    row.add(dateValue);
    row.add(timex);
    row.add(days == null ? null : days.from());
    row.add(days == null ? null : days.to());
    JsonNode negated = v.path("negated");
    if (!negated.isBoolean()) {
      throw new RecordException("event " + text(v, "id") + " has no boolean 'negated'");
    }
    row.add(negated.booleanValue());
    row.add(speaker.isObject() ? text(speaker, "text") : null);
    row.addAll(entityRef(speaker.isObject() ? optional(speaker, "entity") : null, entities));
    // location and modality arrived in later newsevents/1 output; older files lack them.
    row.addAll(argument(v.path("location"), entities));
    row.add(optional(v, "modality"));
    add(Tables.EVENTS, row.toArray());
  }

  /** text, start, end, entity id, key, type: all null when the argument is missing. */
  private List<Object> argument(JsonNode arg, Map<String, JsonNode> entities) throws RecordException {
    List<Object> out = new ArrayList<>();
    if (!arg.isObject()) {
      out.addAll(Arrays.asList(null, null, null, null, null, null));
      return out;
    }
    out.add(text(arg, "text"));
    out.add(offset(arg, "start"));
    out.add(offset(arg, "end"));
    out.addAll(entityRef(optional(arg, "entity"), entities));
    return out;
  }

  /** entity id, key, type of a document-local reference, or three nulls. */
  private static List<Object> entityRef(String entityId, Map<String, JsonNode> entities) throws RecordException {
    if (entityId == null) {
      return Arrays.asList(null, null, null);
    }
    JsonNode e = entities.get(entityId);
    if (e == null) {
      throw new RecordException("refers to entity " + entityId + ", which the record lacks");
    }
    return Arrays.asList(entityId, text(e, "key"), text(e, "type"));
  }

  private void add(Table table, Object... values) {
    if (values.length != table.columns().size()) {
      throw new IllegalStateException(table.name() + ": " + values.length + " values for "
          + table.columns().size() + " columns");
    }
    rows.get(table).add(values);
  }

  /** Two rows with one primary key would fail the whole batch; say which record is at fault instead. */
  private void checkKeys() throws RecordException {
    for (Map.Entry<Table, List<Object[]>> e : rows.entrySet()) {
      if (e.getKey().shared()) {
        continue;
      }
      int[] positions = e.getKey().keyPositions();
      Set<List<Object>> seen = new HashSet<>();
      for (Object[] row : e.getValue()) {
        List<Object> key = new ArrayList<>();
        for (int p : positions) {
          key.add(row[p]);
        }
        if (!seen.add(key)) {
          throw new RecordException("two " + e.getKey().name() + " rows with key " + key);
        }
      }
    }
  }

  private static String text(JsonNode node, String field) throws RecordException {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new RecordException("missing text field '" + field + "'");
    }
    return v.textValue();
  }

  private static String optional(JsonNode node, String field) throws RecordException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new RecordException("field '" + field + "' is not text");
    }
    return v.textValue();
  }

  private static Integer offset(JsonNode node, String field) throws RecordException {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 0) {
      throw new RecordException("missing offset '" + field + "'");
    }
    return v.intValue();
  }

  private static JsonNode object(JsonNode node, String field) throws RecordException {
    JsonNode v = node.get(field);
    if (v == null || !v.isObject()) {
      throw new RecordException("missing object '" + field + "'");
    }
    return v;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) throws RecordException {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw new RecordException("missing array '" + field + "'");
    }
    return v;
  }

  private static LocalDate day(String value) throws RecordException {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new RecordException("documentDate '" + value + "' is not yyyy-mm-dd");
    }
  }
}
