package wirewash.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.dedup.Normalizer;
import wirewash.dedup.Overrides;
import wirewash.dedup.PairSimilarity;
import wirewash.model.CleanDocument;
import wirewash.rules.OverridesLoader;
import wirewash.source.Decoded;
import wirewash.source.Decoder;
import wirewash.source.InputFile;
import wirewash.source.InputWalker;

/** {@code wirewash explain-pair A B}: cleans two pages and shows how alike they are and why they are joined or not. */
@Command(name = "explain-pair", mixinStandardHelpOptions = true,
        description = {"Clean two input files with the rules and show their shared shingles, estimated and exact",
                "Jaccard similarity, containment each way, whether LSH proposes them, and the verdict with its reason."})
final class ExplainPairCommand implements Callable<Integer> {
    static final int DEFAULT_SHOWN = 15;

    @Parameters(index = "0", paramLabel = "A", description = "A .txt/.html/.htm file (also .gz).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Another one.")
    Path b;

    @Option(names = "--shown", paramLabel = "N", defaultValue = "15",
            description = "Shared shingles to print (default: ${DEFAULT-VALUE}).")
    int shown = DEFAULT_SHOWN;

    @Option(names = "--signing", paramLabel = "VERSION", defaultValue = "v2",
            description = "Signing version whose LSH candidacy to show: v2 or v1, as the run's (default: "
                    + "${DEFAULT-VALUE}). Shingles and similarities are the same under both.")
    String signing;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        Cleaner cleaner = new Cleaner(rules.load());
        Overrides overrides = OverridesLoader.forRules(rules.rules);
        DedupConfig config;
        try {
            config = DedupConfig.defaults().withSigning(wirewash.dedup.Signing.of(signing));
        } catch (IllegalArgumentException e) {
            System.err.println("wirewash: configuration error: --signing: " + e.getMessage());
            return ExitCodes.CONFIG;
        }
        Deduplicator dedup = new Deduplicator(config);
        CleanDocument docA = clean(cleaner, a);
        CleanDocument docB = clean(cleaner, b);
        if (docA == null || docB == null) return ExitCodes.DOCUMENTS_FAILED;
        Fingerprint fa = dedup.fingerprint(docA.id(), docA.text(), docA.metadata().published());
        Fingerprint fb = dedup.fingerprint(docB.id(), docB.text(), docB.metadata().published());
        PairSimilarity pair = dedup.compare(fa, fb);
        boolean candidate = dedup.verifiedCandidates(List.of(fa, fb)).stream().findAny().isPresent();
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "A %s: %d paragraphs, %d tokens, %d shingles%n", docA.id(), docA.paragraphs().size(),
                fa.tokenCount(), fa.shingleCount());
        out.printf(Locale.ROOT, "B %s: %d paragraphs, %d tokens, %d shingles%n", docB.id(), docB.paragraphs().size(),
                fb.tokenCount(), fb.shingleCount());
        out.printf(Locale.ROOT, "scheme %s, LSH %s%n", dedup.scheme(), dedup.lshParams());
        out.printf(Locale.ROOT, "shared shingles      %d%n", pair.sharedShingles());
        out.printf(Locale.ROOT, "jaccard estimated    %.4f (MinHash)%n", pair.estimatedJaccard());
        out.printf(Locale.ROOT, "jaccard exact        %.4f (threshold %.2f: %.2fx)%n", pair.jaccard(),
                config.jaccardThreshold(), pair.jaccard() / config.jaccardThreshold());
        out.printf(Locale.ROOT, "containment A in B   %.4f%ncontainment B in A   %.4f (threshold %.2f)%n",
                pair.containmentAInB(), pair.containmentBInA(), config.containmentThreshold());
        out.printf(Locale.ROOT, "LSH candidate        %s (probability at this Jaccard %.4f)%n", candidate ? "yes" : "no",
                dedup.lshParams().candidateProbability(pair.jaccard()));
        String verdict;
        if (overrides.isDifferent(fa.id(), fb.id())) verdict = "NOT JOINED: override 'different'";
        else if (overrides.isSame(fa.id(), fb.id())) verdict = "JOINED: override 'same'";
        else if (!pair.duplicate()) verdict = "NOT JOINED: " + pair.why();
        else if (!candidate) verdict = "NOT JOINED: duplicates by " + pair.why() + ", but LSH does not propose them";
        else verdict = "JOINED: " + pair.why();
        out.println("verdict              " + verdict);
        List<String> shared = sharedShingles(docA.text(), docB.text(), config);
        out.printf(Locale.ROOT, "shared shingles (first %d of %d, in A's order):%n", Math.min(shown, shared.size()),
                shared.size());
        for (String s : shared.subList(0, Math.min(shown, shared.size()))) out.println("  " + s);
        return ExitCodes.OK;
    }

    private static CleanDocument clean(Cleaner cleaner, Path file) {
        List<InputFile> files = new InputWalker().walk(List.of(file));
        if (files.isEmpty()) {
            throw new wirewash.source.InputException(file + ": not a .txt, .html or .htm file (optionally .gz)");
        }
        Decoded decoded = new Decoder().decode(files.get(0));
        if (!decoded.ok()) {
            decoded.problems().forEach(p -> System.err.println("wirewash: " + file + ": " + p.message()));
            return null;
        }
        return cleaner.clean(decoded.document());
    }

    private static List<String> sharedShingles(String a, String b, DedupConfig config) {
        Normalizer normalizer = new Normalizer(config.foldSpellings());
        Set<String> inB = new LinkedHashSet<>(grams(normalizer.tokens(b), config.shingleSize()));
        List<String> out = new ArrayList<>();
        for (String g : new LinkedHashSet<>(grams(normalizer.tokens(a), config.shingleSize()))) {
            if (inB.contains(g)) out.add(g);
        }
        return out;
    }

    private static List<String> grams(List<String> tokens, int k) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + k <= tokens.size(); i++) out.add(String.join(" ", tokens.subList(i, i + k)));
        if (out.isEmpty() && !tokens.isEmpty()) out.add(String.join(" ", tokens));
        return out;
    }
}
