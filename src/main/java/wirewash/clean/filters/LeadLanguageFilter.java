package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.List;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.internal.Validate;

/**
 * Tells a text dump's language again from its top part when that part is clearly in another language than the
 * page as a whole: an endless-scroll page saved whole holds its own story (Italian, Portuguese, Indonesian) and
 * then one or more stories of another language (English) loaded below it, which outweigh it in the cleaner's first
 * count over the whole page; the page's own paragraphs, few of whose words are that language's stopwords, then
 * read as no prose, and the appended stories as the page's. The HTML side does the same once it found the other
 * stories ({@link AppendedStoryFilter}); a text dump shows no boxes, so this step reads the page's first run of
 * paragraphs (blocks of {@code minParagraphWords} words or more; menus and headlines above them passed over, and at
 * most {@code maxGapBlocks} shorter blocks between two of them), up to the first paragraph of the page's language,
 * that holds at least {@code minLeadParagraphs} paragraphs and {@code minLeadWords} words, and at least
 * {@code minRunDensity} of its span's words: a shorter or sparser run above it (a teaser's lede, a notice) is passed
 * over, and so is a run most of whose paragraphs are one sentence each (more than {@code maxOneSentenceShare} of
 * them): a list of teasers' headlines each run on with its hook ("Headline — One sentence."), which a site's furniture
 * in another language than its story sets above it, not a story's paragraphs. It tells the language again from that
 * run when the run's language has
 * a stopword list and that list covers at least {@code minStopwordRatio} times as many of its words as the page
 * language's list does.
 * A cookie notice or a quote in another language above the story is one or two short paragraphs, below the word
 * floor. The step removes nothing; it runs before the prose labels, so that every step after it reads the page's
 * own language, and the cleaner states that language in the document's metadata when the page states none.
 */
public final class LeadLanguageFilter implements BlockFilter {
    /** Fewest words of a block counted as a paragraph of the page's top part. */
    public static final int DEFAULT_MIN_PARAGRAPH_WORDS = 20;
    /**
     * Most blocks short of a paragraph (a subheading, a "Read also" plug, a teaser's headline) between two paragraphs
     * of the top part's run: a story's paragraphs stand together, a page's teasers stand apart among their headlines
     * and stamps.
     */
    public static final int DEFAULT_MAX_GAP_BLOCKS = 3;
    /**
     * Least share of the words of the run's span (from its first paragraph to its last) in its paragraphs: a story's
     * paragraphs outweigh its subheadings, while teasers' ledes stand between headlines and stamps of about their
     * length.
     */
    public static final double DEFAULT_MIN_RUN_DENSITY = 0.8;
    /**
     * Most share of the run's paragraphs that are one sentence each: a story's paragraphs mostly carry two or more,
     * a list of teasers, each its headline and hook on one line, one each.
     */
    public static final double DEFAULT_MAX_ONE_SENTENCE_SHARE = 0.75;
    /** Fewest paragraphs of the top part's run in the other language. */
    public static final int DEFAULT_MIN_LEAD_PARAGRAPHS = 2;
    /** Fewest words of the top part's run in the other language: a whole story's, not a notice's. */
    public static final int DEFAULT_MIN_LEAD_WORDS = 120;
    /**
     * Fewest words of the top part's run when the page states the run's language ({@code statedOnly}): the page's own
     * word corroborates a short story's two paragraphs.
     */
    public static final int DEFAULT_MIN_STATED_LEAD_WORDS = 60;
    /** Least ratio of the run's stopwords of its own language to those of the page's language. */
    public static final double DEFAULT_MIN_STOPWORD_RATIO = 2.0;

    private final int minParagraphWords;
    private final int maxGapBlocks;
    private final double minRunDensity;
    private final double maxOneSentenceShare;
    private final int minLeadParagraphs;
    private final int minLeadWords;
    private final double minStopwordRatio;
    private final boolean statedOnly;

    /** The step for text dumps, which state no language: the top run's language is told from its words alone. */
    public LeadLanguageFilter() {
        this(false);
    }

