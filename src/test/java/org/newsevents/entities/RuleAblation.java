package org.newsevents.entities;

import java.nio.file.Path;
import java.util.*;
import java.util.function.Predicate;
import org.newsevents.model.*;
import org.newsevents.nlp.CoreNlpParser;
import org.newsevents.nlp.NerExperiment;
import org.newsevents.nlp.NlpSettings;

/** Dev harness: CoNLL eng.testa F1 with each mention rule left out, on one parse per document. */
public class RuleAblation {
  public static void main(String[] args) throws Exception {
    List<NerExperiment.Gold> docs = NerExperiment.read(Path.of("../shared/datasets/conll2003/eng.testa"), Integer.parseInt(args[0]));
    CoreNlpParser parser = new CoreNlpParser(new NlpSettings(true, false));
    List<ParsedText> parsed = new ArrayList<>();
    for (NerExperiment.Gold g : docs) parsed.add(parser.parse(g.text(), null));
    Map<String, List<MentionRule>> variants = new LinkedHashMap<>();
    List<MentionRule> all = CanonicalEntities.mentionRules();
    variants.put("all rules", all);
    variants.put("no mention rules (tagger spans, grouping only)", List.of());
    for (MentionRule r : all) {
      variants.put("without " + r.getClass().getSimpleName(), all.stream().filter(Predicate.not(r::equals)).toList());
    }
    variants.put("without document consistency (ConsistentLabels+UntaggedNames)", all.stream()
        .filter(r -> !(r instanceof ConsistentLabels) && !(r instanceof UntaggedNames)).toList());
    for (var v : variants.entrySet()) {
      CanonicalEntities ents = new CanonicalEntities(v.getValue());
      int tp = 0, pred = 0, gold = 0;
      for (int d = 0; d < docs.size(); d++) {
        NerExperiment.Gold g = docs.get(d);
        Map<String, String> goldAt = new HashMap<>();
        for (int i = 0; i < g.spans().size(); i++) goldAt.put(g.spans().get(i)[0] + ":" + g.spans().get(i)[1], g.types().get(i));
        gold += goldAt.size();
        Set<String> seen = new HashSet<>();
        for (Entity e : ents.entities(parsed.get(d))) {
          String t = switch (e.type()) { case PERSON -> "PER"; case ORGANIZATION -> "ORG"; case LOCATION -> "LOC"; default -> "MISC"; };
          for (Mention m : e.mentions()) {
            String k = m.start() + ":" + m.end();
            if (!seen.add(k)) continue;
            pred++;
            if (t.equals(goldAt.get(k))) tp++;
          }
        }
      }
      double p = (double) tp / pred, r = (double) tp / gold;
      System.out.printf("%-66s P %.4f R %.4f F1 %.4f%n", v.getKey(), p, r, 2 * p * r / (p + r));
    }
  }
}
