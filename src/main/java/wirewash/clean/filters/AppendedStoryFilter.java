package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of whole other stories an endless-scroll page loaded below its own, reason
 * {@code appended-story}: an archived page holds the story asked for and then the next one or more, each in a box
 * of its own, often of the very tag and class of the page's story, so that class names cannot tell them apart and
 * the borrowed stories can outweigh the page's own (the main-container step then takes one of them). The page's
 * own headline is the first heading whose words are the page's title (og:title, the first {@code <h1>},
 * {@code <title>}: see {@code HtmlMetadata}; the shorter stands whole in the longer and makes up
 * {@code DEFAULT_MIN_TITLE_SHARE} of it), else its first {@code <h1>}. A later {@code <h1>}–{@code <h3>} of at least
 * {@code minHeadlineWords} words (or fewer, one at least, over a whole header: a byline and a date), not the title
 * again, opens another story when:
 * <ul>
 * <li>its box, the outermost element around it that does not hold the page's headline and opens with it (at most
 * {@code maxLeadBlocks} short blocks before it: a "Next article" label, a kicker, an ad slot's label), exists;</li>
 * <li>at least {@code minStoryParagraphs} paragraphs follow it in the box before the next heading of its rank (a
 * live blog's posts, a few paragraphs each, do not make one), or, for a story told in short lines (a list, a
 * changelog, a run of one-sentence paragraphs), at least {@code minShortParagraphs} paragraphs of
 * {@code DEFAULT_MIN_OWN_WORDS} words or more, and at least {@code minOwnParagraphs} paragraphs of
 * the page's own story ({@code DEFAULT_MIN_OWN_WORDS} words or more) stand between the page's headline and it; a
 * heading of its rank beside it with no header of its own is the story's subheading and does not end it;</li>
 * <li>it is the page's headline's equal: an {@code <h1>} below an {@code <h1>}; or a box of the tag and class of
 * one already found (the next of a run); or a heading of rank {@code <h2>} or above (or the page headline's rank)
 * with an article's header below it (a byline "By …", a date or a time stamp, a {@code <time>}, alone or on one
 * line: "Jane Doe · 3 hours ago", or in inline elements set side by side with nothing between them) or that opens
 * an {@code <article>} of its own inside the box.</li>
 * </ul>
 * Paragraphs here are kept blocks of running text with few links, whatever their language (a page may load
 * stories of another language below it). A story's own subheadings stand in the story's box, not opening one, or
 * open a chunk of the body (a story split by ad slots) with no header and no {@code <article>} of its own; a
 * "Continue reading" button that reveals the story's rest opens no heading. Once it removed a story, the step tells
 * the page's language again from the blocks left and labels their prose again when it changed: stories of another
 * language loaded below the page's own can outweigh it in the cleaner's first count.
 */
public final class AppendedStoryFilter implements BlockFilter {
    public static final String REASON = "appended-story";
    /** Fewest words of a heading that opens another story. */
    public static final int DEFAULT_MIN_HEADLINE_WORDS = 3;
    /** Most short blocks in the other story's box above its heading (a label, a kicker, an ad slot). */
    public static final int DEFAULT_MAX_LEAD_BLOCKS = 3;
    /** Fewest paragraphs of strong prose in the other story's box below its heading. */
    public static final int DEFAULT_MIN_STORY_PARAGRAPHS = 3;
    /**
     * Fewest paragraphs of {@code DEFAULT_MIN_OWN_WORDS} words or more below the other story's heading that make a
     * story told in short lines (a list, a changelog) when fewer than {@code DEFAULT_MIN_STORY_PARAGRAPHS} are strong
     * prose: a live blog's post holds a few.
     */
    public static final int DEFAULT_MIN_SHORT_PARAGRAPHS = 6;
    /** Fewest paragraphs of strong prose of the page's own story above the other story's box. */
    public static final int DEFAULT_MIN_OWN_PARAGRAPHS = 2;
    /** Fewest words of a paragraph of the page's own story counted above the other story. */
    public static final int DEFAULT_MIN_OWN_WORDS = 10;
    /** Most blocks between a heading and its first paragraph read for a header's date or byline. */
    public static final int DEFAULT_MAX_HEADER_BLOCKS = 6;
    /** Most words of a header's date or byline line. */
    public static final int DEFAULT_MAX_HEADER_WORDS = 15;
    /**
     * How a header's byline opens, in any case ("By Jane Doe"): this step runs before the byline rules, on the HTML
     * page's own structure.
     */
    public static final String DEFAULT_BYLINE_OPENING = "By ";
    /** Least share of the longer of a heading and the title that the shorter must be, contiguous in it. */
    public static final double DEFAULT_MIN_TITLE_SHARE = 0.6;

