package org.newsevents.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch guarantees: thread count does not change the output, and a killed run resumes to the same file. */
class BatchRunTest {
  @TempDir
  static Path dir;
  static Path input;
  static byte[] reference;

  @BeforeAll
  static void referenceRun() throws IOException {
    input = dir.resolve("in");
    Files.createDirectories(input);
    try (Stream<Path> seeds = Files.list(Path.of("corpus/articles"))) {
      for (Path p : seeds.toList()) {
        String name = p.getFileName().toString();
        Files.copy(p, input.resolve("a-" + name));
        Files.copy(p, input.resolve("b-" + name));
      }
    }
    Files.copy(Path.of("src/test/resources/bad-input/empty.txt"), input.resolve("c-empty.txt"));
    Path out = dir.resolve("one-thread.jsonl");
    assertEquals(Main.PARTIAL, run("extract", input.toString(), "-o", out.toString(), "--threads", "1"));
    reference = Files.readAllBytes(out);
    assertEquals(11, Files.readAllLines(out).size());
  }

  static int run(String... args) {
    return Main.commandLine().execute(args);
  }

  @Test
  void twoThreadsWriteTheSameBytesAsOne() throws IOException {
    Path out = dir.resolve("two-threads.jsonl");
    run("extract", input.toString(), "-o", out.toString(), "--threads", "2");
    assertArrayEquals(reference, Files.readAllBytes(out));
  }

  @Test
  void resumeAfterAHalfWrittenLineCompletesTheFile() throws IOException {
    Path out = dir.resolve("cut.jsonl");
    List<String> lines = Files.readAllLines(dir.resolve("one-thread.jsonl"));
    String partial = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4).substring(0, 100);
    Files.writeString(out, partial);
    assertEquals(Main.PARTIAL, run("extract", input.toString(), "-o", out.toString(), "--resume"));
    assertArrayEquals(reference, Files.readAllBytes(out));
  }

  @Test
  void resumeRefusesOutputFromOtherInputs() throws IOException {
    Path out = dir.resolve("other.jsonl");
    Files.writeString(out, "{\"schema\":\"newsevents/1\",\"id\":\"something-else\",\"error\":{\"stage\":\"ingest\",\"message\":\"x\"}}\n");
    assertEquals(Main.USAGE, run("extract", input.toString(), "-o", out.toString(), "--resume"));
  }

  @Test
  void killedProcessResumesToTheUninterruptedBytes() throws Exception {
    Path out = dir.resolve("killed.jsonl");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx4g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract", input.toString(),
        "-o", out.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
        .start();
    // Generous: on a loaded machine the child takes minutes to load its models and write three lines.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (p.isAlive() && System.nanoTime() < deadline
        && (!Files.exists(out) || Files.readAllLines(out).size() < 3)) {
      Thread.sleep(50);
    }
    assertTrue(p.isAlive(), () -> "the child finished before it could be killed: " + readLog());
    assertTrue(System.nanoTime() < deadline, () -> "the child wrote fewer than 3 lines in 15 minutes: " + readLog());
    p.destroyForcibly().waitFor();
    int before = Files.readAllLines(out).size();
    assertTrue(before >= 3 && before < 11, "lines before the kill: " + before);
    run("extract", input.toString(), "-o", out.toString(), "--resume");
    assertArrayEquals(reference, Files.readAllBytes(out));
  }

  static String readLog() {
    try {
      return Files.readString(dir.resolve("child.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
