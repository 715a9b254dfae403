package org.newsevents.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsevents.model.Article;
import org.newsevents.pipeline.PipelineOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * MEANTIME CAT XML (a folder walked recursively). The text is rebuilt from the tokens: one sentence a
 * line, tokens joined by single spaces. Gold events are the EVENT_MENTIONs with an Arg0 or Arg1
 * participant (HAS_PARTICIPANT); gold timexes are the anchored TIMEX3. Only the title and the first
 * sentences are annotated, so only sentences holding some annotation are scored. The publication date
 * is the TIMEX3 with functionInDocument CREATION_TIME; it is anchored on the dateline and scored like
 * any other timex. MEANTIME annotates verbs of saying as events ("said", "announced"), which the
 * newsevents schema folds into the {@code reportedBy} of what they report; so the events are scored
 * with each reporting verb as a speech-act triple of its own (see {@link OutputRecord#speechActs()}).
 */
public final class MeantimeGoldReader implements GoldReader {
  @Override
  public List<GoldDocument> read(Path gold) throws IOException {
    List<Path> files;
    if (Files.isDirectory(gold)) {
      try (Stream<Path> walk = Files.walk(gold)) {
        files = walk.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
      }
    } else if (Files.isRegularFile(gold)) {
      files = List.of(gold);
    } else {
      throw new BadGold(gold + ": no such file or folder");
    }
    if (files.isEmpty()) {
      throw new BadGold(gold + ": no MEANTIME .xml files");
    }
    List<GoldDocument> out = new ArrayList<>();
    for (Path f : files) {
      out.add(readOne(f));
    }
    return out;
  }

  static GoldDocument readOne(Path file) throws IOException {
    Document xml;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new BadGold(file + ": not CAT XML (" + e.getMessage() + ")");
    }
    String name = file.getFileName().toString();
    return build(name.substring(0, name.length() - ".xml".length()), xml, file.toString());
  }

  private record Token(int sentence, int start, int end) {}

  private static GoldDocument build(String id, Document xml, String origin) {
    // Tokens in sentence order, then in their number order.
    TreeMap<Integer, TreeMap<Integer, Element>> sentences = new TreeMap<>();
    NodeList tokenNodes = xml.getElementsByTagName("token");
    for (int i = 0; i < tokenNodes.getLength(); i++) {
      Element t = (Element) tokenNodes.item(i);
      sentences.computeIfAbsent(intAttr(t, "sentence"), s -> new TreeMap<>()).put(intAttr(t, "number"), t);
    }
    StringBuilder text = new StringBuilder();
    Map<String, Token> tokens = new HashMap<>();
    Map<Integer, Region> sentenceRegions = new HashMap<>();
    for (var s : sentences.entrySet()) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      int sentenceStart = text.length();
      boolean first = true;
      for (Element t : s.getValue().values()) {
        if (!first) {
          text.append(' ');
        }
        first = false;
        int start = text.length();
        text.append(t.getTextContent());
        tokens.put(t.getAttribute("t_id"), new Token(s.getKey(), start, text.length()));
      }
      sentenceRegions.put(s.getKey(), new Region(sentenceStart, text.length()));
    }
    String source = text.toString();

    Element markables = first(xml, "Markables");
    Map<String, Region> spans = new HashMap<>();
    TreeSet<Integer> annotated = new TreeSet<>();
    List<GoldTimex> timexes = new ArrayList<>();
    String dct = null;
    if (markables != null) {
      NodeList children = markables.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (!(children.item(i) instanceof Element m)) {
          continue;
        }
        Region span = anchorSpan(m, tokens, annotated);
        if (span != null) {
          spans.put(m.getAttribute("m_id"), span);
        }
        if (m.getTagName().equals("TIMEX3")) {
          if ("CREATION_TIME".equals(m.getAttribute("functionInDocument"))) {
            dct = m.getAttribute("value");
          }
          if (span != null) {
            String value = m.getAttribute("value");
            timexes.add(new GoldTimex(span.start(), span.end(), source.substring(span.start(), span.end()),
                m.getAttribute("type"), value.isEmpty() ? null : value));
          }
        }
      }
    }
    List<GoldEvent> events = events(xml, markables, spans, source);
    List<Region> scored = annotated.stream().map(sentenceRegions::get).toList();
    Article article = new Article(id, null, null, source, GoldDates.day(dct), origin);
    return new GoldDocument(article, PipelineOptions.uncleaned(), EnumSet.of(Stage.TIMEXES, Stage.EVENTS), null,
        null, List.of(), List.of(), timexes, events, false, scored, true);
  }

  private static List<GoldEvent> events(Document xml, Element markables, Map<String, Region> spans, String source) {
    Map<String, StringBuilder> arg0 = new HashMap<>();
    Map<String, StringBuilder> arg1 = new HashMap<>();
    NodeList links = xml.getElementsByTagName("HAS_PARTICIPANT");
    for (int i = 0; i < links.getLength(); i++) {
      Element link = (Element) links.item(i);
      String role = link.getAttribute("sem_role");
      Map<String, StringBuilder> into = role.equals("Arg0") ? arg0 : role.equals("Arg1") ? arg1 : null;
      Element src = first(link, "source");
      Element tgt = first(link, "target");
      if (into == null || src == null || tgt == null) {
        continue;
      }
      Region target = spans.get(tgt.getAttribute("m_id"));
      if (target != null) {
        // Two participants in one role ("its devices" and "Apple"): either may match.
        StringBuilder b = into.computeIfAbsent(src.getAttribute("m_id"), k -> new StringBuilder());
        b.append(b.isEmpty() ? "" : " ").append(source, target.start(), target.end());
      }
    }
    List<GoldEvent> out = new ArrayList<>();
    if (markables == null) {
      return out;
    }
    NodeList mentions = markables.getElementsByTagName("EVENT_MENTION");
    for (int i = 0; i < mentions.getLength(); i++) {
      String mid = ((Element) mentions.item(i)).getAttribute("m_id");
      Region span = spans.get(mid);
      if (span == null || !(arg0.containsKey(mid) || arg1.containsKey(mid))) {
        continue;
      }
      out.add(new GoldEvent(span.start(), span.end(), source.substring(span.start(), span.end()),
          argument(arg0.get(mid)), argument(arg1.get(mid)), null, null));
    }
    out.sort(java.util.Comparator.comparingInt(GoldEvent::start));
    return out;
  }

  private static GoldArgument argument(StringBuilder text) {
    return text == null ? null : new GoldArgument(text.toString(), null);
  }

  /** From the first to the last anchored token; notes the anchored sentences. */
  private static Region anchorSpan(Element m, Map<String, Token> tokens, TreeSet<Integer> annotated) {
    NodeList anchors = m.getElementsByTagName("token_anchor");
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (int i = 0; i < anchors.getLength(); i++) {
      Token t = tokens.get(((Element) anchors.item(i)).getAttribute("t_id"));
      if (t != null) {
        start = Math.min(start, t.start());
        end = Math.max(end, t.end());
        annotated.add(t.sentence());
      }
    }
    return end < 0 ? null : new Region(start, end);
  }

  private static Element first(Document d, String tag) {
    NodeList l = d.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static Element first(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static int intAttr(Element e, String name) {
    try {
      return Integer.parseInt(e.getAttribute(name));
    } catch (NumberFormatException x) {
      throw new BadGold("token without a numeric " + name + " attribute");
    }
  }
}
