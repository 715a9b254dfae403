package org.newsevents.time.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Readers for the development gold (TimeML, MEANTIME CAT, seed JSON-lines), for the bench only. */
final class DevCorpora {
  private DevCorpora() {}

  static List<GoldTimexDoc> timeml(Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> w = Files.walk(dir)) {
      files = w.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    List<GoldTimexDoc> out = new ArrayList<>();
    for (Path f : files) {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_COALESCING, true);
      try (InputStream in = Files.newInputStream(f)) {
        XMLStreamReader x = factory.createXMLStreamReader(in);
        StringBuilder text = new StringBuilder();
        List<GoldTimexDoc.GoldSpan> gold = new ArrayList<>();
        String dct = null;
        boolean inText = false;
        boolean inDct = false;
        int start = -1;
        String type = null;
        String value = null;
        while (x.hasNext()) {
          int e = x.next();
          if (e == XMLStreamConstants.START_ELEMENT) {
            String tag = x.getLocalName();
            if (tag.equals("TEXT")) {
              inText = true;
            } else if (tag.equals("DCT")) {
              inDct = true;
            } else if (tag.equals("TIMEX3")) {
              if (inDct || "CREATION_TIME".equals(x.getAttributeValue(null, "functionInDocument"))) {
                dct = dct == null ? x.getAttributeValue(null, "value") : dct;
              } else if (inText) {
                start = text.length();
                type = x.getAttributeValue(null, "type");
                value = x.getAttributeValue(null, "value");
              }
            }
          } else if (e == XMLStreamConstants.END_ELEMENT) {
            String tag = x.getLocalName();
            if (tag.equals("TEXT")) {
              inText = false;
            } else if (tag.equals("DCT")) {
              inDct = false;
            } else if (tag.equals("TIMEX3") && start >= 0) {
              gold.add(new GoldTimexDoc.GoldSpan(start, text.length(), text.substring(start), type, value));
              start = -1;
            }
          } else if (inText && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.SPACE)) {
            text.append(x.getText());
          }
        }
        String name = f.getFileName().toString();
        out.add(new GoldTimexDoc(name.substring(0, name.length() - 4), text.toString(), day(dct), gold));
      }
    }
    return out;
  }

  static List<GoldTimexDoc> seeds(Path jsonl, Path articles) throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<GoldTimexDoc> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode d = m.readTree(line);
      String id = d.get("id").asText();
      String text = Files.readString(articles.resolve(id + ".txt"));
      List<GoldTimexDoc.GoldSpan> gold = new ArrayList<>();
      for (JsonNode t : d.get("timexes")) {
        gold.add(new GoldTimexDoc.GoldSpan(t.get("start").asInt(), t.get("end").asInt(), t.get("text").asText(),
            t.get("type").asText(), t.get("value").isNull() ? null : t.get("value").asText()));
      }
      out.add(new GoldTimexDoc(id, text, LocalDate.parse(d.get("documentDate").asText()), gold));
    }
    return out;
  }

  /** MEANTIME CAT: tokens joined by single spaces, sentences by newlines; only annotated sentences. */
  static List<GoldTimexDoc> meantime(Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> w = Files.walk(dir)) {
      files = w.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    List<GoldTimexDoc> out = new ArrayList<>();
    for (Path f : files) {
      var db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
      var doc = db.parse(f.toFile());
      NodeList toks = doc.getElementsByTagName("token");
      Map<String, int[]> offsets = new LinkedHashMap<>();
      Map<String, Integer> sentenceOf = new LinkedHashMap<>();
      StringBuilder text = new StringBuilder();
      int lastSentence = -1;
      int maxSentence = 0;
      NodeList timexNodes = doc.getElementsByTagName("TIMEX3");
      // annotated sentences: those holding any markable anchor
      java.util.Set<Integer> annotated = new java.util.HashSet<>();
      Map<String, Integer> tokSent = new LinkedHashMap<>();
      for (int i = 0; i < toks.getLength(); i++) {
        Element t = (Element) toks.item(i);
        tokSent.put(t.getAttribute("t_id"), Integer.parseInt(t.getAttribute("sentence")));
      }
      NodeList anchors = doc.getElementsByTagName("token_anchor");
      for (int i = 0; i < anchors.getLength(); i++) {
        Integer s = tokSent.get(((Element) anchors.item(i)).getAttribute("t_id"));
        if (s != null) {
          annotated.add(s);
        }
      }
      for (int i = 0; i < toks.getLength(); i++) {
        Element t = (Element) toks.item(i);
        int s = Integer.parseInt(t.getAttribute("sentence"));
        if (!annotated.contains(s)) {
          continue;
        }
        if (lastSentence >= 0) {
          text.append(s != lastSentence ? "\n" : " ");
        }
        lastSentence = s;
        int b = text.length();
        text.append(t.getTextContent());
        offsets.put(t.getAttribute("t_id"), new int[] {b, text.length()});
      }
      String dct = null;
      List<GoldTimexDoc.GoldSpan> gold = new ArrayList<>();
      for (int i = 0; i < timexNodes.getLength(); i++) {
        Element tx = (Element) timexNodes.item(i);
        if ("CREATION_TIME".equals(tx.getAttribute("functionInDocument"))) {
          dct = tx.getAttribute("value");
        }
        NodeList a = tx.getElementsByTagName("token_anchor");
        if (a.getLength() == 0) {
          continue;
        }
        int s = Integer.MAX_VALUE;
        int e = -1;
        for (int j = 0; j < a.getLength(); j++) {
          int[] o = offsets.get(((Element) a.item(j)).getAttribute("t_id"));
          if (o != null) {
            s = Math.min(s, o[0]);
            e = Math.max(e, o[1]);
          }
        }
        if (e < 0) {
          continue;
        }
        gold.add(new GoldTimexDoc.GoldSpan(s, e, text.substring(s, e), tx.getAttribute("type"), tx.getAttribute("value")));
      }
      gold.sort(java.util.Comparator.comparingInt(GoldTimexDoc.GoldSpan::start));
      String name = f.getFileName().toString();
      out.add(new GoldTimexDoc(name.substring(0, name.length() - 4), text.toString(), day(dct), gold));
    }
    return out;
  }

  static LocalDate day(String v) {
    if (v == null || v.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(v.substring(0, 10));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
