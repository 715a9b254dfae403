package org.newsevents.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Model loads that run beside each other, each on a thread of its own (not the shared common pool). */
final class Loading {
  private Loading() {}

  static <T> CompletableFuture<T> inBackground(String what, Supplier<T> load) {
    CompletableFuture<T> out = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        out.complete(load.get());
      } catch (Throwable e) {
        out.completeExceptionally(e);
      }
    }, "newsevents-load-" + what);
    t.setDaemon(true);
    t.start();
    return out;
  }
}
