package org.newsevents.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads one gold format into gold documents. */
public interface GoldReader {
  /** @throws BadGold when the path does not hold this format */
  List<GoldDocument> read(Path gold) throws IOException;
}
