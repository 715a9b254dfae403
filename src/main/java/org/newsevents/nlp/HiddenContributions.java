package org.newsevents.nlp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * What one input feature (an embedding id at one of the 48 positions) adds to the parser's hidden
 * layer: the embedding times its slice of the first-layer weights, 50 × 1,000 multiplications. The
 * frequent features the model names are kept once computed, in a table that all threads share; the
 * rest go through a small per-thread cache, so no thread ever waits for a lock.
 *
 * <p>Every vector is an array of its own, indexed from 0 like the one it is added to: HotSpot only
 * vectorizes such loops when it can tell the two arrays' elements apart.
 */
final class HiddenContributions {
  /** Slots of each thread's cache of rare features (each slot holds one hidden-layer vector). */
  static final int RARE_SLOTS = AdapterThresholds.get("depparse.rare.slots");

  /** The model's frequent features, kept in the shared table once computed. */
  static final int SHARED_FEATURES = AdapterThresholds.get("depparse.shared.features");

  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(float[][].class);

  private final NndepModel model;
  private final int hidden;
  private final KeySlots shared;
  /** Filled on first use; written with release, read with acquire, so a reader sees a whole vector. */
  private final float[][] sharedVectors;

  HiddenContributions(NndepModel model) {
    this.model = model;
    this.hidden = model.hiddenSize;
    int n = Math.min(SHARED_FEATURES, model.precomputable.length);
    this.shared = new KeySlots(Arrays.copyOf(model.precomputable, n));
    this.sharedVectors = new float[n][];
  }

  /** A cache for one thread's rare features. */
  RareCache rareCache() {
    return new RareCache(RARE_SLOTS);
  }

  /**
   * Adds the contribution of embedding {@code id} at feature {@code position} to {@code sum}, using
   * the calling thread's own {@code rare} cache.
   */
  void addTo(float[] sum, int id, int position, RareCache rare) {
    int key = id * NndepModel.FEATURES + position;
    int slot = shared.slot(key);
    float[] vector;
    if (slot >= 0) {
      vector = (float[]) SLOT.getAcquire(sharedVectors, slot);
      if (vector == null) {
        // Two threads may both compute it; they store equal vectors.
        vector = compute(id, position, new float[hidden]);
        SLOT.setRelease(sharedVectors, slot, vector);
      }
    } else {
      vector = rare.get(key);
      if (vector == null) {
        vector = compute(id, position, rare.claim(key, hidden));
      }
    }
    add(sum, vector);
  }

  private static void add(float[] sum, float[] vector) {
    for (int h = 0; h < sum.length; h++) {
      sum[h] += vector[h];
    }
  }

  private float[] compute(int id, int position, float[] out) {
    int e = model.embeddingSize;
    float[] embedding = model.embeddings;
    Arrays.fill(out, 0f);
    for (int k = 0; k < e; k++) {
      axpy(out, embedding[id * e + k], model.firstLayer[position * e + k]);
    }
    return out;
  }

  private static void axpy(float[] out, float x, float[] weights) {
    for (int h = 0; h < out.length; h++) {
      out[h] += x * weights[h];
    }
  }

  /** Feature keys to slots: open addressing over an int array, no boxing. */
  static final class KeySlots {
    private final int[] keys;
    private final int[] slots;
    private final int mask;

    KeySlots(int[] features) {
      int capacity = Integer.highestOneBit(Math.max(4, features.length * 2)) << 1;
      keys = new int[capacity];
      slots = new int[capacity];
      Arrays.fill(keys, -1);
      mask = capacity - 1;
      for (int i = 0; i < features.length; i++) {
        int p = spread(features[i]) & mask;
        while (keys[p] != -1 && keys[p] != features[i]) {
          p = (p + 1) & mask;
        }
        keys[p] = features[i];
        slots[p] = i;
      }
    }

    /** The slot of this key, or -1. */
    int slot(int key) {
      int p = spread(key) & mask;
      while (true) {
        int k = keys[p];
        if (k == key) {
          return slots[p];
        }
        if (k == -1) {
          return -1;
        }
        p = (p + 1) & mask;
      }
    }
  }

  static int spread(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** A direct-mapped cache of rare features' vectors: a new key takes its slot from whatever held it. */
  static final class RareCache {
    private final int[] keys;
    private final float[][] vectors;
    private final int mask;

    RareCache(int slots) {
      int capacity = Integer.highestOneBit(Math.max(1, slots));
      this.keys = new int[capacity];
      Arrays.fill(keys, -1);
      this.vectors = new float[capacity][];
      this.mask = capacity - 1;
    }

    float[] get(int key) {
      int p = spread(key) & mask;
      return keys[p] == key ? vectors[p] : null;
    }

    /** The slot's array (created on first use), now belonging to {@code key}. */
    float[] claim(int key, int hidden) {
      int p = spread(key) & mask;
      keys[p] = key;
      if (vectors[p] == null) {
        vectors[p] = new float[hidden];
      }
      return vectors[p];
    }
  }
}
