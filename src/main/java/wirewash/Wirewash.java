package wirewash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import wirewash.clean.Cleaner;
import wirewash.dedup.DedupConfig;
import wirewash.dedup.Deduplicator;
import wirewash.dedup.Fingerprint;
import wirewash.internal.Validate;
import wirewash.model.CleanDocument;
import wirewash.model.Cluster;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;
import wirewash.source.Decoder;

/**
 * The library facade: cleans pages into article text and clusters near-duplicate clean documents, with no files,
 * threads or command line involved. Immutable and thread-safe.
 *
 * <pre>{@code
 * Wirewash ww = Wirewash.withRules(Path.of("rules"));
 * CleanDocument doc = ww.clean("story-1", html, Format.HTML);
 * List<Cluster> clusters = ww.cluster(List.of(doc, other));
 * }</pre>
 */
public final class Wirewash {
    private final Cleaner cleaner;
    private final Deduplicator deduplicator;
    /** Reads a text as the runner does: Markdown and text-browser dumps as plain dumps. */
    private final Decoder decoder = new Decoder();

    public Wirewash(RuleSet rules, DedupConfig dedup) {
        this.cleaner = new Cleaner(Validate.notNull(rules, "rules"));
        this.deduplicator = new Deduplicator(Validate.notNull(dedup, "dedup"));
    }

    /** Loads the rules file or folder and uses the default dedup settings. */
    public static Wirewash withRules(Path rules) throws RuleException {
        return new Wirewash(RuleLoader.load(rules), DedupConfig.defaults());
    }

    /**
     * Cleans one page given as a text dump or as HTML; never throws on bad content (problems are recorded). A text is
     * read as the runner reads it ({@link Decoder#readText}): a Markdown page as a dump, a text browser's numbered
     * dump without its link numbers.
     */
    public CleanDocument clean(String id, String content, Format format) {
        if (format == Format.TEXT && content != null) content = decoder.readText(content);
        return cleaner.clean(new RawDocument(id, id, format, content));
    }

    /** The MinHash fingerprint of a clean document's body. */
    public Fingerprint fingerprint(CleanDocument doc) {
        return deduplicator.fingerprint(doc.id(), doc.text(), doc.metadata().published());
    }

    /** Clusters clean documents: every document is in exactly one cluster; the result is sorted by cluster id. */
    public List<Cluster> cluster(Collection<CleanDocument> docs) {
        List<Fingerprint> prints = new ArrayList<>(docs.size());
        for (CleanDocument doc : docs) prints.add(fingerprint(doc));
        return deduplicator.cluster(prints);
    }
}
