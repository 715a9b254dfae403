package org.newsevents.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.rules.MainText;

/**
 * The features the line classifier reads, as named binary cues: the line's own shape (length,
 * stop-word density, title case, sentence end), where it sits (inside the main text, how far from
 * prose, position in the page) and its neighbours' shape and verdicts. No word of the line itself
 * is a feature, so the model learns layout, not a page's sentences.
 */
public final class LineFeatures {
  private static final Pattern FURNITURE_MARK = Pattern.compile("[|»›•©@#]|^[-*·–—]\\s");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final int WINDOW = 3;

  private LineFeatures() {}

  /** The cues of line {@code i}, given the verdicts reached so far and the main text's stretches. */
  public static List<String> of(ArticleLines lines, int i, List<MainText> main, RuleBook book) {
    List<String> f = new ArrayList<>();
    LineShape s = lines.shape(i);
    f.add("bias");
    own("", s, lines.text(i), f);
    f.add("prose=" + MainText.prose(lines, i, book));
    f.add("furniture=" + MainText.furniture(lines, i, book));
    f.add("inMain=" + inside(main, i));
    f.add("mainSide=" + side(main, i));
    f.add("pos=" + (int) Math.floor(10.0 * i / Math.max(1, lines.size())));
    f.add("proseDist=" + bucket(proseDistance(lines, i, book)));
    int p = lines.previous(i);
    int n = lines.next(i);
    neighbour("prev", lines, p, book, f);
    neighbour("next", lines, n, book, f);
    int p2 = p < 0 ? -1 : lines.previous(p);
    int n2 = n < 0 ? -1 : lines.next(n);
    f.add("prev2Marked=" + (p2 >= 0 && lines.marked(p2)));
    f.add("next2Marked=" + (n2 >= 0 && lines.marked(n2)));
    f.add("teaser=" + teaser(lines, p, i, n, book));
    String side = side(main, i);
    f.add("mainSide&words=" + side + "&" + bucket(s.wordCount()));
    f.add("mainSide&ends=" + side + "&" + s.endsSentence());
    f.add("mainDist=" + side + "&" + bucket(mainDistance(lines, main, i)));
    f.add("lower=" + (int) Math.round(5 * lowerShare(s)));
    int prose = 0;
    int marked = 0;
    int j = i;
    for (int k = 0; k < WINDOW && (j = lines.previous(j)) >= 0; k++) {
      prose += MainText.prose(lines, j, book) && !lines.marked(j) ? 1 : 0;
      marked += lines.marked(j) ? 1 : 0;
    }
    j = i;
    for (int k = 0; k < WINDOW && (j = lines.next(j)) >= 0; k++) {
      prose += MainText.prose(lines, j, book) && !lines.marked(j) ? 1 : 0;
      marked += lines.marked(j) ? 1 : 0;
    }
    f.add("windowProse=" + prose);
    f.add("windowMarked=" + marked);
    f.add("windowProse&words=" + Math.min(prose, 3) + "&" + bucket(s.wordCount()));
    // Lists: a story's list follows a lead-in ending in a colon right after its prose, and its items
    // share one outline (tour dates, table rows, ingredients), as a menu's items also do.
    String lead = bucket(leadInDistance(lines, i, book));
    f.add("afterLeadIn=" + lead);
    String outline = outline(lines.text(i), s);
    boolean likePrev = p >= 0 && outline.equals(outline(lines.text(p), lines.shape(p)));
    boolean likeNext = n >= 0 && outline.equals(outline(lines.text(n), lines.shape(n)));
    f.add("outlineLikeNeighbour=" + (likePrev || likeNext));
    f.add("afterLeadIn&outline=" + lead + "&" + (likePrev || likeNext));
    return f;
  }

  private static void own(String prefix, LineShape s, String text, List<String> f) {
    String words = bucket(s.wordCount());
    String stop = String.valueOf((int) Math.round(10 * s.stopWordDensity()));
    f.add(prefix + "words=" + words);
    f.add(prefix + "chars=" + bucket(s.chars()));
    f.add(prefix + "stop=" + stop);
    f.add(prefix + "words&stop=" + words + "&" + stop);
    f.add(prefix + "title=" + (int) Math.round(5 * s.titleCaseShare()));
    f.add(prefix + "ends=" + s.endsSentence());
    f.add(prefix + "words&ends=" + words + "&" + s.endsSentence());
    long digits = DIGIT.matcher(text).results().count();
    f.add(prefix + "digits=" + (int) Math.round(5.0 * digits / Math.max(1, text.length())));
    f.add(prefix + "mark=" + FURNITURE_MARK.matcher(text).find());
    f.add(prefix + "colon=" + text.endsWith(":"));
  }

