package wirewash.dedup;

import wirewash.internal.Validate;

/**
 * How an LSH index cuts a signature: {@code bands} bands of {@code rows} values each. Two documents of Jaccard
 * similarity s share at least one band with probability {@code 1 - (1 - s^rows)^bands}.
 *
 * <p>{@link #optimal} picks the pair as datasketch's {@code MinHashLSH} does; construct directly to override it.
 *
 * @param bands number of bands
 * @param rows  signature values per band
 */
public record LshParams(int bands, int rows) {
    public static final double DEFAULT_FALSE_POSITIVE_WEIGHT = 0.5;
    public static final double DEFAULT_FALSE_NEGATIVE_WEIGHT = 0.5;
    /** Simpson's rule intervals per integral; an even number. */
    private static final int INTEGRATION_INTERVALS = 1000;

    public LshParams {
        Validate.positive(bands, "bands");
        Validate.positive(rows, "rows");
    }

    /** Signature values the index reads: bands × rows. */
    public int hashesUsed() {
        return bands * rows;
    }

    /** Probability that two documents of the given Jaccard similarity share at least one band. */
    public double candidateProbability(double jaccard) {
        return candidateProbability(Validate.fraction(jaccard, "jaccard"), bands, rows);
    }

    /** {@link #optimal(double, int, double, double)} with equal weights, datasketch's default. */
    public static LshParams optimal(double threshold, int numPerm) {
        return optimal(threshold, numPerm, DEFAULT_FALSE_POSITIVE_WEIGHT, DEFAULT_FALSE_NEGATIVE_WEIGHT);
    }

    /**
     * The bands × rows ≤ numPerm minimising {@code fpWeight × FP + fnWeight × FN}, where FP is the area under the
     * candidate probability curve below the threshold and FN the area above the curve from the threshold to 1.
     * Ties go to fewer bands, then fewer rows.
     */
    public static LshParams optimal(double threshold, int numPerm, double fpWeight, double fnWeight) {
        Validate.fraction(threshold, "threshold");
        Validate.positive(numPerm, "numPerm");
        Validate.isTrue(fpWeight >= 0 && fnWeight >= 0 && fpWeight + fnWeight > 0,
                "fpWeight and fnWeight must be >= 0 and not both 0, were " + fpWeight + " and " + fnWeight);
        LshParams best = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (int b = 1; b <= numPerm; b++) {
            for (int r = 1; r <= numPerm / b; r++) {
                int bands = b;
                int rows = r;
                double falsePositive = integrate(s -> candidateProbability(s, bands, rows), 0.0, threshold);
                double falseNegative = integrate(s -> 1.0 - candidateProbability(s, bands, rows), threshold, 1.0);
                double error = fpWeight * falsePositive + fnWeight * falseNegative;
                if (error < bestError) {
                    bestError = error;
                    best = new LshParams(b, r);
                }
            }
        }
        return best;
    }

    private static double candidateProbability(double jaccard, int bands, int rows) {
        return 1.0 - Math.pow(1.0 - Math.pow(jaccard, rows), bands);
    }

    private static double integrate(java.util.function.DoubleUnaryOperator f, double from, double to) {
        if (to <= from) return 0.0;
        double step = (to - from) / INTEGRATION_INTERVALS;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < INTEGRATION_INTERVALS; i++) {
            sum += f.applyAsDouble(from + i * step) * (i % 2 == 0 ? 2 : 4);
        }
        return sum * step / 3.0;
    }

    @Override
    public String toString() {
        return bands + "x" + rows;
    }
}
