package org.newsevents.time.dev;

import java.time.LocalDate;
import java.util.List;

/** One development document: its text, its document date and the gold TIMEX3 spans. */
record GoldTimexDoc(String id, String text, LocalDate date, List<GoldSpan> gold) {
  record GoldSpan(int start, int end, String text, String type, String value) {}
}
