package org.newsevents.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.newsevents.model.Article;

/**
 * Reads the inputs a user names: text files, HTML pages, JSON-lines dumps (each maybe gzipped),
 * folders walked recursively in name order, and {@code -} for standard input. Documents come out
 * one at a time, so a dump is never held in memory; a document that cannot be read comes out as
 * {@link Ingested.Failed} and the rest still come.
 */
public final class ArticleSource implements Iterator<Ingested>, AutoCloseable {
  public static final String STDIN = "-";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Deque<Path> files = new ArrayDeque<>();
  private final long knownCount;
  private final InputStream stdin;
  private boolean stdinPending;
  private DumpReader dump;
  private Ingested next;

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
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> InputKind.isArticleFile(p.getFileName().toString()))
              .sorted()
              .forEach(files::add);
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new NoSuchFileException(input, null, "no such file or folder");
      }
    }
    return new ArticleSource(files, readStdin, stdin);
  }

  /** How many documents will come, or -1 when a dump or standard input makes that unknown until read. */
  public long knownCount() {
    return knownCount;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      try {
        next = advance();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (next == null) {
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
    Ingested out = next;
    next = null;
    return out;
  }

  private Ingested advance() throws IOException {
    while (true) {
      if (dump != null) {
        Ingested item = dump.next();
        if (item != null) {
          return item;
        }
        dump.close();
        dump = null;
      }
      if (!files.isEmpty()) {
        Path file = files.poll();
        Ingested item = openFile(file);
        if (item != null) {
          return item;
        }
        continue;
      }
      if (stdinPending) {
        stdinPending = false;
        Ingested item = openStdin();
        if (item != null) {
          return item;
        }
        continue;
      }
      return null;
    }
  }

  /** A single-document file gives its document; a dump is opened and gives its lines through {@link #dump}. */
  private Ingested openFile(Path file) {
    String name = file.getFileName().toString();
    String id = InputKind.stem(name);
    InputKind kind = InputKind.of(name);
    try {
      if (kind == InputKind.JSONL) {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        dump = new DumpReader(InputKind.isGzip(name) ? new GZIPInputStream(in, 1 << 16) : in, file.toString());
        return null;
      }
      byte[] bytes = readAll(file, InputKind.isGzip(name));
      String text = TextDecoding.decode(bytes);
      if (kind == InputKind.HTML) {
        text = HtmlText.flatten(text);
      }
      ArticleChecks.check(text);
      Sidecar meta = Sidecar.beside(file, id);
      return new Ingested.Ok(new Article(id, meta.url(), meta.title(), text, meta.documentDate(), file.toString()));
    } catch (UnreadableDocument e) {
      return new Ingested.Failed(id, file.toString(), e.getMessage());
    } catch (IOException e) {
      return new Ingested.Failed(id, file.toString(), describe(e));
    }
  }

  private Ingested openStdin() throws IOException {
    BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
    in.mark(4096);
    byte[] head = in.readNBytes(4096);
    in.reset();
    String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
    if (start.startsWith("{")) {
      dump = new DumpReader(in, "stdin");
      return null;
    }
    try {
      String text = TextDecoding.decode(in.readAllBytes());
      ArticleChecks.check(text);
      return new Ingested.Ok(new Article("stdin", null, null, text, null, "stdin"));
    } catch (UnreadableDocument e) {
      return new Ingested.Failed("stdin", "stdin", e.getMessage());
    }
  }

  private static byte[] readAll(Path file, boolean gzip) throws IOException {
    if (!gzip) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      return in.readAllBytes();
    }
  }

  static String describe(IOException e) {
    if (e instanceof EOFException) {
      return "truncated gzip stream: unexpected end of file";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  @Override
  public void close() throws IOException {
    if (dump != null) {
      dump.close();
    }
  }

  /** One JSON-lines dump, read a line at a time. */
  private static final class DumpReader implements AutoCloseable {
    private final InputStream in;
    private final ByteLines lines;
    private final String origin;
    private int lineNumber;
    private boolean broken;

    DumpReader(InputStream in, String origin) {
      this.in = in;
      this.lines = new ByteLines(in);
      this.origin = origin;
    }

    Ingested next() {
      while (!broken) {
        byte[] line;
        try {
          line = lines.next();
        } catch (IOException e) {
          broken = true;
          return new Ingested.Failed(origin + ":" + (lineNumber + 1), origin, describe(e) + " after line " + lineNumber);
        }
        if (line == null) {
          return null;
        }
        lineNumber++;
        String where = origin + ":" + lineNumber;
        if (line == ByteLines.TOO_LONG) {
          return new Ingested.Failed(where, where, "line longer than " + ByteLines.MAX_LINE_BYTES + " bytes");
        }
        if (isBlank(line)) {
          continue;
        }
        return record(line, where);
      }
      return null;
    }

    private Ingested record(byte[] line, String where) {
      String id = where;
      try {
        String json = TextDecoding.decode(line);
        JsonNode node = MAPPER.readTree(json);
        if (node == null || !node.isObject()) {
          throw new UnreadableDocument("not a JSON object");
        }
        String declared = Sidecar.text(node.get("id"));
        if (declared != null && !declared.isBlank()) {
          id = declared;
        }
        String text = Sidecar.text(node.get("text"));
        String html = Sidecar.text(node.get("html"));
        if (text == null && html != null) {
          text = HtmlText.flatten(html);
        }
        if (text == null) {
          throw new UnreadableDocument("JSON line has neither \"text\" nor \"html\"");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ArticleChecks.check(text);
        return new Ingested.Ok(new Article(id, Sidecar.text(node.get("url")), Sidecar.text(node.get("title")), text,
            Sidecar.date(node.path("documentDate")), where));
      } catch (UnreadableDocument e) {
        return new Ingested.Failed(id, where, e.getMessage());
      } catch (JsonProcessingException e) {
        return new Ingested.Failed(id, where, "malformed JSON: " + e.getOriginalMessage());
      }
    }

    private static boolean isBlank(byte[] line) {
      for (byte b : line) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
