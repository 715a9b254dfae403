package org.newsevents.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;

/** Each grouping rule on name pairs from the seed articles. */
class GroupingRulesTest {
  private static final DocumentAliases NONE = DocumentAliases.of("", java.util.List.of());

  private static NameMention name(String text, EntityType type) {
    return new NameMention(new Mention(0, text.length(), text), type, null, NameKey.of(text), null);
  }

  @Test
  void equalKeysJoinSpellingsWithAndWithoutDiacritics() {
    assertTrue(new EqualKeys().sameThing(name("Vucic", EntityType.PERSON), name("Vučić", EntityType.PERSON), NONE));
  }

  @Test
  void aSurnameIsThePersonEvenWhenTaggedOtherwise() {
    PersonShortForm rule = new PersonShortForm();
    assertTrue(rule.sameThing(name("Kleban", EntityType.PERSON), name("Georgy Kleban", EntityType.PERSON), NONE));
    assertTrue(rule.sameThing(name("Vucic", EntityType.ORGANIZATION), name("Aleksandar Vucic", EntityType.PERSON), NONE));
    assertFalse(rule.sameThing(name("Serbian", EntityType.NATIONALITY), name("Aleksandar Vucic", EntityType.PERSON), NONE));
    assertFalse(rule.sameThing(name("Putin", EntityType.PERSON), name("Aleksandar Vucic", EntityType.PERSON), NONE));
  }

  @Test
  void transliteratedFirstNamesShareTheSurname() {
    assertTrue(new SharedSurname().sameThing(name("Alexander Vulin", EntityType.PERSON),
        name("Aleksandar Vulin", EntityType.PERSON), NONE));
    assertFalse(new SharedSurname().sameThing(name("Vladimir Putin", EntityType.PERSON),
        name("Vladimir Kara-Murza", EntityType.PERSON), NONE));
  }

  @Test
  void acronymsSpellTheInitials() {
    Acronym rule = new Acronym();
    EntityType org = EntityType.ORGANIZATION;
    assertTrue(rule.sameThing(name("OSCE", org), name("Organization for Security and Cooperation in Europe", org), NONE));
    assertTrue(rule.sameThing(name("UNMIK", org), name("UN Mission in Kosovo", org), NONE));
    assertTrue(rule.sameThing(name("RFE", org), name("Radio Free Europe", org), NONE));
    assertTrue(rule.sameThing(name("FT", org), name("Financial Times", org), NONE));
    assertFalse(rule.sameThing(name("NATO", org), name("National Security Council", org), NONE));
    assertFalse(rule.sameThing(name("FSB", org), name("Federal Security Service", org), NONE));
  }

  @Test
  void gazetteerFormsOfOneThingJoin() {
    KnownAliases rule = new KnownAliases();
    assertTrue(rule.sameThing(name("Russia", EntityType.LOCATION), name("Russian Federation", EntityType.LOCATION), NONE));
    assertTrue(rule.sameThing(name("Serbia", EntityType.LOCATION), name("Republic of Serbia", EntityType.LOCATION), NONE));
    assertTrue(rule.sameThing(name("Russians", EntityType.NATIONALITY), name("Russian", EntityType.NATIONALITY), NONE));
    assertTrue(rule.sameThing(name("Slav", EntityType.NATIONALITY), name("Slavic", EntityType.NATIONALITY), NONE));
    assertTrue(rule.sameThing(name("BIA", EntityType.ORGANIZATION),
        name("Serbian Security Intelligence Agency", EntityType.ORGANIZATION), NONE));
    assertFalse(rule.sameThing(name("Serbian", EntityType.NATIONALITY), name("Serbia", EntityType.LOCATION), NONE));
  }

  @Test
  void bracketedShortFormIsTheNameBeforeIt() {
    String text = "Patrushev also serves as Director of the Federal Security Service (FSB), the successor agency";
    NameMention full = at(text, "Federal Security Service", EntityType.ORGANIZATION);
    NameMention fsb = at(text, "FSB", EntityType.ORGANIZATION);
    DocumentAliases aliases = DocumentAliases.of(text, java.util.List.of(full, fsb));
    assertTrue(new ParentheticalAlias().sameThing(fsb, full, aliases));
  }

  @Test
  void anOrganisationByItsLeadingWords() {
    assertTrue(new LeadingWords().sameThing(name("Working Group", EntityType.ORGANIZATION),
        name("Working Group for Countering Color Revolutions", EntityType.ORGANIZATION), NONE));
  }

  private static NameMention at(String text, String name, EntityType type) {
    int start = text.indexOf(name);
    return new NameMention(new Mention(start, start + name.length(), name), type, null, NameKey.of(name), null);
  }
}
