package org.newsevents.clean.html;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsevents.clean.RuleBook;
import org.newsevents.html.HtmlFlattener;

/**
 * DOM-aware extraction for HTML input: narrows the page to its article container when the markup
 * names one, drops page furniture by tag and by class or id name, drops link lists (high link
 * density) but not an embedded post the story quotes (a tweet is mostly links), then flattens what
 * is left one block a line. The plain-text cleaner runs on the result.
 */
public final class DomExtractor {
  private final RuleBook book;
  private final Pattern furnitureNames;
  private final String quotedEmbeds;

  public DomExtractor(RuleBook book) {
    this.book = book;
    this.furnitureNames = Pattern.compile(String.join("|", book.words("html/furniture-names.txt")));
    this.quotedEmbeds = String.join(",", book.orderedEntries("html/quoted-embeds.txt"));
  }

  public DomExtractor() {
    this(RuleBook.standard());
  }

  /**
   * What the markup gave: the story text, and whether it came from an element the page names as its
   * article (then the markup has already cut the page's furniture, and the text rules need only
   * remove what sits inside the article).
   */
  public record Extraction(String text, boolean articleContainer) {}

  /** The page's story text: title line first, then the blocks that survive, one a line. */
  public String extract(String html) {
    return extraction(html).text();
  }

  public Extraction extraction(String html) {
    Document doc = Jsoup.parse(html);
    String title = doc.title().strip();
    doc.select(String.join(",", HtmlFlattener.NON_TEXT)).remove();
    Element root = container(doc);
    // A wrapper that holds most of the page is never furniture, whatever its name says.
    int cap = (int) (book.number("html.max-removed-share") * root.text().length());
    for (Element e : root.select(String.join(",", book.words("html/furniture-tags.txt")))) {
      if (e.parent() != null && e.text().length() <= cap) {
        e.remove();
      }
    }
    for (Element e : root.select("[class], [id]")) {
      if (e != root && e.parent() != null && furniture(e) && e.text().length() <= cap && !quotedPost(e)) {
        e.remove();
      }
    }
    for (Element e : root.select("ul, ol, div, p, section, table")) {
      if (e != root && e.parent() != null && linkList(e) && e.text().length() <= cap && !quotedPost(e)) {
        e.remove();
      }
    }
    String body = HtmlFlattener.blockText(root);
    return new Extraction((title.isEmpty() ? "" : title + "\n") + body.strip(), root != doc.body());
  }

  /** The element named as the article body, else the single article element, else the body. */
  private Element container(Document doc) {
    // In the file's order: a set's order changes from one JVM to the next, and so would the container.
    for (String selector : book.orderedEntries("html/article-containers.txt")) {
      Elements found = doc.select(selector);
      if (found.size() == 1 && found.first().text().length() >= book.integer("html.container-min-chars")) {
        return found.first();
      }
    }
    return doc.body();
  }

  /**
   * An embedded post the story quotes, or the wrapper around one ("social-media-embed"), or an element
   * inside one: its name and its links would take it for furniture.
   */
  private boolean quotedPost(Element e) {
    if (e.closest(quotedEmbeds) != null) {
      return true;
    }
    int quoted = 0;
    for (Element q : e.select(quotedEmbeds)) {
      quoted += q.text().length();
    }
    return quoted > 0 && e.text().length() - quoted <= book.integer("html.quoted-embed.max-other-chars");
  }

  private boolean furniture(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
    return furnitureNames.matcher(names).find();
  }

  /** A block whose text is mostly link text: a menu, a tag list, a teaser rail. */
  private boolean linkList(Element e) {
    String text = e.text();
    if (text.isEmpty()) {
      return false;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return (double) linked / text.length() >= book.number("html.max-link-density");
  }
}
