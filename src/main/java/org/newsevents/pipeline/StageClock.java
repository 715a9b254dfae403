package org.newsevents.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread CPU time spent in each stage, summed over all worker threads, for {@code bench}. Off unless
 * started: a stage then costs two reads of the thread's CPU clock.
 */
public final class StageClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
  private static volatile boolean running;

  private StageClock() {}

  /** Clears the sums and starts counting. */
  public static void start() {
    NANOS.clear();
    running = true;
  }

  public static void stop() {
    running = false;
  }

  static long now() {
    return running ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  static void add(String stage, long since) {
    if (running && since != 0) {
      NANOS.computeIfAbsent(stage, k -> new LongAdder()).add(THREADS.getCurrentThreadCpuTime() - since);
    }
  }

  /** Seconds per stage, in the order the stages first ran. */
  public static Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String stage : new String[] {"clean", "language", "nlp", "entities", "time", "events"}) {
      LongAdder n = NANOS.get(stage);
      if (n != null) {
        out.put(stage, n.sum() / 1e9);
      }
    }
    return out;
  }
}
