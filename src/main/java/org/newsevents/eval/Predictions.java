package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** Where the records to score come from: a live pipeline run, a baseline, or a saved output file. */
public interface Predictions {
  /** A short description for the report ("pipeline", "stock-sutime", "predictions FILE"). */
  String label();

  /** The newsevents/1 record for a gold document (an error record when it failed), or null when there is none. */
  JsonNode predict(GoldDocument gold);
}
