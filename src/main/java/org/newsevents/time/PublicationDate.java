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
 * The document date: from metadata when it has one; else from the text, trying in turn a "Published
 * on" line, a dateline at the head of the article, and the latest explicit full date; else none. It
 * never falls back to today. (A year alone is no document date: the time stage uses the year the
 * article names for partial dates instead.)
 */
public final class PublicationDate implements DocumentDateResolver {
  private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\.?\\s*,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)\\b(?:published|posted|updated)(?:\\s+on)?\\s*:?\\s*([^\\n]{0,60})");
  private static final int DATELINE_REACH = 400;

  @Override
  public DocumentDate resolve(Article article, CleanedText cleaned) {
    if (article.documentDate() != null) {
      return new DocumentDate(article.documentDate(), DocumentDate.Source.METADATA);
    }
    LocalDate found = inferred(cleaned.source());
    return found == null ? DocumentDate.none() : new DocumentDate(found, DocumentDate.Source.TEXT);
  }

  /** The date the text gives for itself: published-on line, then dateline, then latest full date. */
  static LocalDate inferred(String text) {
    Matcher p = PUBLISHED.matcher(text);
    while (p.find()) {
      LocalDate d = firstDate(p.group(1));
      if (d != null) {
        return d;
      }
    }
    LocalDate dateline = firstDate(text.substring(0, Math.min(text.length(), DATELINE_REACH)));
    return dateline != null ? dateline : latestExplicitDate(text);
  }

  static LocalDate latestExplicitDate(String text) {
    LocalDate latest = null;
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      latest = later(latest, date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
    }
    Matcher dm = DAY_MONTH_YEAR.matcher(text);
    while (dm.find()) {
      latest = later(latest, date(Integer.parseInt(dm.group(3)), month(dm.group(2)), Integer.parseInt(dm.group(1))));
    }
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      latest = later(latest, date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3))));
    }
    return latest;
  }

  private static LocalDate firstDate(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    Matcher dm = DAY_MONTH_YEAR.matcher(text);
    Matcher iso = ISO.matcher(text);
    LocalDate best = null;
    int at = Integer.MAX_VALUE;
    if (m.find() && m.start() < at) {
      best = date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      at = m.start();
    }
    if (dm.find() && dm.start() < at) {
      best = date(Integer.parseInt(dm.group(3)), month(dm.group(2)), Integer.parseInt(dm.group(1)));
      at = dm.start();
    }
    if (iso.find() && iso.start() < at) {
      best = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
    }
    return best;
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
