package org.newsevents.db;

import java.util.List;

/** The example queries of the README, with the rows they give on the bundled corpus's output. */
final class ReadmeQueries {
  record Example(String title, String sql, List<List<String>> rows) {}

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
          List.of(List.of("DISAPPROVE", "1"), List.of("OTHER", "3"))),
      new Example("The same events, one by one", """
          SELECT e.doc_id, e.event_id, e.subject_text, e.predicate_text, e.object_text, e.type
          FROM events e JOIN documents d ON d.id = e.doc_id
          WHERE ((e.subject_key = 'russia' AND e.object_key = 'serbia')
              OR (e.subject_key = 'serbia' AND e.object_key = 'russia'))
            AND COALESCE(e.date_from, d.document_date) >= '2025-05-01'
            AND COALESCE(e.date_to, d.document_date) <= '2025-05-31'
          ORDER BY e.doc_id, e.start_offset""",
          List.of(
              List.of("003_0cee1a8a8a4acb49", "v21", "Serbia", "has tried",
                  "to navigate a delicate balance between its traditional alliance with Russia", "OTHER"),
              List.of("003_0cee1a8a8a4acb49", "v22", "Serbia", "navigate",
                  "a delicate balance between its traditional alliance with Russia", "OTHER"),
              List.of("003_0cee1a8a8a4acb49", "v24", "Serbia", "has publicly denounced", "Russia's invasion of Ukraine",
                  "DISAPPROVE"),
              List.of("003_0cee1a8a8a4acb49", "v40", "The intensifying war-and-conflicts between Russia and Ukraine, "
                  + "with thelatest accusations from Moscow's foreign intelligence agency", "has led",
                  "to a joint investigation with Serbia", "OTHER"))),
      new Example("The entities most mentioned across articles", """
          SELECT n.key, n.type, COUNT(DISTINCT m.doc_id) AS documents, COUNT(*) AS mentions
          FROM entities n
          JOIN document_entities de ON de.key = n.key AND de.type = n.type
          JOIN entity_mentions m ON m.doc_id = de.doc_id AND m.entity_id = de.entity_id
          GROUP BY n.key, n.type
          ORDER BY mentions DESC, n.key
          LIMIT 5""",
          List.of(List.of("russia", "LOCATION", "5", "51"), List.of("russian", "NATIONALITY", "5", "47"),
              List.of("serbia", "LOCATION", "5", "37"), List.of("serbian", "NATIONALITY", "4", "37"),
              List.of("moscow", "LOCATION", "5", "25"))),
      new Example("What Aleksandar Vucic is reported to have said, other than OTHER events", """
          SELECT e.doc_id, e.event_id, e.type, e.predicate_lemma, e.object_text
          FROM events e
          WHERE e.reported_by_key = 'aleksandar vucic' AND e.type <> 'OTHER'
          ORDER BY e.doc_id, e.start_offset""",
          List.of(
              List.of("000_67f3409273c89135", "v63", "COOPERATE", "join",
                  "NATO nor the Russian-controlled Collective Security Treaty Organization"),
              List.of("003_0cee1a8a8a4acb49", "v16", "COOPERATE", "establish", "a working group"),
              List.of("003_0cee1a8a8a4acb49", "v17", "INVESTIGATE", "investigate", "the claims"),
              List.of("003_0cee1a8a8a4acb49", "v20", "CONSULT", "discuss", "the issue"))),
      new Example("Events dated within December 2021, by type", """
          SELECT type, COUNT(*) AS events
          FROM events
          WHERE date_from >= '2021-12-01' AND date_to <= '2021-12-31'
          GROUP BY type
          ORDER BY events DESC, type""",
          List.of(List.of("OTHER", "17"), List.of("AID", "1"), List.of("ASSAULT", "1"), List.of("DEMAND", "1"))),
      new Example("Who acts on Serbia", """
          SELECT subject_key, type, COUNT(*) AS events
          FROM events
          WHERE object_key = 'serbia' AND subject_key IS NOT NULL
          GROUP BY subject_key, type
          ORDER BY subject_key, type""",
          List.of(List.of("aleksandar vucic", "OTHER", "1"), List.of("foreign intelligence service", "DISAPPROVE", "1"),
              List.of("kremlin", "OTHER", "1"), List.of("moscow", "OTHER", "1"), List.of("russia", "OTHER", "1"),
              List.of("russian", "DISAPPROVE", "1"), List.of("russians", "OTHER", "1"))));

  private ReadmeQueries() {}
}
