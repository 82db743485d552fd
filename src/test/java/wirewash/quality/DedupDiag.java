package wirewash.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.MinHasher;
import wirewash.dedup.Normalizer;
import wirewash.dedup.PairSimilarity;
import wirewash.dedup.PairVerifier;
import wirewash.dedup.Shingler;
import wirewash.model.CleanDocument;

/** Prints the pairs the verifier gets wrong on one synthetic corpus, with the start of each text. */
public final class DedupDiag {
    public static void main(String[] args) {
        SynthCorpus corpus = SynthCorpus.make(Long.parseLong(args[0]), Integer.parseInt(args[1]));
        Normalizer n = new Normalizer(true);
        Shingler s = new Shingler(3);
        MinHasher h = new MinHasher(128, 1, "x");
        List<Fingerprint> prints = new ArrayList<>();
        java.util.Map<String, String> text = new java.util.HashMap<>();
        for (CleanDocument d : corpus.clean) {
            text.put(d.id(), d.text());
            if (d.paragraphs().isEmpty()) { System.out.println("EMPTY " + d.id()); continue; }
            long[] sh = s.shingles(n.tokens(d.text()));
            prints.add(new Fingerprint(d.id(), h.signature(sh), sh, sh.length, null));
        }
        PairVerifier v = new PairVerifier(0.2, 0.7, 25);
        for (int i = 0; i < prints.size(); i++) for (int j = i + 1; j < prints.size(); j++) {
            PairSimilarity p = v.verify(prints.get(i), prints.get(j));
            boolean same = corpus.labels.get(p.a()).equals(corpus.labels.get(p.b()));
            if (same != p.duplicate()) {
                System.out.printf(Locale.ROOT, "%s %s %s (%d,%d sh) %s%n   A: %s%n   B: %s%n", same ? "MISSED" : "FALSE",
                        p.a(), p.b(), prints.get(i).shingleCount(), prints.get(j).shingleCount(), p.why(),
                        cut(text.get(p.a())), cut(text.get(p.b())));
            }
        }
    }

    static String cut(String t) {
        return t.replace('\n', '|').substring(0, Math.min(300, t.length()));
    }
}