  private static void neighbour(String name, ArticleLines lines, int j, RuleBook book, List<String> f) {
    if (j < 0) {
      f.add(name + "=none");
      return;
    }
    f.add(name + "Marked=" + lines.marked(j));
    f.add(name + "Reason=" + lines.reason(j));
    f.add(name + "Prose=" + MainText.prose(lines, j, book));
    f.add(name + "Words=" + bucket(lines.shape(j).wordCount()));
    f.add(name + "Ends=" + lines.shape(j).endsSentence());
  }

  /** A short title line followed by one prose line with furniture or another title after it. */
  private static boolean teaser(ArticleLines lines, int p, int i, int n, RuleBook book) {
    LineShape s = lines.shape(i);
    if (MainText.prose(lines, i, book) && p >= 0 && !lines.shape(p).endsSentence()
        && lines.shape(p).wordCount() <= 16 && n >= 0 && !lines.shape(n).endsSentence()) {
      return true;
    }
    return !s.endsSentence() && s.wordCount() <= 16 && n >= 0 && MainText.prose(lines, n, book)
        && lines.next(n) >= 0 && !lines.shape(lines.next(n)).endsSentence();
  }

  /**
   * Non-blank lines back to a lead-in (an unmarked line ending in a colon, with unmarked prose right
   * before it), through lines that are not prose themselves; 0 for the lead-in, 64 for none.
   */
  private static int leadInDistance(ArticleLines lines, int i, RuleBook book) {
    int d = 0;
    for (int j = i; j >= 0 && d < 64; j = lines.previous(j), d++) {
      if (lines.text(j).endsWith(":") && !lines.marked(j)) {
        int p = lines.previous(j);
        return p >= 0 && !lines.marked(p) && MainText.prose(lines, p, book) ? d : 64;
      }
      if (j != i && MainText.prose(lines, j, book)) {
        return 64;
      }
    }
    return 64;
  }

  /** A line's outline: the kind of its first two words, its length in words, whether it has digits and dashes. */
  private static String outline(String text, LineShape s) {
    StringBuilder o = new StringBuilder();
    for (int k = 0; k < Math.min(2, s.words().size()); k++) {
      int c = s.words().get(k).codePointAt(0);
      o.append(Character.isDigit(c) ? 'd' : Character.isUpperCase(c) ? 'C' : 'l');
    }
    o.append(bucket(s.wordCount()));
    o.append(DIGIT.matcher(text).find() ? 'n' : '-');
    o.append(text.matches(".*\\s[-–—@|]+\\s.*") ? 's' : '-');
    return o.toString();
  }

  private static double lowerShare(LineShape s) {
    if (s.words().isEmpty()) {
      return 0;
    }
    int lower = 0;
    for (String w : s.words()) {
      lower += Character.isLowerCase(w.codePointAt(0)) ? 1 : 0;
    }
    return (double) lower / s.words().size();
  }

  /** Non-blank lines between this line and the best main-text stretch (0 inside it). */
  private static int mainDistance(ArticleLines lines, List<MainText> main, int i) {
    if (main.isEmpty() || main.get(0).contains(i)) {
      return 0;
    }
    MainText best = main.get(0);
    int d = 0;
    int j = i;
    while (j >= 0 && !best.contains(j) && d < 64) {
      j = i < best.first() ? lines.next(j) : lines.previous(j);
      d++;
    }
    return d;
  }

  private static int proseDistance(ArticleLines lines, int i, RuleBook book) {
    int d = 0;
    int a = i;
    int b = i;
    while (d < 16) {
      if ((a >= 0 && MainText.prose(lines, a, book) && !lines.marked(a))
          || (b >= 0 && MainText.prose(lines, b, book) && !lines.marked(b))) {
        return d;
      }
      a = a < 0 ? -1 : lines.previous(a);
      b = b < 0 ? -1 : lines.next(b);
      d++;
    }
    return d;
  }

  private static boolean inside(List<MainText> main, int i) {
    for (MainText m : main) {
      if (m.contains(i)) {
        return true;
      }
    }
    return false;
  }

  private static String side(List<MainText> main, int i) {
    if (main.isEmpty()) {
      return "none";
    }
    MainText best = main.get(0);
    return i < best.first() ? "before" : i > best.last() ? "after" : "in";
  }

  /** Powers of two: 0, 1, 2-3, 4-7, ... */
  private static String bucket(int n) {
    return n <= 0 ? "0" : String.valueOf(32 - Integer.numberOfLeadingZeros(n));
  }
}
