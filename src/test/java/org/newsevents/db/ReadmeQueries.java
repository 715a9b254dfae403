package org.newsevents.db;

import java.util.List;

/** The example queries of the README, with the rows they give on the bundled corpus's output. */
final class ReadmeQueries {
  record Example(String title, String sql, List<List<String>> rows) {}

  private static final String SPY_STORY = "000_67f3409273c89135";
  private static final String WORKING_GROUP = "003_0cee1a8a8a4acb49";

  static final List<Example> EXAMPLES = List.of(
      new Example("Events between Russia and Serbia in May 2025, by type", """
          SELECT e.type, COUNT(*) AS events
          FROM events e JOIN documents d ON d.id = e.doc_id
          WHERE ((e.subject_key = 'russia' AND e.object_key = 'serbia')
              OR (e.subject_key = 'serbia' AND e.object_key = 'russia'))
            AND COALESCE(e.date_from, d.document_date) >= '2025-05-01'
            AND COALESCE(e.date_to, d.document_date) <= '2025-05-31'
          GROUP BY e.type
          ORDER BY e.type""",
          List.of(List.of("DISAPPROVE", "1"), List.of("OTHER", "1"))),
      new Example("The same events, one by one", """
          SELECT e.doc_id, e.event_id, e.subject_text, e.predicate_text, e.object_text, e.type
          FROM events e JOIN documents d ON d.id = e.doc_id
          WHERE ((e.subject_key = 'russia' AND e.object_key = 'serbia')
              OR (e.subject_key = 'serbia' AND e.object_key = 'russia'))
            AND COALESCE(e.date_from, d.document_date) >= '2025-05-01'
            AND COALESCE(e.date_to, d.document_date) <= '2025-05-31'
          ORDER BY e.doc_id, e.start_offset""",
          List.of(
              List.of(WORKING_GROUP, "v19", "Serbia", "navigate",
                  "a delicate balance between its traditional alliance with Russia", "OTHER"),
              List.of(WORKING_GROUP, "v21", "Serbia", "has publicly denounced", "Russia's invasion of Ukraine",
                  "DISAPPROVE"))),
      new Example("The entities most mentioned across articles", """
          SELECT n.key, n.type, COUNT(DISTINCT m.doc_id) AS documents, COUNT(*) AS mentions
          FROM entities n
          JOIN document_entities de ON de.key = n.key AND de.type = n.type
          JOIN entity_mentions m ON m.doc_id = de.doc_id AND m.entity_id = de.entity_id
          GROUP BY n.key, n.type
          ORDER BY mentions DESC, n.key
          LIMIT 5""",
          List.of(List.of("russian", "NATIONALITY", "5", "45"), List.of("russia", "LOCATION", "5", "42"),
              List.of("serbian", "NATIONALITY", "4", "36"), List.of("serbia", "LOCATION", "5", "35"),
              List.of("aleksandar vucic", "PERSON", "4", "17"))),
      new Example("What Aleksandar Vucic is reported to have said, OTHER events left out", """
          SELECT e.doc_id, e.event_id, e.type, e.predicate_lemma, e.object_text
          FROM events e
          WHERE e.reported_by_key = 'aleksandar vucic' AND e.type <> 'OTHER'
          ORDER BY e.doc_id, e.start_offset""",
          List.of(
              List.of(SPY_STORY, "v8", "CONSULT", "take place", "the meeting"),
              List.of(SPY_STORY, "v18", "INVESTIGATE", "have", "evidence concerning other Russian spies"),
              List.of(SPY_STORY, "v34", "COOPERATE", "join",
                  "NATO nor the Russian-controlled Collective Security Treaty Organization"),
              List.of(WORKING_GROUP, "v14", "COOPERATE", "establish", "a working group"),
              List.of(WORKING_GROUP, "v18", "CONSULT", "discuss", "the issue"))),
      new Example("Events dated within May 2021, by type", """
          SELECT type, COUNT(*) AS events
          FROM events
          WHERE date_from >= '2021-05-01' AND date_to <= '2021-05-31'
          GROUP BY type
          ORDER BY events DESC, type""",
          List.of(List.of("CONSULT", "3"), List.of("COERCE", "1"), List.of("OTHER", "1"), List.of("SUPPORT", "1"))),
      new Example("Who acts on Serbia", """
          SELECT subject_key, type, COUNT(*) AS events
          FROM events
          WHERE object_key = 'serbia' AND subject_key IS NOT NULL
          GROUP BY subject_key, type
          ORDER BY subject_key, type""",
          List.of(List.of("foreign intelligence service", "DISAPPROVE", "1"), List.of("kremlin", "OTHER", "1"),
              List.of("russian", "DISAPPROVE", "1"), List.of("russians", "OTHER", "1"))));

  private ReadmeQueries() {}
}
