package org.newsevents.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The evaluation for machines ({@code --json}): the same numbers as the table, with the raw counts. */
public final class ReportJson {
  private ReportJson() {}

  public static ObjectNode toJson(String gold, String format, List<EvaluationRun> runs) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("gold", gold).put("format", format);
    ArrayNode rs = root.putArray("runs");
    for (EvaluationRun run : runs) {
      ObjectNode r = rs.addObject();
      r.put("label", run.label()).put("predictions", run.predictions()).put("documents", run.documents())
          .put("failed", run.failed()).put("missing", run.missing());
      ObjectNode stages = r.putObject("stages");
      for (StageReport s : run.stages()) {
        ObjectNode st = stages.putObject(s.title());
        st.put("documents", s.documents());
        ObjectNode rows = st.putObject("scores");
        for (StageReport.Row row : s.rows()) {
          PrecisionRecall c = row.counts();
          rows.putObject(row.label()).put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1())
              .put("matchedPredicted", c.matchedPredicted()).put("predicted", c.predicted())
              .put("matchedGold", c.matchedGold()).put("gold", c.gold());
        }
        ObjectNode figures = st.putObject("figures");
        for (StageReport.Figure f : s.figures()) {
          figures.putObject(f.label()).put("value", f.value()).put("detail", f.detail());
        }
        ArrayNode worst = st.putArray("worst");
        for (Miss m : s.worst()) {
          worst.addObject().put("kind", m.kind()).put("document", m.document()).put("text", m.text())
              .put("weight", m.weight());
        }
      }
    }
    return root;
  }
}
