package org.newsevents.nlp;

import java.util.List;

/**
 * Greedy arc-standard parsing with CoreNLP's neural dependency model: the same features,
 * transitions and decisions as CoreNLP's {@code nndep} parser, computed with primitive arrays, in
 * single precision and without locks, so that worker threads share the model and nothing else.
 *
 * <p>At each step the configuration (stack, buffer, arcs so far) gives 48 features; their hidden-layer
 * contributions are summed, cubed with the bias, and multiplied by the output layer into one score
 * per transition; the best transition the configuration allows is applied. Transitions are
 * L(label) for every label (an arc from the top of the stack to the word under it), R(label) (from
 * the word under the top to the top) and shift, in that order; ties go to the first.
 */
final class TransitionParser {
  /** One sentence's parse: for token i (1-based), its head (0 for the root) and arc label. */
  record Arcs(int[] heads, String[] labels) {}

  private final NndepModel model;
  private final HiddenContributions contributions;
  private final ThreadLocal<Workspace> workspaces;
  private final int rootLabel;

  TransitionParser(NndepModel model) {
    this.model = model;
    this.contributions = new HiddenContributions(model);
    this.workspaces = ThreadLocal.withInitial(() -> new Workspace(model, contributions.rareCache()));
    this.rootLabel = 0;
  }

  /** Parses one tagged sentence. */
  Arcs parse(List<String> words, List<String> tags) {
    int n = words.size();
    Workspace w = workspaces.get();
    State s = new State(n, model, words, tags);
    int labels = model.labels.size();
    while (!(s.stackSize == 1 && s.bufferNext > n)) {
      s.features(w.features);
      float[] scores = score(w);
      int best = -1;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < model.transitions; t++) {
        if (scores[t] > bestScore && s.allows(t, labels, rootLabel)) {
          bestScore = scores[t];
          best = t;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("dependency parse: no transition applies");
      }
      s.apply(best, labels, model);
    }
    String[] out = new String[n + 1];
    for (int i = 1; i <= n; i++) {
      out[i] = model.labels.get(s.label[i]);
    }
    return new Arcs(s.head, out);
  }

  private float[] score(Workspace w) {
    int hidden = model.hiddenSize;
    float[] sum = w.hidden;
    java.util.Arrays.fill(sum, 0f);
    for (int p = 0; p < NndepModel.FEATURES; p++) {
      contributions.addTo(sum, w.features[p], p, w.rare);
    }
    float[] bias = model.hiddenBias;
    for (int h = 0; h < hidden; h++) {
      float v = sum[h] + bias[h];
      sum[h] = v * v * v;
    }
    float[] scores = w.scores;
    java.util.Arrays.fill(scores, 0f);
    float[][] output = model.outputLayer;
    for (int h = 0; h < hidden; h++) {
      axpy(scores, sum[h], output[h]);
    }
    return scores;
  }

  private static void axpy(float[] into, float x, float[] row) {
    for (int t = 0; t < into.length; t++) {
      into[t] += x * row[t];
    }
  }

  /** Per-thread arrays, reused from sentence to sentence. */
  private static final class Workspace {
    final int[] features = new int[NndepModel.FEATURES];
    final float[] hidden;
    final float[] scores;
    final HiddenContributions.RareCache rare;

    Workspace(NndepModel model, HiddenContributions.RareCache rare) {
      this.hidden = new float[model.hiddenSize];
      this.scores = new float[model.transitions];
      this.rare = rare;
    }
  }

  /**
   * A parser configuration. Index 0 is the root, 1..n the words; -1 is "none". In arc-standard, each
   * new left dependent of a word lies left of the ones before it, and each new right dependent right
   * of them, so the two outermost dependents on each side are kept as arcs are added.
   */
  static final class State {
    final int n;
    final int[] stack;
    int stackSize;
    int bufferNext = 1;
    final int[] head;
    /** Label index (into the model's labels) of each attached word. */
    final int[] label;
    final int[] left1;
    final int[] left2;
    final int[] right1;
    final int[] right2;
    private final int[] wordId;
    private final int[] tagId;
    private final int nullWord;
    private final int nullTag;
    private final int nullLabel;
    private final int[] labelIds;

