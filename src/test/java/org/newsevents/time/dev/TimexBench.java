package org.newsevents.time.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsevents.model.Article;
import org.newsevents.model.CleanedText;
import org.newsevents.model.DocumentDate;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Timex;
import org.newsevents.nlp.CoreNlpParser;
import org.newsevents.nlp.NlpSettings;
import org.newsevents.time.PublicationDate;
import org.newsevents.time.TimexNormalizer;

/**
 * Development bench for the time stage (not a test): parses each gold document once, caches the
 * parse as JSON under /tmp/newsevents-time-cache, then scores the time stage TempEval-3 style.
 * Usage: TimexBench (timeml|meantime|seeds) PATH [misses-file]
 */
public final class TimexBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CoreNlpParser parser;

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    Path path = Path.of(args[1]);
    List<GoldTimexDoc> docs = switch (kind) {
      case "timeml" -> DevCorpora.timeml(path);
      case "meantime" -> DevCorpora.meantime(path);
      case "seeds" -> DevCorpora.seeds(path.resolve("gold/seeds.jsonl"), Path.of("corpus/articles"));
      default -> throw new IllegalArgumentException(kind);
    };
    Path cache = Path.of("/tmp/newsevents-time-cache", kind + "-" + path.getFileName());
    Files.createDirectories(cache);
    int gold = 0, predicted = 0, strict = 0, relaxed = 0, value = 0, type = 0;
    int sutimeValue = 0;
    List<String> misses = new ArrayList<>();
    boolean cachedOnly = Boolean.getBoolean("cachedOnly");
    int skipped = 0;
    for (GoldTimexDoc d : docs) {
      if (cachedOnly && !Files.exists(cache.resolve(d.id() + ".json"))) {
        skipped++;
        continue;
      }
      // as the pipeline does: the metadata's date, else the one the text gives for itself
      DocumentDate date = new PublicationDate().resolve(new Article(d.id(), null, null, d.text(), d.date(), "bench"),
          new CleanedText(d.text(), List.of()));
      ParsedText parsed = parsed(cache.resolve(d.id() + ".json"), d, date);
      List<Timex> out = new TimexNormalizer().resolve(parsed, date);
      gold += d.gold().size();
      predicted += out.size();
      boolean[] taken = new boolean[out.size()];
      int[] partner = new int[d.gold().size()];
      java.util.Arrays.fill(partner, -1);
      for (int g = 0; g < d.gold().size(); g++) {
        for (int p = 0; p < out.size(); p++) {
          if (!taken[p] && out.get(p).start() == d.gold().get(g).start() && out.get(p).end() == d.gold().get(g).end()) {
            partner[g] = p;
            taken[p] = true;
            break;
          }
        }
      }
      for (int g = 0; g < d.gold().size(); g++) {
        if (partner[g] >= 0) {
          continue;
        }
        var gs = d.gold().get(g);
        int best = -1, bestOverlap = 0;
        for (int p = 0; p < out.size(); p++) {
          int ov = Math.min(gs.end(), out.get(p).end()) - Math.max(gs.start(), out.get(p).start());
          if (!taken[p] && ov > bestOverlap) {
            best = p;
            bestOverlap = ov;
          }
        }
        if (best >= 0) {
          partner[g] = best;
          taken[best] = true;
        }
      }
      for (int g = 0; g < d.gold().size(); g++) {
        var gs = d.gold().get(g);
        String ctx = context(d.text(), gs.start(), gs.end());
        if (partner[g] < 0) {
          misses.add("MISSED\t" + d.id() + "\t" + gs.text() + "\t" + gs.type() + " " + gs.value() + "\t" + ctx);
          continue;
        }
        Timex t = out.get(partner[g]);
        relaxed++;
        if (t.start() == gs.start() && t.end() == gs.end()) {
          strict++;
        } else {
          misses.add("EXTENT\t" + d.id() + "\t" + t.text() + "\tgold=" + gs.text() + "\t" + ctx);
        }
        if (Objects.equals(t.value(), gs.value())) {
          value++;
        } else {
          misses.add("VALUE\t" + d.id() + "\t" + gs.text() + "\t" + t.value() + " gold=" + gs.value() + " dct=" + d.date() + "\t" + ctx);
        }
        if (Objects.equals(t.type(), gs.type())) {
          type++;
        } else {
          misses.add("TYPE\t" + d.id() + "\t" + gs.text() + "\t" + t.type() + " gold=" + gs.type() + "\t" + ctx);
        }
      }
      for (int p = 0; p < out.size(); p++) {
        if (!taken[p]) {
          Timex t = out.get(p);
          misses.add("SPURIOUS\t" + d.id() + "\t" + t.text() + "\t" + t.type() + " " + t.value() + "\t" + context(d.text(), t.start(), t.end()));
        }
      }
    }
    double rp = (double) relaxed / predicted, rr = (double) relaxed / gold;
    double rf = 2 * rp * rr / (rp + rr);
    double sp = (double) strict / predicted, sr = (double) strict / gold;
    double sf = 2 * sp * sr / (sp + sr);
    System.out.printf("%s %s: skipped (not cached) %d, docs %d gold %d predicted %d%n", kind, path, skipped, docs.size() - skipped, gold, predicted);
    System.out.printf("strict P %.3f R %.3f F1 %.3f%n", sp, sr, sf);
    System.out.printf("relaxed P %.3f R %.3f F1 %.3f%n", rp, rr, rf);
    System.out.printf("value F1 %.3f (acc %d/%d)  type F1 %.3f (acc %d/%d)%n", rf * value / relaxed, value, relaxed,
        rf * type / relaxed, type, relaxed);
    if (args.length > 2) {
      try (PrintWriter w = new PrintWriter(args[2])) {
        misses.forEach(w::println);
      }
    }
  }

  private static String context(String text, int s, int e) {
    int a = Math.max(0, s - 70), b = Math.min(text.length(), e + 50);
    return (text.substring(a, s) + "[[" + text.substring(s, e) + "]]" + text.substring(e, b)).replace('\n', ' ');
  }

  private static ParsedText parsed(Path file, GoldTimexDoc d, DocumentDate date) throws Exception {
    if (Files.exists(file)) {
      return JSON.readValue(file.toFile(), ParsedText.class);
    }
    if (parser == null) {
      parser = new CoreNlpParser(NlpSettings.standard());
    }
    ParsedText p = parser.parse(d.text(), date.value());
    JSON.writeValue(file.toFile(), p);
    return p;
  }
}
