package org.newsevents.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsevents.batch.DocumentProcessor.Outcome;
import org.newsevents.ingest.Ingested;

/**
 * Runs documents on a thread pool and hands the outcomes on in input order, so output is
 * byte-identical at any thread count. At most a few documents per thread are in flight, so memory
 * stays flat however long the input is. A document that exceeds the time limit gets an error record.
 */
public final class OrderedBatch {
  /** Receives outcomes in input order. */
  public interface Sink {
    void accept(Outcome outcome) throws IOException;
  }

  private final DocumentProcessor processor;
  private final int threads;
  private final Duration timeLimit;

  public OrderedBatch(DocumentProcessor processor, int threads, Duration timeLimit) {
    this.processor = processor;
    this.threads = threads;
    this.timeLimit = timeLimit;
  }

  public void run(Iterator<Ingested> items, Sink sink) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Pending> window = new ArrayDeque<>();
    // Outcomes leave in input order: a long document at the head holds the others back, and with a
    // window of 2N+1 the workers idled about a tenth of the time. Documents are small; 8N costs little.
    int maxInFlight = threads * 8;
    try {
      while (items.hasNext()) {
        Ingested item = items.next();
        Pending p = new Pending(item.id());
        p.future = pool.submit(p.wrap(() -> processor.process(item)));
        window.add(p);
        while (window.size() >= maxInFlight) {
          sink.accept(await(window.poll()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome await(Pending p) {
    while (true) {
      try {
        return p.future.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long started = p.startedNanos.get();
        if (started != 0 && System.nanoTime() - started > timeLimit.toNanos()) {
          p.future.cancel(true);
          return Outcome.failed(p.id, "nlp", "time limit of " + timeLimit.toSeconds() + " s exceeded; skipped");
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        return Outcome.failed(p.id, "nlp", cause.getClass().getSimpleName() + ": " + cause.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "newsevents-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static final class Pending {
    final String id;
    final AtomicLong startedNanos = new AtomicLong();
    Future<Outcome> future;

    Pending(String id) {
      this.id = id;
    }

    Callable<Outcome> wrap(Callable<Outcome> work) {
      return () -> {
        startedNanos.set(System.nanoTime());
        return work.call();
      };
    }
  }
}
