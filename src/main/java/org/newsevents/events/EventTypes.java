package org.newsevents.events;

import java.util.Map;
import org.newsevents.model.Dependency;

/**
 * The PLOVER category of an event, from lexicons: the verb with what it acts on ("withdraw inspectors"),
 * else the verb (with its particle), else, for a light verb ("launch an investigation", "give an
 * ultimatum", "hold talks"), the noun it carries; else OTHER.
 */
final class EventTypes {
  private final Map<String, String> verbs;
  private final Map<String, String> nouns;
  private final ActedOn actedOn;

  EventTypes(Map<String, String> verbs, Map<String, String> nouns, ActedOn actedOn) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.actedOn = actedOn;
  }

  String of(ClauseGraph g, int verb, String lemma, Integer object) {
    String acted = object == null ? null : actedOn.of(g, lemma, object);
    if (acted != null) {
      return acted;
    }
    String byObject = object == null ? null : nounType(g, object);
    String light = verbs.get(lemma);
    if ("LIGHT".equals(light) || light == null && byObject != null && isLight(g, verb)) {
      return byObject != null ? byObject : "OTHER";
    }
    if (light != null) {
      return light;
    }
    String base = verbs.get(g.token(verb).lemma().toLowerCase());
    return base == null || base.equals("LIGHT") ? "OTHER" : base;
  }

  /**
   * PLOVER codes a reported commitment to act by its intent, as CAMEO's "express intent" does: "the UN
   * said it will provide food aid" is AGREE, "they said they would boycott the elections" is THREATEN.
   * Untyped actions and stances (REJECT, DISAPPROVE, DEMAND, PROTEST, REQUEST) keep their own type.
   */
  static String intent(String type) {
    return switch (type) {
      case "SANCTION", "ASSAULT", "COERCE", "FIGHT", "THREATEN" -> "THREATEN";
      case "SUPPORT", "AID", "RETREAT", "CONSULT", "COOPERATE", "CONCEDE", "MOBILIZE", "INVESTIGATE", "AGREE"
          -> "AGREE";
      default -> type;
    };
  }

  /**
   * "The government said Kagame must agree to constitutional changes": a reported obligation laid on
   * someone is a demand (PLOVER DEMAND), whatever the action demanded.
   */
  static boolean isObligation(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("aux") && g.token(d.dependent()).word().equalsIgnoreCase("must")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the protests continued next Saturday", "continued their hunger strike": an aspectual verb is the
   * event its subject noun (when it has no object) or its event-noun object names, with that noun's
   * category.
   */
  String ofAspectual(ClauseGraph g, String lemma, Integer subject, Integer object) {
    if (subject == null || !Aspectual.is(lemma)) {
      return "OTHER";
    }
    if (object != null) {
      String named = nounType(g, object);
      return named == null ? "OTHER" : named;
    }
    return ofNoun(g.token(subject).lemma().toLowerCase());
  }

  /**
   * The category of a noun, or for a quantity or container without one ("5.1 million dollars of aid",
   * "10 days of war games") of the noun its of-phrase names.
   */
  private String nounType(ClauseGraph g, int noun) {
    String own = nouns.get(g.token(noun).lemma().toLowerCase());
    if (own != null) {
      return own;
    }
    for (Dependency d : g.children(noun)) {
      if (d.relation().equals("nmod") && Arguments.caseWord(g, d.dependent()).equals("of")) {
        return nouns.get(g.token(d.dependent()).lemma().toLowerCase());
      }
    }
    return null;
  }

  /** Whether the lexicon gives this verb a category (or marks it light), not only the nouns it acts on. */
  boolean hasOwnType(String lemma) {
    return verbs.containsKey(lemma);
  }

  boolean isLightVerb(String lemma) {
    return "LIGHT".equals(verbs.get(lemma));
  }

  /** The category of an event noun standing alone ("the attack of ..."), else OTHER. */
  String ofNoun(String lemma) {
    return nouns.getOrDefault(lemma, "OTHER");
  }

  private boolean isLight(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }
}