    /** Lowest rank of a heading with an article's header that opens another story below an {@code <h1>}. */
    private static final int MAX_HEADED_RANK = 2;

    /** What parts a heading's or the title's words. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** What sets a byline apart from its stamp on one header line ("Jane Doe · 3 hours ago"). */
    private static final Pattern HEADER_SEPARATORS = Pattern.compile("[·|•]");
    private final int minHeadlineWords;
    private final int maxLeadBlocks;
    private final int minStoryParagraphs;
    private final int minOwnParagraphs;
    private final int minShortParagraphs;
    private final int minOwnWords = DEFAULT_MIN_OWN_WORDS;
    private final StrongProse strongProse = StrongProse.DEFAULT;
    private final ProseLabelFilter proseLabels = new ProseLabelFilter();

    public AppendedStoryFilter() {
        this(DEFAULT_MIN_HEADLINE_WORDS, DEFAULT_MAX_LEAD_BLOCKS, DEFAULT_MIN_STORY_PARAGRAPHS,
                DEFAULT_MIN_OWN_PARAGRAPHS, DEFAULT_MIN_SHORT_PARAGRAPHS);
    }

    /** As the five-argument constructor, with {@link #DEFAULT_MIN_SHORT_PARAGRAPHS}. */
    public AppendedStoryFilter(int minHeadlineWords, int maxLeadBlocks, int minStoryParagraphs, int minOwnParagraphs) {
        this(minHeadlineWords, maxLeadBlocks, minStoryParagraphs, minOwnParagraphs, DEFAULT_MIN_SHORT_PARAGRAPHS);
    }

    /**
     * @param minHeadlineWords   fewest words of a heading that opens another story, at least 1
     * @param maxLeadBlocks      most short blocks in the other story's box above its heading
     * @param minStoryParagraphs fewest strong-prose paragraphs below the other story's heading, at least 1
     * @param minOwnParagraphs   fewest strong-prose paragraphs of the page's story above the other story, at least 1
     * @param minShortParagraphs fewest paragraphs of {@code DEFAULT_MIN_OWN_WORDS} words below the other story's
     *                           heading that make a story told in short lines, at least 1
     */
    public AppendedStoryFilter(int minHeadlineWords, int maxLeadBlocks, int minStoryParagraphs, int minOwnParagraphs,
            int minShortParagraphs) {
        this.minHeadlineWords = Validate.atLeast(minHeadlineWords, 1, "minHeadlineWords");
        this.maxLeadBlocks = Validate.atLeast(maxLeadBlocks, 0, "maxLeadBlocks");
        this.minStoryParagraphs = Validate.atLeast(minStoryParagraphs, 1, "minStoryParagraphs");
        this.minOwnParagraphs = Validate.atLeast(minOwnParagraphs, 1, "minOwnParagraphs");
        this.minShortParagraphs = Validate.atLeast(minShortParagraphs, 1, "minShortParagraphs");
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        List<String> title = page.metadata().title() == null ? List.of() : tokens(page.metadata().title());
        int own = -1;
        for (int i = 0; i < blocks.size() && own < 0; i++) {
            if (isHeading(blocks.get(i)) && matches(tokens(blocks.get(i).text()), title)) own = i;
        }
        for (int i = 0; i < blocks.size() && own < 0; i++) {
            if (isHeading(blocks.get(i)) && blocks.get(i).tag().equals("h1")) own = i;
        }
        if (own < 0) return false;
        Element ownHeading = blocks.get(own).element();
        int ownRank = rank(blocks.get(own));
        boolean changed = false;
        int ownProse = 0;
        List<Element> found = new ArrayList<>();
        for (int i = own + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (isParagraph(block, minOwnWords)) ownProse++;
            if (!isHeading(block) || block.wordCount() == 0 || matches(tokens(block.text()), title)
                    || (block.wordCount() < minHeadlineWords && !hasFullHeader(blocks, i))) {
                continue;
            }
            // the story's box: the outermost element around the heading that opens with it and does not hold the
            // page's headline
            Element box = null;
            int first = i;
            for (Element up = block.element().parent(); up != null && !contains(up, ownHeading); up = up.parent()) {
                int start = first;
                // past maxLeadBlocks blocks above the heading the element opens with something else: no need to
                // walk back over the rest of a story's body that holds a subheading
                while (start > own + 1 && i - start <= maxLeadBlocks
                        && contains(up, blocks.get(start - 1).element())) {
                    start--;
                }
                if (!opensWith(blocks, start, i)) break;
                box = up;
                first = start;
            }
            if (box == null) continue;
            int rank = rank(block);
            int last = i;
            int paragraphs = 0;
            int shortParagraphs = 0;
            boolean story = true;
            int end = i;
            while (end + 1 < blocks.size() && contains(box, blocks.get(end + 1).element())) end++;
            while (last < end) {
                last++;
                Block next = blocks.get(last);
                // the story below this heading ends at the next heading of its rank: a live blog's next post
                if (story && isHeading(next) && rank(next) <= rank && !isSubheading(blocks, i, last, end)) {
                    story = false;
                }
                if (story && isParagraph(next, strongProse.minWords())) paragraphs++;
                if (story && isParagraph(next, minOwnWords)) shortParagraphs++;
            }
            if ((paragraphs < minStoryParagraphs && shortParagraphs < minShortParagraphs)
                    || ownProse < minOwnParagraphs) {
                continue;
            }
            boolean equal = (rank == 1 && ownRank == 1) || likeFound(box, found)
                    || (rank <= Math.max(ownRank, MAX_HEADED_RANK)
                    && (hasHeader(blocks, i, last) || opensArticle(block.element(), box)));
            if (!equal) continue;
            found.add(box);
            String detail = "another story below the page's own ('" + blocks.get(own).text() + "'): '"
                    + block.text() + "'";
            for (int j = first; j <= last; j++) changed |= blocks.get(j).remove(new Reason(REASON, name(), detail));
            i = last;
        }
        if (changed) relabel(page);
        return changed;
    }

