package org.newsevents.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.Article;
import org.newsevents.model.CleanedText;
import org.newsevents.model.DocumentDate;

/**
 * The document date: from metadata when it has one, else the latest explicit full date in the
 * text (a dateline or "Published on" line is one), else none. It never falls back to today.
 */
public final class PublicationDate implements DocumentDateResolver {
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

  @Override
  public DocumentDate resolve(Article article, CleanedText cleaned) {
    if (article.documentDate() != null) {
      return new DocumentDate(article.documentDate(), DocumentDate.Source.METADATA);
    }
    LocalDate latest = latestExplicitDate(cleaned.source());
    return latest == null ? DocumentDate.none() : new DocumentDate(latest, DocumentDate.Source.TEXT);
  }

  static LocalDate latestExplicitDate(String text) {
    LocalDate latest = null;
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      latest = later(latest, date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
    }
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      latest = later(latest, date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3))));
    }
    return latest;
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return month.getValue();
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
