package org.newsevents.entities;

import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;

/** A tagged name in the text, before grouping: its span, output type and the tagger's fine label. */
record NameMention(Mention mention, EntityType type, String subtype, String key) {}
