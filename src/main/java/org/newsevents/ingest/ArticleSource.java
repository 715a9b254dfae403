package org.newsevents.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.newsevents.model.Article;

/**
 * Reads the inputs a user names: text files, HTML pages, JSON-lines dumps (each maybe gzipped),
 * folders walked recursively in name order, and {@code -} for standard input. Documents come out
 * one at a time, so a dump is never held in memory; a document that cannot be read comes out as
 * {@link Ingested.Failed} and the rest still come.
 */
public final class ArticleSource implements Iterator<Ingested>, AutoCloseable {
  public static final String STDIN = "-";

  private final Deque<Path> files = new ArrayDeque<>();
  private final long knownCount;
  private final InputStream stdin;
  private boolean stdinPending;
  private Iterator<Ingested> current = Collections.emptyIterator();

  private ArticleSource(List<Path> files, boolean readStdin, InputStream stdin) {
    this.files.addAll(files);
    boolean dumps = readStdin || files.stream().anyMatch(p -> InputKind.of(p.getFileName().toString()) == InputKind.JSONL);
    this.knownCount = dumps ? -1 : files.size();
    this.stdinPending = readStdin;
    this.stdin = stdin;
  }

  /** @throws NoSuchFileException when a named input does not exist: a usage error, not a bad document */
  public static ArticleSource open(List<String> inputs, InputStream stdin) throws IOException {
    List<Path> files = new ArrayList<>();
    boolean readStdin = false;
    for (String input : inputs) {
      if (input.equals(STDIN)) {
        readStdin = true;
        continue;
      }
      files.addAll(articleFiles(Path.of(input)));
    }
    return new ArticleSource(files, readStdin, stdin);
  }

  /**
   * The readable articles of the inputs (failures left out), read afresh on each iteration: for a
   * first pass over a batch. Standard input cannot be read twice and must not be among the inputs.
   */
  public static Iterable<Article> readable(List<String> inputs) {
    return () -> {
      try {
        ArticleSource source = open(inputs, InputStream.nullInputStream());
        return new Iterator<Article>() {
          private Article next;

          @Override
          public boolean hasNext() {
            while (next == null && source.hasNext()) {
              if (source.next() instanceof Ingested.Ok ok) {
                next = ok.article();
              }
            }
            return next != null;
          }

          @Override
          public Article next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Article out = next;
            next = null;
            return out;
          }
        };
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  /** The article files an input names: itself, or a folder's article files in name order. */
  public static List<Path> articleFiles(Path input) throws IOException {
    if (Files.isDirectory(input)) {
      try (Stream<Path> walk = Files.walk(input)) {
        return walk.filter(Files::isRegularFile)
            .filter(p -> InputKind.isArticleFile(p.getFileName().toString()))
            .sorted()
            .toList();
      }
    }
    if (Files.exists(input)) {
      return List.of(input);
    }
    throw new NoSuchFileException(input.toString(), null, "no such file or folder");
  }

  /** How many documents will come, or -1 when a dump or standard input makes that unknown until read. */
  public long knownCount() {
    return knownCount;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (!files.isEmpty()) {
        current = openFile(files.poll());
      } else if (stdinPending) {
        stdinPending = false;
        current = openStdin();
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public Ingested next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private static Iterator<Ingested> openFile(Path file) {
    String name = file.getFileName().toString();
    try {
      byte[] sidecar = InputKind.of(name) == InputKind.TEXT ? Sidecar.bytesBeside(file) : null;
      return FileDocuments.read(name, file.toString(), Files.newInputStream(file), sidecar);
    } catch (IOException e) {
      return Collections.<Ingested>singletonList(
          new Ingested.Failed(InputKind.stem(name), file.toString(), DumpLines.describe(e))).iterator();
    }
  }

  private Iterator<Ingested> openStdin() {
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
      in.mark(4096);
      byte[] head = in.readNBytes(4096);
      in.reset();
      if (new String(head, StandardCharsets.UTF_8).stripLeading().startsWith("{")) {
        return new DumpLines(in, "stdin");
      }
      String text = TextDecoding.decode(in.readAllBytes());
      ArticleChecks.check(text);
      return List.<Ingested>of(new Ingested.Ok(new Article("stdin", null, null, text, null, "stdin"))).iterator();
    } catch (UnreadableDocument e) {
      return List.<Ingested>of(new Ingested.Failed("stdin", "stdin", e.getMessage())).iterator();
    } catch (IOException e) {
      return List.<Ingested>of(new Ingested.Failed("stdin", "stdin", DumpLines.describe(e))).iterator();
    }
  }

  @Override
  public void close() {
    if (current instanceof DumpLines dump) {
      dump.close();
    }
    files.clear();
    current = Collections.emptyIterator();
  }
}