    /**
     * @param statedOnly whether the top run's language replaces the page's count only when the page states that
     *                   language itself (an HTML page's {@code <html lang>}): an Italian story whose English reader
     *                   thread below it outweighs it, on a page marked Italian. A page marked English whose top run
     *                   is a teaser or a quote in another language keeps its count.
     */
    public LeadLanguageFilter(boolean statedOnly) {
        this(DEFAULT_MIN_PARAGRAPH_WORDS, DEFAULT_MAX_GAP_BLOCKS, DEFAULT_MIN_RUN_DENSITY,
                DEFAULT_MAX_ONE_SENTENCE_SHARE, DEFAULT_MIN_LEAD_PARAGRAPHS,
                statedOnly ? DEFAULT_MIN_STATED_LEAD_WORDS : DEFAULT_MIN_LEAD_WORDS, DEFAULT_MIN_STOPWORD_RATIO,
                statedOnly);
    }

    public LeadLanguageFilter(int minParagraphWords, int maxGapBlocks, double minRunDensity,
            double maxOneSentenceShare, int minLeadParagraphs, int minLeadWords,
            double minStopwordRatio) {
        this(minParagraphWords, maxGapBlocks, minRunDensity, maxOneSentenceShare, minLeadParagraphs, minLeadWords,
                minStopwordRatio, false);
    }

    public LeadLanguageFilter(int minParagraphWords, int maxGapBlocks, double minRunDensity,
            double maxOneSentenceShare, int minLeadParagraphs, int minLeadWords,
            double minStopwordRatio, boolean statedOnly) {
        this.statedOnly = statedOnly;
        this.minParagraphWords = Validate.positive(minParagraphWords, "minParagraphWords");
        this.maxGapBlocks = Validate.atLeast(maxGapBlocks, 0, "maxGapBlocks");
        this.minRunDensity = Validate.fraction(minRunDensity, "minRunDensity");
        this.maxOneSentenceShare = Validate.fraction(maxOneSentenceShare, "maxOneSentenceShare");
        this.minLeadParagraphs = Validate.positive(minLeadParagraphs, "minLeadParagraphs");
        this.minLeadWords = Validate.positive(minLeadWords, "minLeadWords");
        this.minStopwordRatio = Validate.atLeast(minStopwordRatio, 1, "minStopwordRatio");
    }

    @Override
    public boolean process(Page page) {
        Stopwords pageLanguage = page.stopwords();
        if (pageLanguage.isEmpty()) return false;
        // on HTML only a stated language other than the count's can be told: most pages state none, or the same
        String stated = page.metadata().language();
        if (statedOnly && (stated == null || stated.equals(pageLanguage.language()))) return false;
        List<Stopwords.Tally> run = new ArrayList<>();
        int words = 0;
        int gap = 0;
        int gapWords = 0;
        int spanWords = 0;
        int oneSentence = 0;
        for (Block block : page.kept()) {
            if (block.wordCount() < minParagraphWords || Stopwords.readsAsCode(block.text())) {
                gapWords += block.wordCount();
                if (run.isEmpty() || ++gap <= maxGapBlocks) continue;
                // the run ended: a story's when it is long enough, else a teaser's or a notice's, passed over
                if (isStory(run, words, spanWords, oneSentence)) break;
                run.clear();
                words = 0;
                spanWords = 0;
                oneSentence = 0;
                continue;
            }
            if (!run.isEmpty()) spanWords += gapWords;
            gap = 0;
            gapWords = 0;
            Stopwords.Tally tally = block.stopwordTally();
            if (Stopwords.detect(tally).language().equals(pageLanguage.language())) break;
            run.add(tally);
            if (CaptionSentence.sentences(block.text()) < 2) oneSentence++;
            words += block.wordCount();
            spanWords += block.wordCount();
        }
        if (!isStory(run, words, spanWords, oneSentence)) return false;
        Stopwords.Tally lead = Stopwords.Tally.sum(run);
        Stopwords language = Stopwords.detect(lead);
        if (language.isEmpty() || language.language().equals(pageLanguage.language())) return false;
        if (statedOnly && !language.language().equals(stated)) return false;
        if (language.count(lead) < minStopwordRatio * Math.max(1, pageLanguage.count(lead))) return false;
        page.setStopwords(language);
        return true;
    }

    private boolean isStory(List<Stopwords.Tally> run, int words, int spanWords, int oneSentence) {
        return run.size() >= minLeadParagraphs && words >= minLeadWords && words >= minRunDensity * spanWords
                && oneSentence <= maxOneSentenceShare * run.size();
    }
}
