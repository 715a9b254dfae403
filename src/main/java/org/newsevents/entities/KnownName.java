package org.newsevents.entities;

import org.newsevents.model.EntityType;

/**
 * A gazetteer entry: the thing a known name stands for.
 *
 * @param canonical the entry's own name, whose folded form is the cross-document key
 * @param type      output type of the name as written (a demonym is NATIONALITY, its country LOCATION)
 * @param subtype   COUNTRY, CITY, ... or null
 * @param country   the country the name acts for, or null
 */
record KnownName(String canonical, EntityType type, String subtype, String country) {}
