package org.newsevents.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The join key on names from the seed articles. */
class NameKeyTest {
  @Test
  void diacriticsFoldSoTransliterationsJoin() {
    assertEquals("aleksandar vucic", NameKey.of("Aleksandar Vučić"));
    assertEquals(NameKey.of("Vucic"), NameKey.of("Vučić"));
    assertEquals("sabac", NameKey.of("Šabac"));
  }

  @Test
  void possessiveAndDotsAreDropped() {
    assertEquals("russia", NameKey.of("Russia’s"));
    assertEquals("serbia", NameKey.of("Serbia's"));
    assertEquals(NameKey.of("US"), NameKey.of("U.S."));
    assertEquals("st petersburg", NameKey.of("St. Petersburg"));
  }
}
