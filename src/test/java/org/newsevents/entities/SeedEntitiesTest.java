package org.newsevents.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.ArticleSource;
import org.newsevents.ingest.Ingested;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Article;
import org.newsevents.model.Entity;
import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;
import org.newsevents.nlp.CoreNlpParser;
import org.newsevents.nlp.NlpSettings;
import org.newsevents.pipeline.Pipelines;

/** The grouping, key, title and actor-country rules on the names of the seed articles. */
class SeedEntitiesTest {
  private static final Map<String, AnalyzedArticle> SEEDS = new HashMap<>();

  @BeforeAll
  static void runSeeds() throws IOException {
    for (String id : List.of("000_67f3409273c89135", "001_ba58100bb00cda72", "002_ae4f38c24b0d812d", "003_0cee1a8a8a4acb49")) {
      try (ArticleSource source = ArticleSource.open(List.of("corpus/articles/" + id + ".txt"), System.in)) {
        Article article = ((Ingested.Ok) source.next()).article();
        SEEDS.put(id.substring(0, 3), Pipelines.standard().run(article));
      }
    }
  }

  private static Entity only(String seed, String key) {
    List<Entity> found = SEEDS.get(seed).entities().stream().filter(e -> e.key().equals(key)).toList();
    assertEquals(1, found.size(), () -> seed + " entities keyed " + key + ": " + found);
    return found.get(0);
  }

  private static Set<String> forms(Entity e) {
    return e.mentions().stream().map(Mention::text).collect(Collectors.toSet());
  }

  @Test
  void surnameJoinsTheFullNameAndTheTitleIsKeptOutside() {
    Entity vucic = only("000", "aleksandar vucic");
    assertEquals(EntityType.PERSON, vucic.type());
    assertEquals("Aleksandar Vucic", vucic.name());
    assertEquals("President", vucic.title());
    assertEquals(Set.of("Aleksandar Vucic", "Vucic"), forms(vucic));
    assertEquals(Set.of("Georgy Kleban", "Kleban"), forms(only("000", "georgy kleban")));
  }

  @Test
  void diacriticsAndPossessivesJoinOneEntity() {
    Entity vucic = only("003", "aleksandar vucic");
    assertTrue(forms(vucic).containsAll(Set.of("Aleksandar Vucic", "Vučić")), () -> forms(vucic).toString());
    Entity withDiacritics = only("002", "aleksandar vucic");
    assertEquals("Aleksandar Vučić", withDiacritics.name());
    assertEquals("President", withDiacritics.title());
  }

  @Test
  void aLoneWellKnownSurnameGetsTheFullName() {
    assertEquals("Vladimir Putin", only("000", "vladimir putin").name());
  }

  @Test
  void bracketedShortFormsAndAcronymsJoinTheirExpansion() {
    assertEquals(Set.of("Federal Security Service", "FSB"), forms(only("001", "federal security service")));
    assertEquals(Set.of("Foreign Intelligence Service", "SVR"), forms(only("002", "foreign intelligence service")));
    assertTrue(forms(only("001", "european union")).containsAll(Set.of("European Union", "EU")));
    Entity bia = only("001", "security intelligence agency");
    assertEquals("Serbian Security Intelligence Agency", bia.name());
    assertTrue(forms(bia).contains("BIA"));
    assertEquals("Serbia", bia.country());
  }

  @Test
  void countryFormsShareTheCountryKey() {
    Entity russia = only("001", "russia");
    assertEquals("Russian Federation", russia.name());
    assertEquals("COUNTRY", russia.subtype());
    assertTrue(forms(russia).containsAll(Set.of("Russia", "Russian Federation")));
    assertEquals("Republic of Serbia", only("001", "serbia").name());
  }

  @Test
  void transliteratedFirstNamesAreOnePerson() {
    assertEquals(Set.of("Alexander Vulin", "Aleksandar Vulin", "Vulin"), forms(only("001", "aleksandar vulin")));
  }

  @Test
  void demonymsCapitalsAndStateBodiesActForTheirCountry() {
    Entity serbian = only("000", "serbian");
    assertEquals(EntityType.NATIONALITY, serbian.type());
    assertEquals("Serbia", serbian.country());
    Entity moscow = only("000", "moscow");
    assertEquals(EntityType.LOCATION, moscow.type());
    assertEquals("CITY", moscow.subtype());
    assertEquals("Russia", moscow.country());
    assertEquals("Russia", only("000", "kremlin").country());
    assertEquals("Serbia", only("001", "serbian ministry of the interior").country());
  }

  @Test
  void namesInsideHyphenatedWordsAreMentions() {
    String text = SEEDS.get("001").article().text();
    int at = text.indexOf("Serbian-Russian working group");
    Entity russian = only("001", "russian");
    assertTrue(russian.mentions().stream().anyMatch(m -> m.start() == at + "Serbian-".length()
        && m.text().equals("Russian")), () -> russian.mentions().toString());
  }

  @Test
  void namesTheTaggerMissesOrMistypes() {
    assertEquals(EntityType.MISC, only("000", "turkstream").type());
    assertEquals(EntityType.MISC, only("002", "victory day").type());
    assertEquals(EntityType.ORGANIZATION, only("001", "danas").type());
    assertEquals(EntityType.MISC, only("000", "orthodox christian").type());
    assertEquals(EntityType.PERSON, only("000", "zk").type());
    assertEquals(Set.of("Panzer-C1"), forms(only("001", "panzer c1")));
    assertEquals(EntityType.ORGANIZATION, only("001", "anti money laundering office of serbia").type());
    assertEquals(Set.of("UN Mission in Kosovo", "UNMIK"), forms(only("001", "un mission in kosovo")));
  }

  @Test
  void pronounsResolveToTheSubjectBeforeThem() {
    String text = "Serbia's President Aleksandar Vucic said on Friday that Russian spies had been caught.\n"
        + "But Vucic said the spy scandal should not harm relations between Serbia and Russia, adding he was sure "
        + "that \"President (Vladimir) Putin was not informed about this.\"\n"
        + "Kremlin spokesman Dmitry Peskov said he was confident nothing could harm relations between Russia and Serbia.\n";
    ParsedText parsed = new CoreNlpParser(NlpSettings.standard()).parse(text, LocalDate.of(2019, 11, 22));
    List<Entity> entities = new CanonicalEntities().entities(parsed);
    Map<Integer, String> antecedents = PronounAntecedents.resolve(parsed, entities);
    Entity vucic = entities.stream().filter(e -> e.key().equals("aleksandar vucic")).findFirst().orElseThrow();
    Entity peskov = entities.stream().filter(e -> e.key().equals("dmitry peskov")).findFirst().orElseThrow();
    assertEquals(vucic.id(), antecedents.get(text.indexOf("he was sure")));
    assertEquals(peskov.id(), antecedents.get(text.indexOf("he was confident")));
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsVerb() {
    String text = "Serbian Interior Minister Aleksandar Vulin met Nikolai Patrushev in Moscow.\n"
        + "At the May 14, 2021 meeting with Vulin, Patrushev thanked him for the tapes of the conversations.\n";
    ParsedText parsed = new CoreNlpParser(NlpSettings.standard()).parse(text, LocalDate.of(2021, 12, 10));
    List<Entity> entities = new CanonicalEntities().entities(parsed);
    Entity vulin = entities.stream().filter(e -> e.key().equals("aleksandar vulin")).findFirst().orElseThrow();
    assertEquals(vulin.id(), PronounAntecedents.resolve(parsed, entities).get(text.indexOf("him for")));
  }
}
