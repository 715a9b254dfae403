package org.newsevents.nlp;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Dev harness: thread-CPU cost of the standard CoreNLP configuration on the seed articles, with optional
 * {@code key=value} overrides, and CoreNLP's per-annotator timing. Not a test.
 */
public class ParseProfile {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("corpus/articles"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    Properties p = NlpSettings.standard().toProperties();
    boolean depparse = true;
    for (String a : args) {
      if (a.equals("nodeps")) {
        depparse = false;
        continue;
      }
      int eq = a.indexOf('=');
      p.setProperty(a.substring(0, eq), a.substring(eq + 1));
    }
    var bean = ManagementFactory.getThreadMXBean();
    long w0 = System.nanoTime();
    CoreNlpParser parser = new CoreNlpParser(p, depparse);
    System.out.printf("load %.1f s wall%n", (System.nanoTime() - w0) / 1e9);
    int tokens = 0;
    for (int round = 0; round < 4; round++) {
      long r0 = bean.getCurrentThreadCpuTime();
      tokens = 0;
      for (String t : texts) {
        tokens += parser.parse(t, LocalDate.of(2024, 1, 1)).sentences().stream().mapToInt(s -> s.tokens().size()).sum();
      }
      double s = (bean.getCurrentThreadCpuTime() - r0) / 1e9;
      System.out.printf("round %d: %.2f s CPU, %.0f tokens/s%n", round, s, tokens / s);
    }
    System.out.println(parser.timing());
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf("live heap after GC %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
  }
}
