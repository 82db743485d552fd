package wirewash.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, as ../shared/tools/extraction_score.py computes it: per page, 4-token
 * shingles counted with repeats in gold and prediction; precision averaged over pages with output, recall over
 * pages with gold; F1 the harmonic mean of the two averages.
 */
public final class ExtractionScore {
    static final int N = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** F1, precision and recall over a set of pages. */
    public record Result(double f1, double precision, double recall, int pages) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "F1 %.3f  P %.3f  R %.3f  (%d pages)", f1, precision, recall,
                    pages);
        }
    }

    private ExtractionScore() {}

    public static Result score(Map<String, String> gold, Map<String, String> predicted, List<String> ids) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (String id : ids) {
            double[] c = counts(gold.getOrDefault(id, ""), predicted.getOrDefault(id, ""));
            double tp = c[0];
            double fp = c[1];
            double fn = c[2];
            if (tp + fp > 0) {
                precisionSum += precision(tp, fp, fn);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += recall(tp, fp, fn);
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return new Result(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, ids.size());
    }

    /** Normalised true-positive, false-positive and false-negative shingle counts of one page. */
    static double[] counts(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Map<List<String>, Integer> all = new HashMap<>(g);
        p.forEach((k, v) -> all.putIfAbsent(k, 0));
        for (List<String> k : all.keySet()) {
            int a = g.getOrDefault(k, 0);
            int b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double s = tp + fp + fn;
        return s == 0 ? new double[] {0, 0, 0} : new double[] {tp / s, fp / s, fn / s};
    }

    static double precision(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) return 1.0;
        return tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp);
    }

    static double recall(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) return 1.0;
        return tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) tokens.add(m.group());
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) return out;
        int grams = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < grams; i++) out.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1,
                Integer::sum);
        return out;
    }
}
