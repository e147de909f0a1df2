package org.quanze.impact.correspondence;

import java.util.Arrays;
import java.util.Collection;

/**
 * The multiset of adjacent character pairs of a comparable text, each pair weighted by how
 * distinctive it is ({@link PairWeights}), kept sorted by code. Chinese has no word spaces and
 * single characters (国, 密, 的) occur everywhere in these texts; a pair of characters is the
 * smallest unit specific enough to show where a text came from, while still surviving the small
 * edits (作出/做出, 保密/国家保密) that revisions make.
 */
final class Bigrams {

    private final int[] codes;
    private final double[] weights;
    private final double total;

    private Bigrams(int[] sortedCodes, PairWeights weighting) {
        this.codes = sortedCodes;
        this.weights = new double[sortedCodes.length];
        double sum = 0;
        for (int i = 0; i < sortedCodes.length; i++) {
            weights[i] = weighting.weight(sortedCodes[i]);
            sum += weights[i];
        }
        this.total = sum;
    }

    static int[] codes(String comparable) {
        int n = Math.max(0, comparable.length() - 1);
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = (comparable.charAt(i) << 16) | comparable.charAt(i + 1);
        }
        return codes;
    }

    static Bigrams of(String comparable, PairWeights weighting) {
        int[] codes = codes(comparable);
        Arrays.sort(codes);
        return new Bigrams(codes, weighting);
    }

    /** The multiset union of several texts' pairs: their concatenation, less the pairs across the joins. */
    static Bigrams concat(Collection<Bigrams> parts, PairWeights weighting) {
        int[] codes = parts.stream().flatMapToInt(b -> Arrays.stream(b.codes)).sorted().toArray();
        return new Bigrams(codes, weighting);
    }

    /** The pairs of this multiset that the other does not hold. */
    Bigrams minus(Bigrams other, PairWeights weighting) {
        int[] rest = new int[codes.length];
        int n = 0;
        int j = 0;
        for (int code : codes) {
            while (j < other.codes.length && other.codes[j] < code) {
                j++;
            }
            if (j < other.codes.length && other.codes[j] == code) {
                j++;
            } else {
                rest[n++] = code;
            }
        }
        return new Bigrams(Arrays.copyOf(rest, n), weighting);
    }

    /** Number of pairs. */
    int length() {
        return codes.length;
    }

    /** Total weight of the pairs. */
    double size() {
        return total;
    }

    /** Weight of the multiset intersection. */
    double shared(Bigrams other) {
        int i = 0;
        int j = 0;
        double shared = 0;
        while (i < codes.length && j < other.codes.length) {
            int cmp = Integer.compare(codes[i], other.codes[j]);
            if (cmp == 0) {
                shared += weights[i];
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** Symmetric similarity (weighted Dice): 1 for equal texts, 0 when no pair is shared. */
    double dice(Bigrams other) {
        double sum = size() + other.size();
        return sum == 0 ? 0 : 2 * shared(other) / sum;
    }

    /** Share of this text's weight found in the other: how much of this text survives there. */
    double containedIn(Bigrams other) {
        return size() == 0 ? 0 : shared(other) / size();
    }
}
