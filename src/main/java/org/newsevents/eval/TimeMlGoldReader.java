package org.newsevents.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsevents.model.Article;
import org.newsevents.pipeline.PipelineOptions;

/**
 * TempEval-3 TimeML ({@code .tml}, a folder walked recursively). The document text is the content of
 * {@code <TEXT>} with its inline tags stripped, and TIMEX3 offsets point into that text. The DCT (the
 * TIMEX3 inside {@code <DCT>}, functionInDocument CREATION_TIME) is the publication date and is not scored.
 */
public final class TimeMlGoldReader implements GoldReader {
  @Override
  public List<GoldDocument> read(Path gold) throws IOException {
    List<Path> files;
    if (Files.isDirectory(gold)) {
      try (Stream<Path> walk = Files.walk(gold)) {
        files = walk.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
      }
    } else if (Files.isRegularFile(gold)) {
      files = List.of(gold);
    } else {
      throw new BadGold(gold + ": no such file or folder");
    }
    if (files.isEmpty()) {
      throw new BadGold(gold + ": no .tml files");
    }
    List<GoldDocument> out = new ArrayList<>();
    for (Path f : files) {
      out.add(readOne(f));
    }
    return out;
  }

  static GoldDocument readOne(Path file) throws IOException {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return parse(name.substring(0, name.length() - ".tml".length()), in, file.toString());
    } catch (XMLStreamException e) {
      throw new BadGold(file + ": not TimeML XML (" + e.getMessage() + ")");
    }
  }

  static GoldDocument parse(String id, InputStream in, String origin) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    StringBuilder text = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    String dct = null;
    boolean inText = false;
    boolean inDct = false;
    int timexStart = -1;
    String type = null;
    String value = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String tag = xml.getLocalName();
        if (tag.equals("TEXT")) {
          inText = true;
        } else if (tag.equals("DCT")) {
          inDct = true;
        } else if (tag.equals("TIMEX3")) {
          String function = xml.getAttributeValue(null, "functionInDocument");
          if (inDct || "CREATION_TIME".equals(function)) {
            dct = dct == null ? xml.getAttributeValue(null, "value") : dct;
          } else if (inText) {
            timexStart = text.length();
            type = xml.getAttributeValue(null, "type");
            value = xml.getAttributeValue(null, "value");
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String tag = xml.getLocalName();
        if (tag.equals("TEXT")) {
          inText = false;
        } else if (tag.equals("DCT")) {
          inDct = false;
        } else if (tag.equals("TIMEX3") && timexStart >= 0) {
          timexes.add(new GoldTimex(timexStart, text.length(), text.substring(timexStart), type, value));
          timexStart = -1;
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE)) {
        text.append(xml.getText());
      }
    }
    Article article = new Article(id, null, null, text.toString(), GoldDates.day(dct), origin);
    return new GoldDocument(article, PipelineOptions.uncleaned(), EnumSet.of(Stage.TIMEXES), null, null, List.of(),
        List.of(), timexes, List.of(), false, null);
  }
}
