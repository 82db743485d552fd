package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;

/**
 * Keeps again the pull quotes of an HTML page: a short line the page sets large beside its body (in an
 * {@code <aside>} or a "pullquote" box) that repeats the story's own words. Such a box is taken for furniture by
 * the rules and the structural steps (an aside is a related list, a float a side box), but it is the story's text,
 * and extraction benchmarks count it where it stands. A removed block is kept again when it has from
 * {@code minWords} to {@code maxWords} words ({@link Block#wordCount}: two CJK characters make a word) and no link
 * text, lies between the first and the last kept paragraph of strong prose (enough words, little link text), and
 * at least {@code minRepeatedShare} of its shingles of {@value #SHINGLE} words (eight CJK characters, as many
 * words) are in the kept prose paragraphs: a related headline or an ad between the paragraphs says something the
 * story does not, and a headline that rewords a sentence shares only shorter runs with it. A quote whose words are
 * already on the page as a kept block, or as a copy kept again before it (pages print one quote twice, for wide
 * and for narrow screens), stays removed. Blocks removed as hidden stay removed (a hidden copy repeats the story
 * too), and so do captions and captions repeated under a gallery's images ({@code finalCodes}) and blocks joined
 * into another. A quote set as a link (the "click to tweet" boxes) is not taken, nor a line whose box (its largest
 * ancestor without kept text: the aside, the card) holds a link anywhere: a related card links its story from its
 * picture or a "read more" however unlinked its headline, where a pull quote's box links nowhere. One pass over the page: the
 * story's shingles are hashed once, and each candidate costs its own words.
 */
public final class PullQuoteFilter implements BlockFilter {
    /** Removals that are never backed off: a hidden element is not on the page the reader sees. */
    public static final Set<String> DEFAULT_FINAL_ORIGINS = Set.of("HiddenElementFilter");
    /**
     * Removal codes never backed off: a caption under a picture may repeat the story's words ("The mayor at the
     * meeting on Tuesday"), and pages repeat a gallery's caption under every picture ({@code repeated-caption}).
     */
    public static final Set<String> DEFAULT_FINAL_CODES = Set.of(CaptionFilter.REASON, RepeatedCaptionFilter.REASON);
    /** Fewest words of a pull quote: one 4-word shingle. */
    public static final int DEFAULT_MIN_WORDS = 4;
    /** Most words of a pull quote: a sentence or two. */
    public static final int DEFAULT_MAX_WORDS = 50;
    /** Least share of its shingles a pull quote shares with the kept text. */
    public static final double DEFAULT_MIN_REPEATED_SHARE = 0.6;
    /** Fewest words of a strong prose paragraph, the body's bounds. */
    public static final int DEFAULT_STRONG_PROSE_WORDS = 15;
    /** Most link density of a strong prose paragraph, links inside its sentences not counted ({@link StrongProse}). */
    public static final double DEFAULT_STRONG_PROSE_LINK_DENSITY = StrongProse.DEFAULT_MAX_LINK_DENSITY;
    /** Shingle length, in words ({@link TextMeasure#length}: a CJK character is half a word). */
    static final int SHINGLE = 4;

    private final Set<String> finalOrigins;
    private final Set<String> finalCodes;
    private final int minWords;
    private final int maxWords;
    private final double minRepeatedShare;
    private final StrongProse strongProse;

    public PullQuoteFilter() {
        this(DEFAULT_FINAL_ORIGINS, DEFAULT_FINAL_CODES, DEFAULT_MIN_WORDS, DEFAULT_MAX_WORDS, DEFAULT_MIN_REPEATED_SHARE,
                DEFAULT_STRONG_PROSE_WORDS, DEFAULT_STRONG_PROSE_LINK_DENSITY);
    }

