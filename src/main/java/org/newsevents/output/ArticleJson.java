package org.newsevents.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Argument;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.Entity;
import org.newsevents.model.EventTriple;
import org.newsevents.model.Mention;
import org.newsevents.model.Predicate;
import org.newsevents.model.Timex;

/** Builds the output records of schema {@value #SCHEMA}, field by field, in a fixed order. */
public final class ArticleJson {
  public static final String SCHEMA = "newsevents/1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toJson(AnalyzedArticle doc) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    o.put("id", doc.article().id());
    o.put("url", doc.article().url());
    o.put("title", doc.article().title());
    o.put("language", doc.language());
    ObjectNode date = o.putObject("documentDate");
    date.put("value", doc.documentDate().known() ? doc.documentDate().value().toString() : null);
    date.put("source", doc.documentDate().source().label());
    o.put("text", doc.cleaned().kept());
    ArrayNode bp = o.putArray("boilerplate");
    for (BoilerplateSpan s : doc.cleaned().removed()) {
      bp.addObject().put("start", s.start()).put("end", s.end()).put("reason", s.reason());
    }
    ArrayNode ents = o.putArray("entities");
    for (Entity e : doc.entities()) {
      ObjectNode en = ents.addObject();
      en.put("id", e.id());
      en.put("type", e.type().name());
      putIfPresent(en, "subtype", e.subtype());
      en.put("name", e.name());
      en.put("key", e.key());
      putIfPresent(en, "title", e.title());
      putIfPresent(en, "country", e.country());
      ArrayNode ms = en.putArray("mentions");
      for (Mention m : e.mentions()) {
        ms.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text());
      }
    }
    ArrayNode tx = o.putArray("timexes");
    for (Timex t : doc.timexes()) {
      ObjectNode tn = tx.addObject();
      tn.put("id", t.id()).put("start", t.start()).put("end", t.end()).put("text", t.text());
      tn.put("type", t.type()).put("value", t.value());
      if (t.invalid()) {
        tn.put("invalid", true);
      }
    }
    ArrayNode ev = o.putArray("events");
    for (EventTriple e : doc.events()) {
      ObjectNode en = ev.addObject();
      en.put("id", e.id()).put("start", e.start()).put("end", e.end()).put("sentence", e.sentence());
      en.set("subject", argument(e.subject()));
      ObjectNode p = en.putObject("predicate");
      p.put("text", e.predicate().text()).put("lemma", e.predicate().lemma())
          .put("start", e.predicate().start()).put("end", e.predicate().end());
      en.set("object", argument(e.object()));
      en.put("type", e.type());
      if (e.date() == null) {
        en.putNull("date");
      } else {
        en.putObject("date").put("value", e.date().value()).put("timex", e.date().timex());
      }
      en.put("negated", e.negated());
      if (e.reportedBy() == null) {
        en.putNull("reportedBy");
      } else {
        ObjectNode by = en.putObject("reportedBy").put("text", e.reportedBy().text())
            .put("entity", e.reportedBy().entity());
        Predicate verb = e.reportedBy().verb();
        if (verb == null) {
          by.putNull("verb");
        } else {
          by.putObject("verb").put("text", verb.text()).put("lemma", verb.lemma()).put("start", verb.start())
              .put("end", verb.end());
        }
      }
      en.set("location", argument(e.location()));
      en.put("modality", e.modality());
      en.set("recipient", argument(e.recipient()));
    }
    return o;
  }

  /** The record written instead of an article when a document fails in some stage. */
  public static ObjectNode error(String id, String stage, String message) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    o.put("id", id);
    o.putObject("error").put("stage", stage).put("message", message);
    return o;
  }

  private static ObjectNode argument(Argument a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", a.text()).put("start", a.start()).put("end", a.end()).put("entity", a.entity());
    return n;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
