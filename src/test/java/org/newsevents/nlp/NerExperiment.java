package org.newsevents.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.newsevents.entities.CanonicalEntities;
import org.newsevents.model.*;

/** Dev harness: CoNLL eng.testa subset, one NER configuration, conlleval-style mention F1. */
public class NerExperiment {
  public record Gold(String text, List<int[]> spans, List<String> types) {}

  public static void main(String[] args) throws Exception {
    int limit = Integer.parseInt(args[0]);
    Properties p = new NlpSettings(true, false).toProperties();
    for (int i = 1; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      if (kv[1].equals("-")) p.remove(kv[0]); else p.setProperty(kv[0], kv[1]);
    }
    System.err.println(p);
    List<Gold> docs = read(Path.of("../shared/datasets/conll2003/eng.testa"), limit);
    long t0 = System.nanoTime();
    CoreNlpParser parser = new CoreNlpParser(p, false);
    long t1 = System.nanoTime();
    CanonicalEntities ents = new CanonicalEntities();
    long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long pcpu0 = os.getProcessCpuTime();
    Map<String, int[]> c = new TreeMap<>();
    int tokens = 0;
    long entNanos = 0;
    Map<String,Integer> errs = new HashMap<>();
    for (Gold g : docs) {
      ParsedText parsed = parser.parse(g.text, null);
      for (Sentence s : parsed.sentences()) tokens += s.tokens().size();
      long e0 = System.nanoTime();
      List<Entity> found = ents.entities(parsed);
      entNanos += System.nanoTime() - e0;
      Map<String, String> gold = new HashMap<>();
      for (int i = 0; i < g.spans.size(); i++) {
        gold.put(g.spans.get(i)[0] + ":" + g.spans.get(i)[1], g.types.get(i));
        c.computeIfAbsent(g.types.get(i), k -> new int[3])[2]++;
      }
      Set<String> seen = new HashSet<>();
      for (Entity e : found) {
        String t = conll(e.type());
        for (Mention m : e.mentions()) {
          String k = m.start() + ":" + m.end();
          if (!seen.add(k)) continue;
          c.computeIfAbsent(t, x -> new int[3])[1]++;
          if (t.equals(gold.get(k))) { c.get(t)[0]++; gold.remove(k); }
          else errs.merge("FP " + t + (gold.containsKey(k) ? "(gold " + gold.get(k) + ")" : "") + " " + m.text(), 1, Integer::sum);
        }
      }
      for (var e : gold.entrySet()) {
        String[] se = e.getKey().split(":");
        errs.merge("FN " + e.getValue() + " " + g.text.substring(Integer.parseInt(se[0]), Integer.parseInt(se[1])), 1, Integer::sum);
      }
    }
    long t2 = System.nanoTime();
    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
    int[] all = new int[3];
    for (var e : c.entrySet()) {
      for (int i = 0; i < 3; i++) all[i] += e.getValue()[i];
      System.out.printf("%-5s %s%n", e.getKey(), f1(e.getValue()));
    }
    System.out.printf("ALL   %s%n", f1(all));
    System.out.printf("docs %d tokens %d load %.1fs run %.1fs -> %.0f tok/s overall; entities stage %.0f ms%n",
        docs.size(), tokens, (t1 - t0) / 1e9, (t2 - t1) / 1e9, tokens / ((t2 - t1) / 1e9), entNanos / 1e6);
    long pcpu = os.getProcessCpuTime() - pcpu0;
    System.out.printf("process CPU (all threads, incl. JIT and GC) %.1fs -> %.0f tok/s%n", pcpu / 1e9, tokens / (pcpu / 1e9));
    System.out.printf("main-thread CPU %.1fs -> %.0f tok/s of CPU%n", cpu / 1e9, tokens / (cpu / 1e9));
    System.out.println(parser.timing());
    if (System.getenv("ERRS") != null) {
      errs.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(Integer.parseInt(System.getenv("ERRS")))
          .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
  }

  static String f1(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1], r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return String.format("P %.4f R %.4f F1 %.4f (tp %d pred %d gold %d)", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), c[0], c[1], c[2]);
  }

  static String conll(EntityType t) {
    return switch (t) { case PERSON -> "PER"; case ORGANIZATION -> "ORG"; case LOCATION -> "LOC"; default -> "MISC"; };
  }

  public static List<Gold> read(Path f, int limit) throws Exception {
    List<Gold> out = new ArrayList<>();
    StringBuilder text = null; List<int[]> spans = null; List<String> types = null;
    String open = null; int openStart = 0; boolean sentOpen = false;
    for (String line : Files.readAllLines(f)) {
      String[] cols = line.strip().split("\\s+");
      if (line.isBlank()) {
        if (text != null && sentOpen) {
          if (open != null) { spans.add(new int[]{openStart, text.length()}); types.add(open); open = null; }
          text.append('\n'); sentOpen = false;
        }
        continue;
      }
      if (cols[0].equals("-DOCSTART-")) {
        if (text != null && text.length() > 0) { out.add(new Gold(text.toString().stripTrailing(), spans, types)); if (out.size() >= limit) return out; }
        text = new StringBuilder(); spans = new ArrayList<>(); types = new ArrayList<>(); open = null; sentOpen = false;
        continue;
      }
      if (sentOpen) text.append(' ');
      int start = text.length();
      String tag = cols[cols.length - 1];
      String type = tag.equals("O") ? null : tag.substring(2);
      boolean begins = type != null && (tag.startsWith("B-") || !type.equals(open));
      if ((type == null || begins) && open != null) { spans.add(new int[]{openStart, start - (sentOpen ? 1 : 0)}); types.add(open); open = null; }
      if (begins) { open = type; openStart = start; }
      sentOpen = true;
      text.append(cols[0]);
    }
    if (text != null && text.length() > 0) out.add(new Gold(text.toString().stripTrailing(), spans, types));
    return out;
  }
}
