package org.newsevents.nlp;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Dev harness: CPU cost of CoreNLP coref on the seed articles, against the standard parse. */
public class CorefCost {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("corpus/articles"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    Properties standard = NlpSettings.standard().toProperties();
    run("standard", standard, true, texts);
    Properties coref = NlpSettings.standard().toProperties();
    coref.setProperty("annotators", standard.getProperty("annotators") + ",depparse,coref");
    coref.setProperty("coref.algorithm", args.length > 0 ? args[0] : "statistical");
    run("with coref " + coref.getProperty("coref.algorithm"), coref, false, texts);
  }

  private static void run(String label, Properties p, boolean ownDepparse, List<String> texts) {
    var bean = ManagementFactory.getThreadMXBean();
    long c0 = bean.getCurrentThreadCpuTime();
    CoreNlpParser parser = new CoreNlpParser(p, ownDepparse);
    long c1 = bean.getCurrentThreadCpuTime();
    int tokens = 0;
    for (int round = 0; round < 2; round++) {
      long r0 = bean.getCurrentThreadCpuTime();
      for (String t : texts) {
        tokens += parser.parse(t, LocalDate.of(2024, 1, 1)).sentences().stream().mapToInt(s -> s.tokens().size()).sum();
      }
      System.out.printf("%s round %d: %.1f s CPU%n", label, round, (bean.getCurrentThreadCpuTime() - r0) / 1e9);
    }
    System.out.printf("%s: load %.1f s CPU, %d tokens%n%s%n", label, (c1 - c0) / 1e9, tokens / 2, parser.timing());
  }
}
