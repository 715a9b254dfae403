package org.newsevents.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;

/**
 * An article split into lines, with the shape of each and the verdict reached so far: the reason a
 * line was removed, or null while it is kept. Rules read it and mark lines; a marked line stays
 * marked, so the first rule to name a line gives its reason. A protected line is never marked.
 * A rule may also take a span inside a line that otherwise stays (furniture glued into a sentence);
 * it is dropped if a later rule takes the whole line.
 */
public final class ArticleLines {
  private final Article article;
  private final List<Line> lines;
  private final List<LineShape> shapes;
  private final String[] reasons;
  private final boolean[] protectedLines;
  private final List<List<BoilerplateSpan>> within;

  public ArticleLines(Article article, RuleBook book) {
    this.article = article;
    String text = article.text();
    List<Line> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      out.add(new Line(out.size(), start, contentEnd, text.substring(start, contentEnd).strip()));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    this.lines = Collections.unmodifiableList(out);
    Set<String> stopWords = FunctionWords.of(out, book);
    List<LineShape> s = new ArrayList<>(out.size());
    for (Line line : out) {
      s.add(LineShape.of(line.text(), stopWords));
    }
    this.shapes = Collections.unmodifiableList(s);
    this.reasons = new String[out.size()];
    this.protectedLines = new boolean[out.size()];
    this.within = new ArrayList<>(Collections.nCopies(out.size(), List.of()));
  }

  public Article article() {
    return article;
  }

  public List<Line> lines() {
    return lines;
  }

  public int size() {
    return lines.size();
  }

  public Line line(int i) {
    return lines.get(i);
  }

  public String text(int i) {
    return lines.get(i).text();
  }

  public LineShape shape(int i) {
    return shapes.get(i);
  }

  public String reason(int i) {
    return reasons[i];
  }

  public boolean marked(int i) {
    return reasons[i] != null;
  }

  /** Whether a line is still open to rules: not blank, not marked, not protected. */
  public boolean open(int i) {
    return !lines.get(i).blank() && reasons[i] == null && !protectedLines[i];
  }

  public boolean isProtected(int i) {
    return protectedLines[i];
  }

  /** Marks a line as boilerplate, unless it is blank, protected or already marked. */
  public void mark(int i, String reason) {
    if (open(i)) {
      reasons[i] = reason;
    }
  }

  /** Takes the source span [start, end) inside line {@code i}, whose other text stays. */
  public void markWithin(int i, int start, int end, String reason) {
    Line line = lines.get(i);
    if (reasons[i] == null && start >= line.start() && end <= line.end() && start < end) {
      List<BoilerplateSpan> spans = new ArrayList<>(within.get(i));
      spans.add(new BoilerplateSpan(start, end, reason));
      within.set(i, List.copyOf(spans));
    }
  }

  /** The spans taken inside line {@code i}; none when the whole line is marked. */
  public List<BoilerplateSpan> within(int i) {
    return reasons[i] == null ? within.get(i) : List.of();
  }

  /** Keeps a line whatever later rules say (the article's own headline). */
  public void protect(int i) {
    if (reasons[i] == null) {
      protectedLines[i] = true;
    }
  }

  /** The nearest non-blank line before {@code i}, or -1. */
  public int previous(int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!lines.get(j).blank()) {
        return j;
      }
    }
    return -1;
  }

  /** The nearest non-blank line after {@code i}, or -1. */
  public int next(int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).blank()) {
        return j;
      }
    }
    return -1;
  }
}