    /**
     * Tells the page's language again from the blocks the other stories left, and labels its prose again when it
     * differs: the cleaner told it from the whole page, where stories of another language loaded below the page's
     * own can outweigh it (an Italian story with two English ones below it reads as English, and its own paragraphs,
     * few of whose words are English stopwords, as no prose).
     */
    private void relabel(Page page) {
        Stopwords language = page.tellLanguage(
                block -> !(block.isRemoved() && REASON.equals(block.removal().code())));
        if (language.language().equals(page.stopwords().language())) return;
        page.setStopwords(language);
        for (Block block : page.kept()) {
            block.unlabel(Label.PROSE);
            block.unlabel(Label.TITLE_LIKE);
        }
        proseLabels.process(page);
    }

    /**
     * Whether a later heading of the story's headline's rank is a subheading of the story, not the next post of a
     * live blog: it stands beside the headline, among the story's paragraphs, with no header of its own (a post's
     * byline or stamp below it) and no box of its own (a live blog sets each post in one).
     */
    private boolean isSubheading(List<Block> blocks, int headline, int heading, int end) {
        Element parent = blocks.get(headline).element().parent();
        return parent != null && blocks.get(heading).element().parent() == parent && !hasHeader(blocks, heading, end);
    }

    /** Whether a box of this one's tag and class was found to be another story already: the next of a run. */
    private static boolean likeFound(Element box, List<Element> found) {
        for (Element other : found) {
            if (!box.className().isEmpty() && other.normalName().equals(box.normalName())
                    && other.className().equals(box.className())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the heading is the first heading of an {@code <article>} inside the box: a composition of its own,
     * not a subheading of the story above.
     */
    private static boolean opensArticle(Element heading, Element box) {
        for (Element e = heading.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("article")) {
                Element firstHeading = e.selectFirst("h1, h2, h3");
                return firstHeading == heading;
            }
            if (e == box) return false;
        }
        return false;
    }

    /** Whether the blocks of the box above its heading are few and short: a label, a kicker, no paragraph. */
    private boolean opensWith(List<Block> blocks, int first, int heading) {
        if (heading - first > maxLeadBlocks) return false;
        for (int j = first; j < heading; j++) if (isParagraph(blocks.get(j), minOwnWords)) return false;
        return true;
    }

    /** Whether a date or a byline stands between the heading and the story's first paragraph. */
    private boolean hasHeader(List<Block> blocks, int heading, int last) {
        for (int j = heading + 1; j <= last && j <= heading + DEFAULT_MAX_HEADER_BLOCKS; j++) {
            Block block = blocks.get(j);
            if (isParagraph(block, strongProse.minWords())) return false;
            if (block.wordCount() > DEFAULT_MAX_HEADER_WORDS) continue;
            if (inTime(block.element())) return true;
            for (String part : headerParts(block)) {
                if (part.regionMatches(true, 0, DEFAULT_BYLINE_OPENING, 0, DEFAULT_BYLINE_OPENING.length())
                        || DateLines.isTimestamp(part) || DateLines.find(part).isPresent()
                        || DateLines.statesAge(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether both a byline ("By …") and a date or a time stamp stand between the heading and the next paragraph: a
     * story's whole header, which a subheading never has, so that a headline shorter than {@code minHeadlineWords}
     * words (a Korean site's two words, "엔터 미디어") opens another story too.
     */
    private boolean hasFullHeader(List<Block> blocks, int heading) {
        boolean byline = false, dated = false;
        for (int j = heading + 1; j < blocks.size() && j <= heading + DEFAULT_MAX_HEADER_BLOCKS; j++) {
            Block block = blocks.get(j);
            if (isParagraph(block, strongProse.minWords())) break;
            if (block.wordCount() > DEFAULT_MAX_HEADER_WORDS) continue;
            if (inTime(block.element())) dated = true;
            for (String part : headerParts(block)) {
                if (part.regionMatches(true, 0, DEFAULT_BYLINE_OPENING, 0, DEFAULT_BYLINE_OPENING.length())) byline = true;
                else if (DateLines.isTimestamp(part) || DateLines.find(part).isPresent() || DateLines.statesAge(part))
                    dated = true;
            }
        }
        return byline && dated;
    }

    /**
     * The parts of a header line read for a byline or a stamp: the line, its pieces between separators ("Jane Doe ·
     * 3 hours ago", "By Jane Doe | Nov 3, 2019"), and the texts of the inline elements it is made of, which a page
     * may set side by side with no space or separator between them ({@code <span class=author>Jane Doe</span><span
     * class=date>Updated 7:36 p.m. ET</span>} reads "Jane DoeUpdated 7:36 p.m. ET": the stylesheet parts them).
     */
    private static List<String> headerParts(Block block) {
        String text = block.text();
        List<String> parts = new ArrayList<>();
        parts.add(text.strip());
        for (String part : HEADER_SEPARATORS.split(text)) parts.add(part.strip());
        if (block.element() != null) addInlineParts(block.element(), text, parts);
        return parts;
    }

    /** Adds the texts of the innermost inline elements in the element, not inside a block-level one, that the line holds. */
    private static void addInlineParts(Element element, String line, List<String> parts) {
        for (Element child : element.children()) {
            if (child.isBlock()) continue;
            if (!child.children().isEmpty()) {
                addInlineParts(child, line, parts);
                continue;
            }
            String own = child.text().strip();
            if (!own.isEmpty() && own.length() < line.length() && line.contains(own)) parts.add(own);
        }
    }

    /**
     * A kept block of running text of at least {@code minWords} words and few links, whatever its language: a page
     * in one language may load stories in another below it, and its own short paragraphs count as much.
     */
    private static boolean isParagraph(Block block, int minWords) {
        return block.isKept() && block.wordCount() >= minWords
                && block.linkDensity() <= StrongProse.DEFAULT_MAX_LINK_DENSITY;
    }

    private static boolean inTime(Element element) {
        return element != null && (element.normalName().equals("time") || !element.getElementsByTag("time").isEmpty());
    }

    private static boolean isHeading(Block block) {
        return block.element() != null && block.tag().length() == 2 && block.tag().charAt(0) == 'h'
                && block.tag().charAt(1) >= '1' && block.tag().charAt(1) <= '3';
    }

    private static int rank(Block block) {
        return block.tag().charAt(1) - '0';
    }

    private static boolean contains(Element outer, Element inner) {
        for (Element e = inner; e != null; e = e.parent()) if (e == outer) return true;
        return false;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String t : NON_WORD.split(text.toLowerCase(Locale.ROOT))) if (!t.isEmpty()) tokens.add(t);
        return tokens;
    }

    /** Whether the shorter token list stands whole in the longer and makes up enough of it. */
    private static boolean matches(List<String> heading, List<String> title) {
        if (heading.isEmpty() || title.isEmpty()) return false;
        List<String> shorter = heading.size() <= title.size() ? heading : title;
        List<String> longer = shorter == heading ? title : heading;
        if (shorter.size() < DEFAULT_MIN_TITLE_SHARE * longer.size()) return false;
        return Collections.indexOfSubList(longer, shorter) >= 0;
    }
}
