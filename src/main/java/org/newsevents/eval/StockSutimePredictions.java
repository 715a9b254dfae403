package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsevents.model.TimexCandidate;
import org.newsevents.nlp.StockTimexBaseline;
import org.newsevents.output.ArticleJson;

/**
 * The stock CoreNLP timex baseline as newsevents/1-shaped records that carry only {@code timexes}:
 * the reference that the timex scores are checked against on TempEval-3.
 */
public final class StockSutimePredictions implements Predictions {
  public static final String NAME = "stock-sutime";
  private StockTimexBaseline baseline;

  @Override
  public String label() {
    return NAME + " (stock CoreNLP tokenize,ssplit,pos,lemma,ner)";
  }

  @Override
  public JsonNode predict(GoldDocument gold) {
    if (baseline == null) {
      baseline = new StockTimexBaseline();
    }
    List<TimexCandidate> found = baseline.timexes(gold.article().text(), gold.article().documentDate());
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.put("schema", ArticleJson.SCHEMA);
    o.put("id", gold.id());
    ObjectNode date = o.putObject("documentDate");
    date.put("value", gold.article().documentDate() == null ? null : gold.article().documentDate().toString());
    date.put("source", gold.article().documentDate() == null ? "none" : "metadata");
    ArrayNode timexes = o.putArray("timexes");
    int n = 0;
    for (TimexCandidate t : found) {
      timexes.addObject().put("id", "t" + ++n).put("start", t.start()).put("end", t.end()).put("text", t.text())
          .put("type", t.type()).put("value", t.value());
    }
    return o;
  }
}
