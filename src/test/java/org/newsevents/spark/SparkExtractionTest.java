package org.newsevents.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;

/** The Spark job in local mode writes exactly extract's records for the bundled corpus. */
class SparkExtractionTest {
  @Test
  void sparkOutputSortedByIdEqualsExtractOutput(@TempDir Path dir) throws IOException {
    Path extracted = dir.resolve("extract.jsonl");
    assertEquals(Main.OK, Main.commandLine().execute("extract", "corpus/articles", "-o", extracted.toString()));
    Path sparkOut = dir.resolve("spark-out");
    assertEquals(Main.OK, Main.commandLine().execute("spark", "corpus/articles", "-o", sparkOut.toString(),
        "--master", "local[2]", "--partitions", "3"));
    List<String> fromSpark = new ArrayList<>();
    try (Stream<Path> parts = Files.list(sparkOut)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        fromSpark.addAll(Files.readAllLines(part));
      }
    }
    Comparator<String> byId = Comparator.comparing(SparkExtractionTest::id);
    List<String> expected = new ArrayList<>(Files.readAllLines(extracted));
    expected.sort(byId);
    fromSpark.sort(byId);
    assertEquals(5, fromSpark.size());
    assertEquals(expected, fromSpark);
  }

  static String id(String line) {
    int at = line.indexOf("\"id\":\"") + 6;
    return line.substring(at, line.indexOf('"', at));
  }
}
