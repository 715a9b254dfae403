package org.newsevents.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens an HTML page to text the way a naive scraper does: scripts and styles dropped, one
 * block element a line. For HTML input this text is the document's source text.
 */
public final class HtmlText {
  private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "head", "object", "canvas");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "nav",
      "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td",
      "th", "blockquote", "pre", "figure", "figcaption", "form", "br", "hr", "title", "address", "caption",
      "details", "summary", "body");

  private HtmlText() {}

  public static String flatten(String html) {
    Document doc = Jsoup.parse(html);
    String title = doc.title();
    doc.select(String.join(",", DROPPED)).remove();
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.text());
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
    }, doc.body());
    endLine(out, line);
    String body = out.toString().strip();
    return title.isBlank() ? body : title.strip() + "\n" + body;
  }

  private static void endLine(StringBuilder out, StringBuilder line) {
    String text = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) {
      out.append(text).append('\n');
    }
    line.setLength(0);
  }
}
