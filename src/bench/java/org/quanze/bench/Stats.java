package org.quanze.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median and 95th percentile (nearest rank) of measured values; failures count as infinite. */
record Stats(int n, double median, double p95, long failed) {

    static Stats of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Stats(0, Double.NaN, Double.NaN, 0);
        }
        long failed = sorted.stream().filter(v -> v.isInfinite()).count();
        return new Stats(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.95), failed);
    }

    /** "median / p95" in whole milliseconds, with the failures when there were any. */
    String text() {
        return String.format(java.util.Locale.ROOT, "%s / %s (n=%d%s)", ms(median), ms(p95), n,
                failed > 0 ? ", " + failed + " failed" : "");
    }

    private static String ms(double v) {
        return Double.isInfinite(v) ? "failed" : String.format(java.util.Locale.ROOT, "%.0f", v);
    }

    private static double rank(List<Double> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
