package org.newsevents.db;

import java.util.ArrayList;
import java.util.List;

/** What a load did: records new, replaced and unchanged, events written, records rejected. */
public final class LoadStats {
  private int added;
  private int replaced;
  private int unchanged;
  private int documents;
  private int errorRecords;
  private long events;
  private final List<String> rejected = new ArrayList<>();

  void written(RecordRows r, boolean wasStored) {
    if (wasStored) {
      replaced++;
    } else {
      added++;
    }
    if (r.error) {
      errorRecords++;
    } else {
      documents++;
      events += r.events();
    }
  }

  void skipped() {
    unchanged++;
  }

  /** A record left out, with where it was and why. */
  public void rejected(String reason) {
    rejected.add(reason);
  }

  public int added() {
    return added;
  }

  public int replaced() {
    return replaced;
  }

  public int unchanged() {
    return unchanged;
  }

  /** Article records written (new or replacing an older version). */
  public int documents() {
    return documents;
  }

  public int errorRecords() {
    return errorRecords;
  }

  public long events() {
    return events;
  }

  public int rejectedCount() {
    return rejected.size();
  }

  public List<String> rejected() {
    return List.copyOf(rejected);
  }

  /** The summary line of a load, with its rate. */
  public String describe(double seconds) {
    return String.format("loaded %d documents, %d events in %.2f s (%.0f events/s); %s", documents, events, seconds,
        seconds > 0 ? events / seconds : 0.0, outcomes());
  }

  /** The summary without timing, for a run whose time is spent elsewhere (extract). */
  public String describe() {
    return String.format("loaded %d documents, %d events; %s", documents, events, outcomes());
  }

  private String outcomes() {
    return String.format("%d new, %d replaced, %d unchanged, %d error records, %d rejected", added, replaced,
        unchanged, errorRecords, rejectedCount());
  }
}
