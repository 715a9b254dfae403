package org.newsevents.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.newsevents.model.Article;
import org.newsevents.pipeline.PipelineOptions;

/**
 * CoNLL-2003 NER ({@code token POS chunk NER}, IOB1). Documents split at {@code -DOCSTART-}; a
 * document's text is its tokens joined by single spaces, one sentence a line. In IOB1 a name starts
 * at {@code B-X}, or at {@code I-X} after anything but X; {@code B-} only separates two adjacent names
 * of one type.
 */
public final class ConllGoldReader implements GoldReader {
  @Override
  public List<GoldDocument> read(Path gold) throws IOException {
    if (!Files.isRegularFile(gold)) {
      throw new BadGold(gold + ": not a CoNLL file");
    }
    String stem = gold.getFileName().toString();
    List<GoldDocument> out = new ArrayList<>();
    Builder doc = null;
    int lineNo = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      lineNo++;
      String[] cols = line.strip().split("\\s+");
      if (line.isBlank()) {
        if (doc != null) {
          doc.endSentence();
        }
      } else if (cols[0].equals("-DOCSTART-")) {
        if (doc != null && !doc.empty()) {
          out.add(doc.build(stem, out.size() + 1));
        }
        doc = new Builder();
      } else {
        if (cols.length < 2) {
          throw new BadGold(gold + ":" + lineNo + ": expected 'token ... NER-tag'");
        }
        if (doc == null) {
          doc = new Builder();
        }
        doc.token(cols[0], cols[cols.length - 1]);
      }
    }
    if (doc != null && !doc.empty()) {
      out.add(doc.build(stem, out.size() + 1));
    }
    return out;
  }

  /** Accumulates one document's text and names. */
  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<GoldSpan> names = new ArrayList<>();
    private boolean sentenceOpen;
    private String openType;
    private int openStart;

    boolean empty() {
      return text.isEmpty();
    }

    void token(String word, String tag) {
      if (sentenceOpen) {
        text.append(' ');
      }
      sentenceOpen = true;
      int start = text.length();
      String type = tag.equals("O") ? null : tag.substring(2);
      boolean begins = type != null && (tag.startsWith("B-") || !type.equals(openType));
      if (type == null || begins) {
        close(start - (start > 0 && text.charAt(start - 1) == ' ' ? 1 : 0));
      }
      if (begins) {
        openType = type;
        openStart = start;
      }
      text.append(word);
    }

    void endSentence() {
      if (sentenceOpen) {
        close(text.length());
        text.append('\n');
        sentenceOpen = false;
      }
    }

    private void close(int end) {
      if (openType != null) {
        names.add(new GoldSpan(openStart, end, openType, text.substring(openStart, end)));
        openType = null;
      }
    }

    GoldDocument build(String stem, int number) {
      endSentence();
      String id = stem + "-" + String.format("%03d", number);
      Article article = new Article(id, null, null, text.toString().stripTrailing(), null, stem + " document " + number);
      return new GoldDocument(article, PipelineOptions.conll(), EnumSet.of(Stage.ENTITIES), null, null, names,
          List.of(), List.of(), List.of(), false, null);
    }
  }
}