    State(int n, NndepModel model, List<String> words, List<String> tags) {
      this.n = n;
      stack = new int[n + 1];
      stack[0] = 0;
      stackSize = 1;
      head = new int[n + 1];
      label = new int[n + 1];
      left1 = filled(n + 1);
      left2 = filled(n + 1);
      right1 = filled(n + 1);
      right2 = filled(n + 1);
      java.util.Arrays.fill(head, -1);
      wordId = new int[n + 1];
      tagId = new int[n + 1];
      wordId[0] = model.wordId(NndepModel.ROOT);
      tagId[0] = model.tagId(NndepModel.ROOT);
      for (int i = 1; i <= n; i++) {
        wordId[i] = model.wordId(words.get(i - 1));
        tagId[i] = model.tagId(tags.get(i - 1));
      }
      nullWord = model.wordId(NndepModel.NULL);
      nullTag = model.tagId(NndepModel.NULL);
      nullLabel = model.nullLabelId;
      labelIds = model.labelIds;
    }

    private static int[] filled(int size) {
      int[] a = new int[size];
      java.util.Arrays.fill(a, -1);
      return a;
    }

    int stack(int k) {
      return k < stackSize ? stack[stackSize - 1 - k] : -1;
    }

    int buffer(int k) {
      int i = bufferNext + k;
      return i <= n ? i : -1;
    }

    private int word(int i) {
      return i < 0 ? nullWord : wordId[i];
    }

    private int tag(int i) {
      return i < 0 ? nullTag : tagId[i];
    }

    private int arcLabel(int i) {
      return i <= 0 ? nullLabel : labelIds[label[i]];
    }

    private static int child(int[] of, int i) {
      return i < 0 ? -1 : of[i];
    }

    /** The 48 feature ids, in the model's order. */
    void features(int[] f) {
      int s2 = stack(2);
      int s1 = stack(1);
      int s0 = stack(0);
      int b0 = buffer(0);
      int b1 = buffer(1);
      int b2 = buffer(2);
      f[0] = word(s2);
      f[1] = word(s1);
      f[2] = word(s0);
      f[3] = word(b0);
      f[4] = word(b1);
      f[5] = word(b2);
      int t = NndepModel.TAG_OFFSET;
      f[t] = tag(s2);
      f[t + 1] = tag(s1);
      f[t + 2] = tag(s0);
      f[t + 3] = tag(b0);
      f[t + 4] = tag(b1);
      f[t + 5] = tag(b2);
      for (int j = 0; j <= 1; j++) {
        int k = j == 0 ? s0 : s1;
        int lc1 = child(left1, k);
        int rc1 = child(right1, k);
        int[] around = {lc1, rc1, child(left2, k), child(right2, k), child(left1, lc1), child(right1, rc1)};
        for (int q = 0; q < 6; q++) {
          int i = around[q];
          f[6 + 6 * j + q] = word(i);
          f[t + 6 + 6 * j + q] = tag(i);
          f[NndepModel.LABEL_OFFSET + 6 * j + q] = arcLabel(i);
        }
      }
    }

    /** Whether transition {@code t} may be applied (one word only attaches to the root, and last). */
    boolean allows(int t, int labels, int rootLabel) {
      int bufferSize = n - bufferNext + 1;
      if (t == 2 * labels) {
        return bufferSize > 0;
      }
      boolean leftArc = t < labels;
      int arcLabel = leftArc ? t : t - labels;
      int h = leftArc ? stack(0) : stack(1);
      if (h < 0 || (h == 0) != (arcLabel == rootLabel)) {
        return false;
      }
      return leftArc ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && bufferSize == 0);
    }

    void apply(int t, int labels, NndepModel model) {
      if (t == 2 * labels) {
        stack[stackSize++] = bufferNext++;
        return;
      }
      int top = stack[stackSize - 1];
      int under = stack[stackSize - 2];
      if (t < labels) {
        attach(top, under, t);
        stack[stackSize - 2] = top;
      } else {
        attach(under, top, t - labels);
      }
      stackSize--;
    }

    private void attach(int h, int d, int arcLabel) {
      head[d] = h;
      label[d] = arcLabel;
      if (d < h) {
        left2[h] = left1[h];
        left1[h] = d;
      } else {
        right2[h] = right1[h];
        right1[h] = d;
      }
    }
  }
}
