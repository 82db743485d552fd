package wirewash.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import wirewash.internal.Validate;

/**
 * Gives a page's paragraphs the words and stopword tally ({@link Block#words}, {@link Block#stopwordTally}) that
 * the same paragraph had on an earlier page: a wire story is printed by many outlets, and its paragraphs that a page
 * prints as they stand are then not cut into words and looked up again. Both depend on the text alone, so what is
 * kept, and which thread kept it, changes no result. Bounded: once the texts kept reach {@code maxChars} chars, the
 * store is emptied and fills again. Thread-safe.
 */
final class ParagraphWords {
    /** Shortest text kept, in chars: shorter lines are a site's own (a menu, a share bar), cheap to read again. */
    static final int DEFAULT_MIN_CHARS = 161;
    /** Longest text kept, in chars. */
    static final int DEFAULT_MAX_CHARS = 2_000;
    /** Most chars of texts kept before the store is emptied: the words of some 4M chars of prose, about 30 MB. */
    static final long DEFAULT_MAX_STORED_CHARS = 4_000_000;

    /** A paragraph's words and their tally, as a block computed them. */
    private record Words(List<String> words, Stopwords.Tally tally) {
    }

    private final int minChars;
    private final int maxChars;
    private final long maxStoredChars;
    private final ConcurrentHashMap<String, Words> kept = new ConcurrentHashMap<>();
    private final AtomicLong storedChars = new AtomicLong();

    ParagraphWords() {
        this(DEFAULT_MIN_CHARS, DEFAULT_MAX_CHARS, DEFAULT_MAX_STORED_CHARS);
    }

    ParagraphWords(int minChars, int maxChars, long maxStoredChars) {
        this.minChars = Validate.atLeast(minChars, 0, "minChars");
        this.maxChars = Validate.atLeast(maxChars, minChars, "maxChars");
        this.maxStoredChars = Validate.atLeast(maxStoredChars, 1, "maxStoredChars");
    }

    /**
     * Gives each block of a paragraph's length the words kept for its text, if any; returns the blocks that got
     * none, for {@link #keep} once their words are read.
     */
    List<Block> lend(List<Block> blocks) {
        List<Block> missed = new ArrayList<>();
        for (Block block : blocks) {
            String text = block.text();
            if (text.length() < minChars || text.length() > maxChars) continue;
            Words words = kept.get(text);
            if (words == null) missed.add(block);
            else block.adoptWords(words.words(), words.tally());
        }
        return missed;
    }

    /** Keeps the words of those blocks that read them ({@link Block#knownWords}) and still hold the text they had. */
    void keep(List<Block> blocks) {
        for (Block block : blocks) {
            Stopwords.Tally tally = block.knownTally();
            if (tally == null) continue;
            String text = block.text();
            if (text.length() < minChars || text.length() > maxChars) continue;
            if (storedChars.get() >= maxStoredChars) {
                kept.clear();
                storedChars.set(0);
            }
            if (kept.putIfAbsent(text, new Words(block.words(), tally)) == null) storedChars.addAndGet(text.length());
        }
    }

    int size() {
        return kept.size();
    }
}
