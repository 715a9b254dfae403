package org.newsevents.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Entity grouping against gold entities. A gold entity comes out as exactly one predicted entity
 * when one predicted entity has a mention overlapping each of its gold mentions, no other predicted
 * entity overlaps any of them, and that entity overlaps no mention of another gold entity. Of those,
 * how many also have the right type and the right canonical name (compared case- and
 * accent-insensitively).
 */
public final class GroupingScorer implements StageScorer {
  private int gold;
  private int one;
  private int rightType;
  private int rightName;
  private int both;
  private int missed;
  private int split;
  private int merged;
  private int partial;
  private int documents;
  private final MissTally misses = new MissTally();

  @Override
  public Stage stage() {
    return Stage.GROUPING;
  }

  @Override
  public void add(GoldDocument doc, OutputRecord record) {
    documents++;
    List<OutputRecord.Entity> predicted = record.entities();
    for (GoldEntity g : doc.entities()) {
      gold++;
      Set<OutputRecord.Entity> touching = new LinkedHashSet<>();
      for (OutputRecord.Entity e : predicted) {
        if (g.mentions().stream().anyMatch(m -> e.mentions().stream().anyMatch(m::overlaps))) {
          touching.add(e);
        }
      }
      String label = g.name() + " (" + g.type() + ")";
      if (touching.isEmpty()) {
        missed++;
        misses.add("not found", doc.id(), label, g.mentions().size());
        continue;
      }
      if (touching.size() > 1) {
        split++;
        misses.add("split into " + touching.size(), doc.id(), label + " -> " + names(touching), g.mentions().size());
        continue;
      }
      OutputRecord.Entity e = touching.iterator().next();
      if (!g.mentions().stream().allMatch(m -> e.mentions().stream().anyMatch(m::overlaps))) {
        partial++;
        misses.add("mentions left out", doc.id(), label + " -> " + e.name(), g.mentions().size());
        continue;
      }
      if (touchesOther(doc, g, e)) {
        merged++;
        misses.add("merged with another", doc.id(), label + " -> " + e.name(), g.mentions().size());
        continue;
      }
      one++;
      boolean typeOk = g.type().equals(e.type());
      boolean nameOk = fold(g.name()).equals(fold(e.name()));
      rightType += typeOk ? 1 : 0;
      rightName += nameOk ? 1 : 0;
      both += typeOk && nameOk ? 1 : 0;
      if (!typeOk) {
        misses.add("wrong type", doc.id(), label + " -> " + e.type(), 1);
      }
      if (!nameOk) {
        misses.add("wrong name", doc.id(), label + " -> " + e.name(), 1);
      }
    }
  }

  private static boolean touchesOther(GoldDocument doc, GoldEntity self, OutputRecord.Entity e) {
    for (GoldEntity other : doc.entities()) {
      if (other != self && other.mentions().stream().anyMatch(m -> e.mentions().stream().anyMatch(m::overlaps))) {
        return true;
      }
    }
    return false;
  }

  private static String names(Set<OutputRecord.Entity> entities) {
    return String.join(", ", entities.stream().map(OutputRecord.Entity::name).toList());
  }

  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  @Override
  public StageReport report(String title, int worst) {
    List<StageReport.Figure> figures = new ArrayList<>();
    figures.add(BoilerplateScorer.share("exactly one predicted entity", one, gold));
    figures.add(BoilerplateScorer.share("... with the right type", rightType, gold));
    figures.add(BoilerplateScorer.share("... with the right canonical name", rightName, gold));
    figures.add(BoilerplateScorer.share("... with both right", both, gold));
    figures.add(BoilerplateScorer.share("not found", missed, gold));
    figures.add(BoilerplateScorer.share("split", split, gold));
    figures.add(BoilerplateScorer.share("mentions left out", partial, gold));
    figures.add(BoilerplateScorer.share("merged with another", merged, gold));
    return new StageReport(title, documents, List.of(), figures, misses.worst(worst));
  }
}
