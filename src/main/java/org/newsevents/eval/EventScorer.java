package org.newsevents.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Events by lenient triple matching. A prediction matches a gold event when the gold predicate lies
 * within the predicted predicate and each gold argument (subject = Arg0, object = Arg1) shares a
 * content word with the predicted argument in the same role; entity references are resolved to
 * entity names on both sides (where the gold names no entity, the predicted phrase's own words and its
 * entity's name are each an alternative), and a gold argument that is absent asks for nothing. Matching is one to
 * one, in gold order. Type and date accuracy are over the matches, where the gold has them. Where the
 * gold annotates verbs of saying as events (MEANTIME), each predicted event's reporting verb is also a
 * predicted triple, speaker | verb | what it reports, as the OpenIE baseline's "X | said | Y" triples are.
 */
public final class EventScorer implements StageScorer {
  private int gold;
  private int predicted;
  private int matched;
  private int unlocated;
  private int attributed;
  private int typeCorrect;
  private int dateCorrect;
  private int documents;
  private final MissTally misses = new MissTally();

  @Override
  public Stage stage() {
    return Stage.EVENTS;
  }

  @Override
  public void add(GoldDocument doc, OutputRecord record) {
    documents++;
    List<GoldEvent> g = doc.events();
    List<OutputRecord.Event> all = new ArrayList<>(record.events());
    if (doc.speechActs()) {
      all.addAll(record.speechActs());
    }
    List<OutputRecord.Event> p = all.stream().filter(doc::inScope).toList();
    gold += g.size();
    predicted += p.size();
    boolean[] taken = new boolean[p.size()];
    for (GoldEvent ge : g) {
      if (!ge.located()) {
        unlocated++;
      }
      int partner = -1;
      for (int i = 0; i < p.size() && partner < 0; i++) {
        if (!taken[i] && matches(ge, p.get(i))) {
          partner = i;
        }
      }
      if (partner < 0) {
        misses.add("missed", doc.id(), describe(ge), 1);
        continue;
      }
      taken[partner] = true;
      matched++;
      OutputRecord.Event pe = p.get(partner);
      if (doc.eventAttributes()) {
        attributed++;
        if (Objects.equals(ge.type(), pe.type())) {
          typeCorrect++;
        } else {
          misses.add("wrong type", doc.id(), ge.predicate() + ": " + pe.type() + " for gold " + ge.type(), 1);
        }
        if (Objects.equals(ge.date(), pe.date())) {
          dateCorrect++;
        } else {
          misses.add("wrong date", doc.id(), ge.predicate() + ": " + pe.date() + " for gold " + ge.date(), 1);
        }
      }
    }
    for (int i = 0; i < p.size(); i++) {
      if (!taken[i]) {
        OutputRecord.Event pe = p.get(i);
        misses.add("spurious", doc.id(), describe(pe.subject(), pe.predicate(), pe.object()), 1);
      }
    }
  }

  /** The lenient triple match, shared with the development views that show it sentence by sentence. */
  public static boolean matches(GoldEvent g, OutputRecord.Event p) {
    return g.located() && p.start() <= g.start() && g.end() <= p.end()
        && argumentMatches(g.subject(), p.subject()) && argumentMatches(g.object(), p.object());
  }

  static boolean argumentMatches(GoldArgument g, OutputRecord.Argument p) {
    if (g == null) {
      return true;
    }
    if (p == null) {
      return false;
    }
    Set<String> predicted = ContentWords.of(p.text(), p.entityName());
    if (g.entityName() == null) {
      // The gold leaves this argument unresolved ("it", "they" in MEANTIME): the predicted phrase's own
      // words count as written, its entity's name as an alternative, so that resolving a pronoun to
      // "Apple" does not erase the "it" the gold asks for.
      predicted = new LinkedHashSet<>(ContentWords.of(p.text()));
      predicted.addAll(ContentWords.of(p.entityName()));
    }
    return ContentWords.shareOne(ContentWords.of(g.text(), g.entityName()), predicted);
  }

  private static String describe(GoldEvent e) {
    String subject = e.subject() == null ? "-" : e.subject().text();
    String object = e.object() == null ? "-" : e.object().text();
    return (e.located() ? "" : "[not found in text] ") + subject + " | " + e.predicate() + " | " + object;
  }

  private static String describe(OutputRecord.Argument s, String predicate, OutputRecord.Argument o) {
    return (s == null ? "-" : s.text()) + " | " + predicate + " | " + (o == null ? "-" : o.text());
  }

  @Override
  public StageReport report(String title, int worst) {
    List<StageReport.Figure> figures = new ArrayList<>();
    if (attributed > 0) {
      figures.add(BoilerplateScorer.share("type accuracy", typeCorrect, attributed));
      figures.add(BoilerplateScorer.share("date accuracy", dateCorrect, attributed));
    }
    if (unlocated > 0) {
      figures.add(BoilerplateScorer.share("gold events not located in the text", unlocated, gold));
    }
    return new StageReport(title, documents,
        List.of(new StageReport.Row("lenient triples", new PrecisionRecall(matched, predicted, matched, gold))),
        figures, misses.worst(worst));
  }
}
