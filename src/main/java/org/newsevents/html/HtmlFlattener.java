package org.newsevents.html;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens a page the way a naive scraper does: the title, then every block element's text on its
 * own line, scripts, styles and other non-text elements dropped, whitespace collapsed.
 */
public final class HtmlFlattener {
  public static final Set<String> NON_TEXT = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "object", "canvas", "head", "button", "select", "option", "input", "textarea");
  static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "nav",
      "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
      "td", "th", "blockquote", "pre", "figure", "figcaption", "form", "br", "hr", "title", "address",
      "caption", "details", "summary", "body", "center", "fieldset", "legend", "menu");

  private HtmlFlattener() {}

  /** The page as naive text: the title on the first line, then one block a line. */
  public static String flatten(String html) {
    return flatten(Jsoup.parse(html));
  }

  /** As {@link #flatten(String)}, for a parsed page; the document is not changed. */
  public static String flatten(Document page) {
    Document doc = page.clone();
    String title = doc.title().strip();
    doc.select(String.join(",", NON_TEXT)).remove();
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(title).append('\n');
    }
    out.append(blockText(doc.body()));
    return out.toString().strip();
  }

  /** The text under one element, one block a line; non-text elements are expected gone. */
  public static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          endLine(out, line);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          endLine(out, line);
        }
      }
    }, root);
    endLine(out, line);
    return out.toString();
  }

  private static void endLine(StringBuilder out, StringBuilder line) {
    String text = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) {
      out.append(text).append('\n');
    }
    line.setLength(0);
  }
}
