package wirewash.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded random corpus for tests that compare two ways of clustering: stories of made-up words, some copied
 * up to 60 times, with edits, truncated briefs and late starts, a few texts without shingles, and overrides
 * (same and different) half within a story and half anywhere.
 */
record RandomStories(List<Fingerprint> documents, Set<String> same, Set<String> different) {
    static RandomStories of(Deduplicator dedup, SplittableRandom random) {
        String[] words = new String[80];
        for (int w = 0; w < words.length; w++) words[w] = "w" + Integer.toString(w * 7919 % 1000, 36) + "x";
        List<Fingerprint> docs = new ArrayList<>();
        for (int story = 0; story < 12 + random.nextInt(20); story++) {
            StringBuilder base = new StringBuilder();
            for (int t = 0; t < 30 + random.nextInt(90); t++) base.append(words[random.nextInt(words.length)]).append(' ');
            String[] tokens = base.toString().split(" ");
            int copies = random.nextInt(4) == 0 ? 20 + random.nextInt(40) : 1 + random.nextInt(4);
            for (int v = 0; v < copies; v++) {
                StringBuilder text = new StringBuilder();
                int from = random.nextInt(5) == 0 ? random.nextInt(tokens.length / 2) : 0;
                int keep = random.nextInt(3) == 0 ? tokens.length / (1 + random.nextInt(3)) : tokens.length;
                for (int t = from; t < Math.max(from, keep); t++) {
                    text.append(random.nextInt(8) == 0 ? words[random.nextInt(words.length)] : tokens[t]).append(' ');
                }
                String published = random.nextBoolean() ? null : "2026-11-" + (10 + random.nextInt(10));
                docs.add(dedup.fingerprint(String.format("d%03d-%02d", story, v), text.toString(), published));
            }
        }
        for (int e = 0; e < 3; e++) docs.add(dedup.fingerprint("empty-" + e, e == 0 ? "" : "a b", null));
        Set<String> same = new HashSet<>();
        Set<String> different = new HashSet<>();
        for (int o = 0; o < 12; o++) {
            int ia = random.nextInt(docs.size());
            // half the pairs within a story (its copies are next to each other), half anywhere
            int ib = o % 2 == 0 ? Math.min(docs.size() - 1, ia + 1 + random.nextInt(3)) : random.nextInt(docs.size());
            String a = docs.get(ia).id();
            String b = docs.get(ib).id();
            if (a.equals(b)) continue;
            String key = Overrides.key(a, b);
            if (random.nextBoolean()) {
                if (!different.contains(key)) same.add(key);
            } else if (!same.contains(key)) {
                different.add(key);
            }
        }
        return new RandomStories(docs, same, different);
    }
}
