-- The relational form of newsevents/1 records, shared by SQLite and PostgreSQL.
-- {date} is DATE on PostgreSQL and TEXT (ISO yyyy-mm-dd, which sorts as dates do) on SQLite.
-- Offsets are Java String (UTF-16) indices into the document's source text; end is exclusive.
-- Every row belongs to one document (doc_id) except the entities catalogue, which is shared.

CREATE TABLE IF NOT EXISTS documents (
  id                    TEXT PRIMARY KEY,
  record_sha256         TEXT NOT NULL,     -- of the JSON line: an unchanged record is skipped
  url                   TEXT,
  title                 TEXT,
  language              TEXT NOT NULL,
  document_date         {date},
  document_date_source  TEXT NOT NULL,     -- metadata | text | none
  text                  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS errors (
  doc_id         TEXT PRIMARY KEY,
  record_sha256  TEXT NOT NULL,
  stage          TEXT NOT NULL,
  message        TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS boilerplate_spans (
  doc_id        TEXT NOT NULL REFERENCES documents (id),
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  reason        TEXT NOT NULL,
  PRIMARY KEY (doc_id, start_offset)
);

-- One row per thing, across articles: the key is the folded name, and the type tells apart
-- different things that share a name (the Kremlin as a place and as the government).
CREATE TABLE IF NOT EXISTS entities (
  key   TEXT NOT NULL,
  type  TEXT NOT NULL,
  name  TEXT NOT NULL,                     -- the name as first loaded
  PRIMARY KEY (key, type)
);

-- An entity as one document names it: its document-local id and what that document says of it.
CREATE TABLE IF NOT EXISTS document_entities (
  doc_id     TEXT NOT NULL REFERENCES documents (id),
  entity_id  TEXT NOT NULL,                -- e1, e2, ... within the document
  key        TEXT NOT NULL,
  type       TEXT NOT NULL,
  subtype    TEXT,
  name       TEXT NOT NULL,
  title      TEXT,
  country    TEXT,
  PRIMARY KEY (doc_id, entity_id),
  FOREIGN KEY (key, type) REFERENCES entities (key, type)
);
CREATE INDEX IF NOT EXISTS document_entities_by_entity ON document_entities (key, type);

CREATE TABLE IF NOT EXISTS entity_mentions (
  doc_id        TEXT NOT NULL,
  entity_id     TEXT NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  text          TEXT NOT NULL,
  PRIMARY KEY (doc_id, entity_id, start_offset),
  FOREIGN KEY (doc_id, entity_id) REFERENCES document_entities (doc_id, entity_id)
);

-- date_from .. date_to (inclusive) are the calendar days a value covers: 2025-05 is May 1 to 31,
-- 2019-W47-WE that week's Saturday and Sunday; null when the value names no days (PAST_REF, P2W).
CREATE TABLE IF NOT EXISTS timexes (
  doc_id        TEXT NOT NULL REFERENCES documents (id),
  timex_id      TEXT NOT NULL,             -- t1, t2, ... within the document
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  text          TEXT NOT NULL,
  type          TEXT NOT NULL,             -- DATE | TIME | DURATION | SET
  value         TEXT,
  invalid       BOOLEAN NOT NULL,
  date_from     {date},
  date_to       {date},
  PRIMARY KEY (doc_id, timex_id)
);

-- subject_key/type, object_key/type, reported_by_key/type and location_key/type repeat what the document-local
-- entity ids lead to, so that questions about actors need no join.
CREATE TABLE IF NOT EXISTS events (
  doc_id              TEXT NOT NULL REFERENCES documents (id),
  event_id            TEXT NOT NULL,       -- v1, v2, ... within the document
  start_offset        INTEGER NOT NULL,
  end_offset          INTEGER NOT NULL,
  sentence            TEXT NOT NULL,
  type                TEXT NOT NULL,       -- a PLOVER category or OTHER
  subject_text        TEXT,
  subject_start       INTEGER,
  subject_end         INTEGER,
  subject_entity      TEXT,
  subject_key         TEXT,
  subject_type        TEXT,
  predicate_text      TEXT NOT NULL,
  predicate_lemma     TEXT NOT NULL,
  predicate_start     INTEGER NOT NULL,
  predicate_end       INTEGER NOT NULL,
  object_text         TEXT,
  object_start        INTEGER,
  object_end          INTEGER,
  object_entity       TEXT,
  object_key          TEXT,
  object_type         TEXT,
  date_value          TEXT,
  date_timex          TEXT,
  date_from           {date},
  date_to             {date},
  negated             BOOLEAN NOT NULL,
  reported_by_text    TEXT,
  reported_by_entity  TEXT,
  reported_by_key     TEXT,
  reported_by_type    TEXT,
  location_text       TEXT,
  location_start      INTEGER,
  location_end        INTEGER,
  location_entity     TEXT,
  location_key        TEXT,
  location_type       TEXT,
  modality            TEXT,                -- asserted | planned | alleged | hypothetical
  PRIMARY KEY (doc_id, event_id),
  FOREIGN KEY (doc_id, subject_entity) REFERENCES document_entities (doc_id, entity_id),
  FOREIGN KEY (doc_id, object_entity) REFERENCES document_entities (doc_id, entity_id),
  FOREIGN KEY (doc_id, reported_by_entity) REFERENCES document_entities (doc_id, entity_id),
  FOREIGN KEY (doc_id, location_entity) REFERENCES document_entities (doc_id, entity_id),
  FOREIGN KEY (doc_id, date_timex) REFERENCES timexes (doc_id, timex_id)
);
-- Who did what to whom, and when: one actor or a pair (either way round), over a date range.
CREATE INDEX IF NOT EXISTS events_by_subject ON events (subject_key, object_key, date_from);
CREATE INDEX IF NOT EXISTS events_by_object ON events (object_key, date_from);
-- All events of one type (every SANCTION) over a date range.
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, date_from);
CREATE INDEX IF NOT EXISTS events_by_date ON events (date_from);
-- What a speaker said.
CREATE INDEX IF NOT EXISTS events_by_speaker ON events (reported_by_key);
CREATE INDEX IF NOT EXISTS documents_by_date ON documents (document_date);
