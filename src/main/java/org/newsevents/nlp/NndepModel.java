package org.newsevents.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights of CoreNLP's neural dependency parser (Chen and Manning 2014), read from the model file
 * in CoreNLP's models jar, laid out for {@link TransitionParser}'s inner loops: the first-layer weights
 * and the output weights are stored transposed, so that each multiply runs down contiguous arrays.
 *
 * <p>The file is text: seven {@code name=value} header lines; one line per word, tag and label (the
 * name, then its embedding); the first-layer weights, one line per input column; the hidden biases;
 * the output weights, one line per hidden unit; and the feature keys precomputed at load.
 */
final class NndepModel {
  /** The features the parser reads of a configuration: 18 words, 18 tags, 12 arc labels. */
  static final int FEATURES = 48;

  /** Feature positions 0..17 are words, 18..35 their tags, 36..47 arc labels. */
  static final int TAG_OFFSET = 18;
  static final int LABEL_OFFSET = 36;

  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  final int embeddingSize;
  final int hiddenSize;
  /** Transitions: L(label) for every label, then R(label), then shift. */
  final int transitions;
  final Map<String, Integer> wordIds;
  final Map<String, Integer> tagIds;
  /** Arc labels without -NULL-, in the model's order; the first is the root label. */
  final List<String> labels;
  /** The embedding ids of the labels above, and of -NULL- as a label. */
  final int[] labelIds;
  final int nullLabelId;
  /** Embeddings, one row of {@code embeddingSize} per word, tag and label id. */
  final float[] embeddings;
  /**
   * First layer, transposed: row {@code position * embeddingSize + k} holds one weight per hidden unit.
   * (Rows are arrays of their own so that the loops over them index from 0 and the JIT vectorizes them.)
   */
  final float[][] firstLayer;
  final float[] hiddenBias;
  /** Output layer, transposed: row {@code h} holds hidden unit h's weight for each transition. */
  final float[][] outputLayer;
  /** Feature keys ({@code id * FEATURES + position}) worth precomputing, most useful first. */
  final int[] precomputable;

  private NndepModel(Reader in) throws IOException {
    int words = in.header();
    int tags = in.header();
    int labelCount = in.header();
    embeddingSize = in.header();
    hiddenSize = in.header();
    int tokens = in.header();
    int precomputed = in.header();
    if (tokens != FEATURES) {
      throw new IOException("dependency model reads " + tokens + " features, not " + FEATURES);
    }
    int ids = words + tags + labelCount;
    embeddings = new float[ids * embeddingSize];
    wordIds = new HashMap<>(words * 2);
    tagIds = new HashMap<>(tags * 2);
    List<String> allLabels = new ArrayList<>();
    for (int id = 0; id < ids; id++) {
      String name = in.word();
      if (id < words) {
        wordIds.put(name, id);
      } else if (id < words + tags) {
        tagIds.put(name, id);
      } else {
        allLabels.add(name);
      }
      in.floats(embeddings, id * embeddingSize, embeddingSize);
    }
    if (!NULL.equals(allLabels.get(0))) {
      throw new IOException("dependency model: the first label is " + allLabels.get(0) + ", not " + NULL);
    }
    nullLabelId = words + tags;
    labels = List.copyOf(allLabels.subList(1, allLabels.size()));
    labelIds = new int[labels.size()];
    for (int i = 0; i < labelIds.length; i++) {
      labelIds[i] = nullLabelId + 1 + i;
    }
    transitions = 2 * labels.size() + 1;
    firstLayer = new float[FEATURES * embeddingSize][hiddenSize];
    for (float[] column : firstLayer) {
      in.floats(column, 0, hiddenSize);
    }
    hiddenBias = new float[hiddenSize];
    in.floats(hiddenBias, 0, hiddenSize);
    outputLayer = new float[hiddenSize][transitions];
    for (float[] row : outputLayer) {
      in.floats(row, 0, transitions);
    }
    precomputable = new int[precomputed];
    for (int i = 0; i < precomputed; i++) {
      precomputable[i] = in.integer();
    }
  }

  /** Loads a model from the classpath (CoreNLP's models jar), gzipped or not. */
  static NndepModel load(String resource) {
    InputStream raw = NndepModel.class.getClassLoader().getResourceAsStream(resource);
    if (raw == null) {
      throw new IllegalStateException("dependency model not on the classpath: " + resource);
    }
    try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return new NndepModel(new Reader(in));
    } catch (IOException e) {
      throw new UncheckedIOException("reading dependency model " + resource, e);
    }
  }

  int wordId(String word) {
    Integer id = wordIds.get(word);
    return id != null ? id : wordIds.get(UNKNOWN);
  }

  int tagId(String tag) {
    Integer id = tag == null ? null : tagIds.get(tag);
    return id != null ? id : tagIds.get(UNKNOWN);
  }

  /**
   * A tokenizer for the model file that reads numbers straight from its own byte buffer: the file
   * holds about 6.4 million of them, and {@code String.split} with {@code Float.parseFloat} takes seconds.
   */
  private static final class Reader {
    private static final double[] TENTHS = new double[19];

    static {
      for (int i = 0; i < TENTHS.length; i++) {
        TENTHS[i] = Math.pow(10, -i);
      }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    Reader(InputStream in) {
      this.in = in;
    }

    /** The next byte, or -1 at the end. */
    private int peek() throws IOException {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
      }
      return buffer[position] & 0xff;
    }

    /** {@code name=value}: the value. */
    int header() throws IOException {
      String line = word();
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IOException("dependency model: bad header line '" + line + "'");
      }
      return Integer.parseInt(line.substring(eq + 1));
    }

    /** The next space-delimited item, as UTF-8 text. */
    String word() throws IOException {
      skipSpace();
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(16);
      for (int b = peek(); b != -1 && !space(b); b = peek()) {
        bytes.write(b);
        position++;
      }
      return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    void floats(float[] into, int offset, int count) throws IOException {
      for (int i = 0; i < count; i++) {
        into[offset + i] = (float) number();
      }
    }

    int integer() throws IOException {
      return (int) number();
    }

    /** A plain decimal number: optional sign, digits, optional fraction (the file writes no exponents). */
    private double number() throws IOException {
      skipSpace();
      int b = peek();
      boolean negative = b == '-';
      if (b == '-' || b == '+') {
        position++;
        b = peek();
      }
      long digits = 0;
      int count = 0;
      int scale = 0;
      boolean fraction = false;
      for (; b != -1; b = peek()) {
        if (b >= '0' && b <= '9') {
          digits = digits * 10 + (b - '0');
          count++;
          scale += fraction ? 1 : 0;
        } else if (b == '.' && !fraction) {
          fraction = true;
        } else {
          break;
        }
        position++;
      }
      if (count == 0 || count > 18 || (b != -1 && !space(b))) {
        throw new IOException("dependency model: malformed number");
      }
      double value = digits * TENTHS[scale];
      return negative ? -value : value;
    }

    private void skipSpace() throws IOException {
      for (int b = peek(); b != -1 && space(b); b = peek()) {
        position++;
      }
    }

    private static boolean space(int b) {
      return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
  }
}
