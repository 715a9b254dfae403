package org.newsevents.events;

import java.util.List;
import org.newsevents.model.Argument;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Timex;
import org.newsevents.model.Token;

/** One sentence under extraction: its graph, its text, the document's timexes and entity links. */
record SentenceContext(ParsedText parsed, ClauseGraph g, String sentenceText, List<Timex> timexes, EntityLinks links) {
  /**
   * The argument headed by {@code head}: its minimal phrase and the entity it refers to (that of its
   * head, of a name inside it, or of the name it is identified as); null for none.
   */
  Argument argument(Integer head) {
    if (head == null) {
      return null;
    }
    int[] span = ArgumentPhrase.span(g, head);
    Token headToken = g.token(head);
    String entity = links.entityAt(headToken.start(), headToken.end(), span[0], span[1]);
    Integer name = entity == null ? IdentifiedAs.name(g, head) : null;
    if (name != null) {
      Token n = g.token(name);
      entity = links.entityAt(n.start(), n.end(), n.start(), n.end());
    }
    return new Argument(parsed.text().substring(span[0], span[1]), span[0], span[1], entity);
  }

  String text() {
    return parsed.text();
  }
}
