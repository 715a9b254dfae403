package org.newsevents.model;

/**
 * One token of the parse layer.
 *
 * @param index 1-based index within its sentence (dependency indices use it; 0 is the root)
 * @param ner   coarse NER label from the tagger, "O" for none
 * @param fineNer fine label where the tagger gives one (COUNTRY, CITY, ...), else equal to ner
 */
public record Token(int index, String word, String lemma, String pos, String ner, String fineNer, int start, int end)
    implements Span {}
