package org.newsevents.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Documents done, docs/s and ETA on stderr, drawn only when stderr is a terminal. */
public final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** @param total documents expected, or -1 when unknown (a dump being streamed) */
  public static Progress start(long total, boolean wanted) {
    if (!wanted || !stderrIsTerminal()) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName("docs").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .showSpeed().setUnit(" docs", 1).build();
    return new Progress(bar);
  }

  public void step() {
    if (bar != null) {
      bar.step();
    }
  }

  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
