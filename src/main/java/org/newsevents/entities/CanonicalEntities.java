package org.newsevents.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsevents.model.Entity;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;

/**
 * Groups name mentions into one entity per real-world thing. Fuller names are placed first, so
 * each shorter mention joins the fullest name it abbreviates; the canonical name is the fullest form.
 */
public final class CanonicalEntities implements EntityRecognizer {
  @Override
  public List<Entity> entities(ParsedText parsed) {
    List<NameMention> mentions = MentionFinder.find(parsed);
    List<NameMention> byFullness = new ArrayList<>(mentions);
    byFullness.sort(Comparator.comparingInt((NameMention m) -> -m.key().length())
        .thenComparingInt(m -> m.mention().start()));
    List<List<NameMention>> groups = new ArrayList<>();
    for (NameMention m : byFullness) {
      List<NameMention> home = null;
      for (List<NameMention> g : groups) {
        if (g.get(0).type() == m.type() && NameGrouping.sameThing(m, g.get(0))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(m);
    }
    groups.sort(Comparator.comparingInt(g -> g.stream().mapToInt(m -> m.mention().start()).min().orElse(0)));
    List<Entity> out = new ArrayList<>();
    for (List<NameMention> g : groups) {
      NameMention head = g.get(0);
      List<Mention> ms = g.stream().map(NameMention::mention).sorted(Comparator.comparingInt(Mention::start)).toList();
      out.add(new Entity("e" + (out.size() + 1), head.type(), head.subtype(), head.mention().text(), head.key(),
          null, null, ms));
    }
    return out;
  }
}