    public PullQuoteFilter(Set<String> finalOrigins, Set<String> finalCodes, int minWords, int maxWords, double minRepeatedShare,
                           int strongProseWords, double strongProseLinkDensity) {
        this.finalOrigins = Set.copyOf(Validate.notNull(finalOrigins, "finalOrigins"));
        this.finalCodes = Set.copyOf(Validate.notNull(finalCodes, "finalCodes"));
        this.minWords = Validate.atLeast(minWords, SHINGLE, "minWords");
        this.maxWords = Validate.atLeast(maxWords, minWords, "maxWords");
        this.minRepeatedShare = Validate.fraction(minRepeatedShare, "minRepeatedShare");
        this.strongProse = new StrongProse(strongProseWords, strongProseLinkDensity);
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        int[] story = strongProse.keptBounds(blocks);
        int first = story[0];
        int last = story[1];
        if (first < 0 || first == last) return false;
        Set<List<String>> kept = null;
        Set<List<String>> keptTexts = null;
        Set<Element> keptAncestors = null;
        Map<Element, Boolean> boxLinks = null;
        boolean changed = false;
        for (int i = first + 1; i < last; i++) {
            Block block = blocks.get(i);
            if (!block.isRemoved() || block.isJoined() || block.element() == null || block.linkChars() > 0
                    || finalOrigins.contains(block.removal().origin())
                    || finalCodes.contains(block.removal().code())) {
                continue;
            }
            int words = block.wordCount();
            if (words < minWords || words > maxWords) continue;
            if (kept == null) {
                kept = proseShingles(blocks);
                keptTexts = new HashSet<>();
                for (Block other : blocks) if (other.isKept()) keptTexts.add(other.words());
                keptAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Block other : blocks) {
                    if (!other.isKept()) continue;
                    for (Element e = other.element(); e != null && keptAncestors.add(e); e = e.parent()) {
                        // each element once: the walk stops where an earlier block's walk went
                    }
                }
                boxLinks = new IdentityHashMap<>();
            }
            if (keptTexts.contains(block.words())) continue;
            if (boxHasLink(block.element(), keptAncestors, boxLinks)) continue;
            List<List<String>> own = shingles(block.words());
            if (own.isEmpty()) continue;
            int repeated = 0;
            for (List<String> shingle : own) if (kept.contains(shingle)) repeated++;
            if (repeated >= minRepeatedShare * own.size() && block.restore()) {
                keptTexts.add(block.words());
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Whether the box the block was removed with (its largest ancestor that holds no kept block: the aside, the
     * card) holds a link: a related card links its story from its picture or a "read more" however unlinked its
     * headline is, and a pull quote's box links nowhere. Each box is read once per page.
     */
    private static boolean boxHasLink(Element element, Set<Element> keptAncestors, Map<Element, Boolean> boxLinks) {
        Element box = element;
        while (box.parent() != null && !keptAncestors.contains(box.parent())) box = box.parent();
        return boxLinks.computeIfAbsent(box, b -> b.selectFirst(Queries.LINK) != null);
    }

    /** The shingles of the kept prose paragraphs: the story's sentences, which a pull quote repeats. */
    private static Set<List<String>> proseShingles(List<Block> blocks) {
        Set<List<String>> out = new HashSet<>();
        for (Block block : blocks) if (block.isKept() && block.has(Label.PROSE)) out.addAll(shingles(block.words()));
        return out;
    }

    /**
     * The runs of tokens {@value #SHINGLE} words long: four words, or eight CJK characters (each a token of its
     * own, half a word), so that a shingle says as much in every script. Linear in the tokens.
     */
    static List<List<String>> shingles(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        int halves = 0; // the length of words[i, end) in half words
        int end = 0;
        for (int i = 0; i < words.size(); i++) {
            while (end < words.size() && halves < 2 * SHINGLE) halves += halves(words.get(end++));
            if (halves < 2 * SHINGLE) break;
            out.add(words.subList(i, end));
            halves -= halves(words.get(i));
        }
        return out;
    }

    /** A token's length in half words: a CJK character is half a word ({@link TextMeasure#length}). */
    private static int halves(String token) {
        return token.length() <= 2 && TextMeasure.isCjk(token.codePointAt(0)) ? 1 : 2;
    }
}
