package org.newsevents.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cleaner's data under {@code models/boilerplate/}: thresholds, word lists and the phrase
 * patterns of each reason. Read from the working directory when the folder is there (so a tuning run
 * sees edits at once), else from the classpath. Lines starting with {@code #} are comments.
 */
public final class RuleBook {
  private static final String ROOT = "models/boilerplate/";

  private final Map<String, String> thresholds;
  private final Set<String> stopWords;
  private final Map<String, List<Pattern>> patterns = new HashMap<>();
  private final Map<String, Set<String>> wordLists = new HashMap<>();

  private RuleBook() {
    this.thresholds = new HashMap<>();
    for (String row : entries("thresholds.tsv")) {
      String[] cols = row.split("\t");
      if (cols.length < 2) {
        throw new IllegalStateException(ROOT + "thresholds.tsv: expected key<TAB>value: " + row);
      }
      thresholds.put(cols[0].strip(), cols[1].strip());
    }
    this.stopWords = words("stopwords.txt");
  }

  private static volatile RuleBook standard;

  /** The book under {@code models/boilerplate/}, read once per JVM. */
  public static RuleBook standard() {
    RuleBook b = standard;
    if (b == null) {
      synchronized (RuleBook.class) {
        if (standard == null) {
          standard = new RuleBook();
        }
        b = standard;
      }
    }
    return b;
  }

  public Set<String> stopWords() {
    return stopWords;
  }

  public double number(String key) {
    String v = thresholds.get(key);
    if (v == null) {
      throw new IllegalStateException("missing threshold " + key + " in " + ROOT + "thresholds.tsv");
    }
    return Double.parseDouble(v);
  }

  public int integer(String key) {
    return (int) Math.round(number(key));
  }

  /** Case-insensitive patterns, one a line, from {@code patterns/<name>.txt}. */
  public synchronized List<Pattern> patterns(String name) {
    return patterns.computeIfAbsent(name, n -> {
      List<Pattern> out = new ArrayList<>();
      for (String row : entries("patterns/" + n + ".txt")) {
        out.add(Pattern.compile(row, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
      return List.copyOf(out);
    });
  }

  /** A lowercase word list, one a line, from {@code <name>}. */
  public synchronized Set<String> words(String name) {
    Set<String> cached = wordLists.get(name);
    if (cached != null) {
      return cached;
    }
    Set<String> out = new HashSet<>();
    for (String row : entries(name)) {
      out.add(row.toLowerCase(Locale.ROOT));
    }
    Set<String> result = Set.copyOf(out);
    wordLists.put(name, result);
    return result;
  }

  /** The entries of a file in their order (where order matters: selectors tried first to last). */
  public List<String> orderedEntries(String name) {
    return List.copyOf(entries(name));
  }

  /** A whole file under the folder as text (a trained model), or null when there is none. */
  public String optionalText(String name) {
    Path local = Path.of(ROOT + name);
    if (!Files.isRegularFile(local) && RuleBook.class.getClassLoader().getResource(ROOT + name) == null) {
      return null;
    }
    return read(ROOT + name);
  }

  private static List<String> entries(String name) {
    List<String> out = new ArrayList<>();
    for (String raw : read(ROOT + name).split("\n")) {
      String row = raw.strip();
      if (!row.isEmpty() && !row.startsWith("#")) {
        out.add(row);
      }
    }
    return out;
  }

  private static String read(String resource) {
    try {
      Path local = Path.of(resource);
      if (Files.isRegularFile(local)) {
        return Files.readString(local, StandardCharsets.UTF_8);
      }
      try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing model resource " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
