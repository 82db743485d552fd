package wirewash.clean.filters;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.DomIndex;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;

/**
 * Tells a part of the story that a box named for furniture holds: the element sits in the story's run of paragraphs
 * (its parent holds kept paragraphs of prose outside it, however short, as children; or a sibling holds them and the
 * element holds a box of that sibling's tag and class, or, right after a box of the story's paragraphs, a wrapper of
 * a box of any class a few levels down that holds a run of paragraphs of its own, or one such paragraph and nothing
 * else: a body split into chunks, the later chunks wrapped in the box)
 * and holds kept strong prose of at least
 * {@code minBestBlockShare} of the page's best prose block (the element whose child paragraphs of strong prose hold
 * the most words); such a wrapper of the story's rest past its first run may hold that share in prose of any
 * strength instead (a fact box of short lines), some of it strong. A "paywall", "premium" or "read-more" box around
 * the story from its second or third paragraph on
 * (the metered part of the text, which the site ships whole in the page), or a run of the story's paragraphs set in
 * a media box, is such a part; a newsletter prompt or a related-stories box among the paragraphs holds far less than
 * half of the story's longest run, and a comment thread or a footer is not in the run of the story's paragraphs.
 * So are two or more boxes of one tag and class in that run that hold those words together (short chunks).
 * A shorter part is one by its text alone: a box of one paragraph of plain prose right after the body's box, or a
 * run of paragraphs of prose nested among the story's own, its links in its running text, that does not speak to the
 * reader (a related box holds links and headlines, an appeal speaks to the reader).
 * The best prose block itself, and any element around it whose parent holds no other strong prose, is a part too
 * when it holds that share of all the page's strong prose: a body held whole in a "paywall" box, or in a wrapper
 * named for the page's layout ("sidebar-layout", "promo-free"), is the story's run; a related box longer than a
 * brief beside it is not, nor a plea for support of two paragraphs beside a story set a paragraph to a box.
 * Counted once per page over the blocks kept when it is made; one pass over them, an array per element number.
 */
final class StoryParts {
    private static final int[] NONE = new int[0];
    private final DomIndex dom;
    private final int[] inside;
    /** The kept prose words inside each element, strong or not, by element number. */
    private final int[] proseInside;
    /** The kept prose blocks that are each element itself, by element number. */
    private final int[] ownParagraphs;
    /** The kept prose blocks that are each element's children, by element number. */
    private final int[] childParagraphs;
    /** The kept prose blocks that are each element's grandchildren, by element number. */
    private final int[] grandchildParagraphs;
    private final double partWords;
    /**
     * Words of the page's strong prose that the box around the best prose block holds at least, to be the story's
     * whole body: the same share of all of it as a part holds of the best block.
     */
    private final double bodyWords;
    /** The element numbers of the best prose block and its ancestors, from it up; empty when there is none. */
    private final int[] bestAncestry;
    private final Page page;
    private final StrongProse strongProse;
    private final int minClassParagraphs;
    private StoryParagraphClass paragraphClass;

    private StoryParts(DomIndex dom, int[] inside, int[] proseInside, int[] ownParagraphs, int[] childParagraphs,
                       int[] grandchildParagraphs, double partWords, double bodyWords, int[] bestAncestry, Page page,
                       StrongProse strongProse, int minClassParagraphs) {
        this.bestAncestry = bestAncestry;
        this.page = page;
        this.strongProse = strongProse;
        this.minClassParagraphs = minClassParagraphs;
        this.dom = dom;
        this.inside = inside;
        this.proseInside = proseInside;
        this.ownParagraphs = ownParagraphs;
        this.childParagraphs = childParagraphs;
        this.grandchildParagraphs = grandchildParagraphs;
        this.partWords = partWords;
        this.bodyWords = bodyWords;
    }

    /**
     * The page's kept strong prose by element.
     *
     * @param minBestBlockShare least share of the best prose block's words a part of the story holds; above 1 finds
     *                          none
     */
    static StoryParts of(Page page, StrongProse strongProse, double minBestBlockShare) {
        return of(page, strongProse, minBestBlockShare, ImageBoxCaptionFilter.DEFAULT_MIN_STORY_PARAGRAPHS);
    }

    /**
     * @param minClassParagraphs fewest kept strong prose paragraphs of one class that make it the story paragraphs'
     *                           class ({@link #paragraphClass})
     */
    static StoryParts of(Page page, StrongProse strongProse, double minBestBlockShare, int minClassParagraphs) {
        Validate.notNull(strongProse, "strongProse");
        Validate.atLeast(minBestBlockShare, 0.0, "minBestBlockShare");
        Validate.positive(minClassParagraphs, "minClassParagraphs");
        DomIndex dom = page.domIndex();
        if (dom == null) {
            return new StoryParts(null, null, null, null, null, null, Double.MAX_VALUE, Double.MAX_VALUE, NONE, page,
                    strongProse, minClassParagraphs);
        }
        int[] inside = new int[dom.size()];
        int[] proseInside = new int[dom.size()];
        int[] own = new int[dom.size()];
        int[] childWords = new int[dom.size()];
        int[] childParagraphs = new int[dom.size()];
        int[] grandchildParagraphs = new int[dom.size()];
        int best = 0;
        int[] bestAncestry = NONE;
        long allWords = 0;
        for (Block block : page.kept()) {
            if (block.element() == null || !block.has(Label.PROSE)) continue;
            int[] ancestry = dom.ancestry(block.element());
            if (ancestry.length < 2) continue;
            // any paragraph of prose marks its parent's children as the story's run (a lead of short sentences, one
            // that opens with a link); only strong prose counts towards a part's and the best block's words
            own[ancestry[0]]++;
            childParagraphs[ancestry[1]]++;
            if (ancestry.length > 2) grandchildParagraphs[ancestry[2]]++;
            for (int id : ancestry) proseInside[id] += block.wordCount();
            if (!strongProse.test(block)) continue;
            int words = block.wordCount();
            allWords += words;
            for (int id : ancestry) inside[id] += words;
            childWords[ancestry[1]] += words;
            if (childWords[ancestry[1]] > best) {
                best = childWords[ancestry[1]];
                bestAncestry = ancestry;
            }
        }
        return new StoryParts(dom, inside, proseInside, own, childParagraphs, grandchildParagraphs,
                best == 0 ? Double.MAX_VALUE : minBestBlockShare * best, minBestBlockShare * allWords,
                minBestBlockShare > 1 ? NONE
                        : Arrays.copyOfRange(bestAncestry, Math.min(1, bestAncestry.length), bestAncestry.length), page,
                strongProse, minClassParagraphs);
    }

    /** Whether the element is a part of the story (see the class comment). */
    boolean isPart(Element element) {
        if (dom == null) return false;
        Element parent = element.parent();
        if (parent == null) return false;
        int id = dom.id(element);
        if (inside[id] < partWords) {
            // or the rest of a split story in a wrapper past the first run, whose paragraphs are short (a fact box's
            // lines): a part's words of prose of any strength, in a run of its own a few levels down
            return inSplitRun(element, parent, id)
                    || inside[id] > 0 && proseInside[id] >= partWords && isSiblingsChunk(element, parent, id)
                    || inside[id] > 0 && bestAncestry.length > 0
                            && (childParagraphs[dom.id(parent)] < DEFAULT_MIN_RUN_ABOVE_LAST_INSET
                                    && isLoneParagraphAfterRun(element)
                                    || isRunNestedInRun(element, id));
        }
        // the box around the story's longest run of paragraphs, with none of the strong prose beside it: the body
        // held whole in a "paywall" box, or in a wrapper whose name tells its layout ("sidebar-layout"); a related
        // box longer than a brief set beside it is no such box, nor a box of two paragraphs (a plea for support) beside
        // a story whose paragraphs sit each in a box of its own (a live blog's updates), with most of its words
        int parentId = dom.id(parent);
        if (holdsBestBlock(id) && inside[parentId] == inside[id] && inside[id] >= bodyWords) return true;
        // the parent's child paragraphs of prose, less the element when it is one of them
        if (childParagraphs[parentId] - ownParagraphs[id] > 0) return true;
        // or the chunks of a split body: a sibling holds paragraphs of prose, and the element holds a box of the same
        // tag and class
        return isSiblingsChunk(element, parent, id);
    }

    /**
     * Whether the element is a wrapper of one paragraph of plain prose ({@link #isLoneParagraphWrapper}: no link,
     * heading, list, form or media, no word to the reader) right after the story's first run ({@link #followsRun}):
     * the story's last paragraph set past an ad slot or a video card in a box of its own beside the body's box,
     * whatever its name ("text-block-related"). A related box holds links, a sign-up box its form, an appeal speaks
     * to the reader. Asked of boxes whose parent holds no run of the story's paragraphs (a standfirst at most): among
     * them, a box is an inset between two of them or none ({@link #isInset}).
     */
    private boolean isLoneParagraphAfterRun(Element element) {
        return followsRun(element) && isLoneParagraphWrapper(element);
    }

    /**
     * Whether the element stands among the story's paragraphs, below at least {@link #DEFAULT_MIN_RUN_ABOVE_LAST_INSET}
     * kept paragraphs of prose of its parent, holds a run of {@link #DEFAULT_MIN_RUN_PARAGRAPHS} or more of its own, as
     * its children or a box's a few levels down ({@link #wrapsRun}), and its whole text is that prose, its links in
     * the running text ({@link #holdsPlainProse}, {@link #holdsLinkedProse}): the story's rest nested in the body's box
     * after its first paragraphs, in a "paywall" › "premium-wrapper" box, however short. Teasers open with their
     * headlines' links, an appeal speaks to the reader, a box of cards holds each summary in a card of its own.
     */
    private boolean isRunNestedInRun(Element element, int id) {
        int above = 0;
        for (Element e = element.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            above += ownParagraphs[dom.id(e)];
        }
        return above >= DEFAULT_MIN_RUN_ABOVE_LAST_INSET
                && (childParagraphs[id] >= DEFAULT_MIN_RUN_PARAGRAPHS || wrapsRun(element, DEFAULT_MAX_RUN_DEPTH))
                && (holdsPlainProse(element) || holdsLinkedProse(element));
    }

    /** Whether a sibling holds paragraphs of prose and the element holds a box of its tag and class: a body's chunk. */
    private boolean isSiblingsChunk(Element element, Element parent, int id) {
        return grandchildParagraphs[dom.id(parent)] - childParagraphs[id] > 0 && holdsChunkOfSibling(element, parent);
    }

    /**
     * Whether a wrapper of the element, at most {@code maxLevels} levels up, is a part of the story ({@link #isPart})
     * while the element holds at least {@code minShare} of the wrapper's kept prose words (and so of every box
     * between them): a later chunk of a split story set in a box named for furniture inside another such wrapper
     * ("related-to-story" › "text-block-related"), where only the outer box stands in the story's run. A related or
     * teaser box nested in a wrapper among the story's paragraphs holds far less than the wrapper's part words, or
     * the wrapper is no part; an appeal for support speaks to the reader ({@link #addressesReader}).
     */
    boolean isWrappedPart(Element element, int maxLevels, double minShare) {
        if (dom == null) return false;
        int id = dom.id(element);
        int words = proseInside[id];
        // an appeal for support in a "cta" box below the story speaks to the reader in the site's voice
        if (inside[id] == 0 || addressesReader(dom.text(element))) return false;
        Element wrapper = element.parent();
        for (int level = 0; level < maxLevels && wrapper != null && !wrapper.normalName().equals("body");
                level++, wrapper = wrapper.parent()) {
            if (words < minShare * proseInside[dom.id(wrapper)]) return false;
            if (isPart(wrapper)) return true;
        }
        return false;
    }

    /**
     * Whether the element holds paragraphs of prose as its own children, with no paragraph of prose before it in its
     * parent, no word to the reader outside quotation marks ({@link #addressesReader}), and the nearest element after
     * it that holds strong prose, past at most {@link #DEFAULT_MAX_RUN_GAP} elements (a share row, an ad slot), is a
     * box, not a paragraph, that is a part of the story ({@link #isPart}) going on from it: the story's first run,
     * before its rest set apart in a wrapper of its own ("meta_field" body chunk, then "related-to-story" ›
     * "js-continue"), however short the first run is. A sign-up box set between the story's paragraphs has them
     * around it and speaks to the reader.
     */
    boolean opensSplitStory(Element element) {
        if (dom == null || childParagraphs[dom.id(element)] == 0
                || hasProseSibling(element.previousElementSibling(), true)
                || addressesReader(dom.text(element))) {
            return false;
        }
        int gap = 0;
        for (Element e = element.nextElementSibling(); e != null && gap <= DEFAULT_MAX_RUN_GAP;
                e = e.nextElementSibling()) {
            int id = dom.id(e);
            if (inside[id] > 0) return ownParagraphs[id] == 0 && isPart(e);
            gap++;
        }
        return false;
    }

    /**
     * Whether a wrapper named for furniture only frames a box named for the story's text inside it: the box holds at
     * least {@code minShare} of the wrapper's kept prose words, and some, no word to the reader outside quotation marks ({@link #addressesReader}), and the wrapper comes right after the story's first
     * run ({@link #followsRun}): a later part of a split story that a layout's zone frames ("promo-zone" ›
     * "story-body__part"), however weak its text (short lines, embedded posts), which no part's words make one. A
     * promotion set right below the story speaks to the reader; a related box holds its teasers in boxes of their
     * own, not in one named for the story's text; and a box below the story's run has the run's paragraphs above it.
     * The caller names the box and knows it lies inside the wrapper.
     */
    boolean framesStoryBox(Element wrapper, Element box, double minShare) {
        if (dom == null || wrapper.normalName().equals("body")) return false;
        int boxId = dom.id(box);
        if (proseInside[boxId] == 0 || proseInside[boxId] < minShare * proseInside[dom.id(wrapper)]) return false;
        return followsRun(wrapper) && !addressesReader(dom.text(box));
    }

    /**
     * Whether the box right above the element is a button that links to it within the page, its whole text one link
     * to the element's id ({@code <div class=continue-reading><a href="#rest">Continue reading</a></div>} above
     * {@code <div id=rest>}), and the element comes right after the story's first run ({@link #followsRun}) and
     * holds kept prose that does not speak to the reader ({@link #addressesReader}): the story's continuation, which
     * the button opens or jumps to, whatever its name. A skip link stands at the page's top, far from the box it
     * targets; a comment count's link ("12 comments" › {@code #comments}) targets a thread, whose name the caller
     * spares nothing for.
     */
    boolean isLinkedContinuation(Element element) {
        if (dom == null || element.id().isEmpty() || proseInside[dom.id(element)] == 0) return false;
        Element button = element.previousElementSibling();
        if (button == null) return false;
        String target = "#" + element.id();
        String text = dom.text(button).strip();
        boolean links = false;
        for (Element link : button.select("a[href]")) {
            if (!link.attr("href").strip().equals(target) || !link.text().strip().equals(text)) return false;
            links = true;
        }
        return links && !text.isEmpty() && followsRun(element) && !addressesReader(dom.text(element));
    }

    /**
     * Whether the element comes right after a box that closes with the story's run, its own paragraphs or those of
     * its last box that holds strong prose, up to {@link #DEFAULT_MAX_RUN_DEPTH} levels down ({@code endsWithRun}:
     * the body's box in a wrapper, with its tags or footer below it), past at most {@link #DEFAULT_MAX_RUN_GAP}
     * elements, and holds kept strong prose that is its whole text, its links in the running text, no word to the
     * reader ({@link #holdsPlainProse}, {@link #holdsLinkedProse}), its paragraphs side by side in one box
     * ({@code holdsOneRun}: teasers stand in cards of their own): the story's rest set outside the body's wrapper.
     * Asked of boxes named for the story's text and for furniture alike ("paywall-content"), whose name says as much:
     * a box of furniture alone below the story ("promo") may hold a plain paragraph too.
     */
    boolean continuesRunOutside(Element element) {
        if (dom == null || inside[dom.id(element)] == 0) return false;
        if (!holdsPlainProse(element) && !holdsLinkedProse(element) || !holdsOneRun(element)) return false;
        int gap = 0;
        for (Element e = element.previousElementSibling(); e != null && gap <= DEFAULT_MAX_RUN_GAP;
                e = e.previousElementSibling()) {
            if (inside[dom.id(e)] > 0) return endsWithRun(e, DEFAULT_MAX_RUN_DEPTH);
            gap++;
        }
        return false;
    }

    /**
     * Whether the element's kept paragraphs of prose all stand side by side in one box (the element or one inside it):
     * a run of the story's, not teasers each in a card of its own.
     */
    private boolean holdsOneRun(Element element) {
        int most = 0;
        for (Element e : element.getAllElements()) most = Math.max(most, childParagraphs[dom.id(e)]);
        return most > 0 && most == paragraphsWithin(element);
    }

    /** Whether the box holds paragraphs of prose as its children, or its last box with strong prose does, deeper. */
    private boolean endsWithRun(Element box, int depth) {
        if (childParagraphs[dom.id(box)] > 0) return true;
        if (depth == 0) return false;
        for (Element child = box.lastElementChild(); child != null; child = child.previousElementSibling()) {
            if (inside[dom.id(child)] > 0) return endsWithRun(child, depth - 1);
        }
        return false;
    }

    /**
     * Whether the element is one of two or more boxes of one tag and class set among the story's paragraphs (their
     * parent holds paragraphs of prose outside them) that together hold a part's words: the metered text cut into
     * short "paywall" chunks between ad slots, each too short to be a part alone.
     */
    private boolean inSplitRun(Element element, Element parent, int id) {
        if (inside[id] == 0 || childParagraphs[dom.id(parent)] - ownParagraphs[id] <= 0) return false;
        String shape = shape(element);
        int boxes = 0;
        int words = 0;
        for (Element sibling : parent.children()) {
            int siblingId = dom.id(sibling);
            if (inside[siblingId] == 0 || !shape.equals(shape(sibling))) continue;
            boxes++;
            words += inside[siblingId];
        }
        return boxes > 1 && words >= partWords;
    }

    /**
     * Whether the element is an inset of the story's own paragraphs: a box set between two kept paragraphs of prose
     * of its parent (one before it, one after), or closing the parent's run of them ({@link #closesRun}), whose text
     * is all strong prose, with no link, heading, list, form control or media in it: one or two of the story's
     * paragraphs that a CMS put in a box of its own and named for its template ("related-content", "promo",
     * "newsletter-body"). A related box holds links, a sign-up box its form or button, a promo its call to action or
     * picture; an appeal for support set in plain paragraphs speaks to the reader in the site's voice ("If you
     * value our reporting…"), which the story's paragraphs do only inside quotation marks ({@link #READER_WORDS}).
     */
    boolean isInset(Element element) {
        return isInset(element, true);
    }

    /**
     * {@link #isInset}, the box closing the parent's run of paragraphs counted only when {@code closing}: a box
     * named for what never holds the story (a footer, a comment, a menu) is an inset of the story's paragraphs only
     * between two of them, where no footer or thread stands; below the last it may be the site's.
     */
    boolean isInset(Element element, boolean closing) {
        if (dom == null || element.parent() == null) return false;
        // a box of paragraphs, not a paragraph named for furniture (a sign-up pitch styled as "promo-text")
        int id = dom.id(element);
        if (ownParagraphs[id] > 0) return false;
        // a run of two or more of the story's paragraphs in one box: their running text may link a source, and the
        // box may close the story above lines that are no prose (tags, a credit, a share row)
        boolean run = paragraphsWithin(element) >= DEFAULT_MIN_RUN_PARAGRAPHS;
        if (!(holdsPlainProse(element) || run && holdsLinkedProse(element))) return false;
        return hasProseSibling(element.previousElementSibling(), true)
                && (hasProseSibling(element.nextElementSibling(), false)
                        || closing && (closesRun(element) || run && closesProse(element)));
    }

    /**
     * Whether the element's whole text is kept prose and nothing else: some kept words, no words but theirs, no link,
     * heading, list, form control or media, and no word to the reader outside quotation marks ({@link
     * #addressesReader}).
     */
    private boolean holdsPlainProse(Element element) {
        int id = dom.id(element);
        if (inside[id] == 0 || !element.select(INSET_FURNITURE).isEmpty()) return false;
        String text = dom.text(element);
        return TextMeasure.tokenCount(text, inside[id] + 1) <= inside[id] && !speaksToReader(element, text, inside[id]);
    }

    /**
     * Most of a run inset's words its links may hold ({@link #holdsLinkedProse}): a source or an earlier story linked
     * from a few words of a sentence, not a teaser's headline.
     */
    static final double DEFAULT_MAX_INSET_LINK_SHARE = 0.2;

    /**
     * Whether the element's whole text is kept prose, of any strength, some of it strong, whose links each sit in the
     * running text of a {@code <p>} (not at its start: a teaser's headline runs into its summary) and hold together at most {@link #DEFAULT_MAX_INSET_LINK_SHARE} of its words,
     * with no heading, list, form control or media, and no word to the reader outside quotation marks: the story's
     * paragraphs citing their sources. A related box's links are whole lines, headlines, or most of its words.
     */
    private boolean holdsLinkedProse(Element element) {
        int id = dom.id(element);
        if (inside[id] == 0 || !element.select(INSET_FURNITURE_BUT_LINKS).isEmpty()) return false;
        String text = dom.text(element);
        int words = TextMeasure.tokenCount(text, proseInside[id] + 1);
        if (words > proseInside[id] || speaksToReader(element, text, words)) return false;
        int linkWords = 0;
        for (Element link : element.select("a[href]")) {
            Element paragraph = link.closest("p");
            if (paragraph == null || !Ancestors.isWithin(paragraph, element)) return false;
            // a linked line, or a teaser's headline run into its summary
            String linkText = link.text().strip();
            String paragraphText = paragraph.text().strip();
            int ownWords = TextMeasure.wordCount(linkText);
            if (2 * ownWords > TextMeasure.wordCount(paragraphText) || paragraphText.startsWith(linkText)) return false;
            linkWords += ownWords;
        }
        return linkWords <= DEFAULT_MAX_INSET_LINK_SHARE * words;
    }

    /** The kept paragraphs of prose anywhere inside the element. */
    private int paragraphsWithin(Element element) {
        int paragraphs = 0;
        for (Element e : element.getAllElements()) paragraphs += ownParagraphs[dom.id(e)];
        return paragraphs;
    }

    /**
     * Whether no later sibling of the element holds kept prose, below at least
     * {@link #DEFAULT_MIN_RUN_ABOVE_LAST_INSET} kept paragraphs of prose of its parent: the box closes the story's
     * run, above lines that are no paragraph (a tag line, a credit, a share row).
     */
    private boolean closesProse(Element element) {
        for (Element e = element.nextElementSibling(); e != null; e = e.nextElementSibling()) {
            if (proseInside[dom.id(e)] > 0) return false;
        }
        int above = 0;
        for (Element e = element.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            above += ownParagraphs[dom.id(e)];
        }
        return above >= DEFAULT_MIN_RUN_ABOVE_LAST_INSET;
    }

    /**
     * Fewest kept paragraphs of prose its parent holds as children above a box that closes the story's run (see
     * {@link #closesRun}): the body's own run, not a page's short column.
     */
    static final int DEFAULT_MIN_RUN_ABOVE_LAST_INSET = 3;

    /**
     * Whether the element is the last of its parent's children that holds any text, below at least
     * {@link #DEFAULT_MIN_RUN_ABOVE_LAST_INSET} kept paragraphs of prose of that parent: the story's last paragraph
     * set in a box of its own, at the end of the body's box. Furniture at the story's end that passes the inset's
     * other tests is rarer than the story's own text: a related box holds links, a sign-up box its form.
     */
    private boolean closesRun(Element element) {
        for (Element e = element.nextElementSibling(); e != null; e = e.nextElementSibling()) {
            if (!dom.text(e).isBlank()) return false;
        }
        int above = 0;
        for (Element e = element.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            above += ownParagraphs[dom.id(e)];
        }
        return above >= DEFAULT_MIN_RUN_ABOVE_LAST_INSET;
    }

    /** Words in which a site speaks to its reader of itself: "you", "our", "we"… (English). */
    static final Set<String> READER_WORDS = Set.of("you", "your", "yours", "we", "our", "ours", "us");

    /** Whether a word of {@link #READER_WORDS} stands in the text outside quotation marks. */
    static boolean addressesReader(String text) {
        return readerWords(text) > 0;
    }

    /**
     * Least share of a run's words that are words to the reader ({@link #READER_WORDS}, outside quotation marks) for
     * the run to speak to the reader: an appeal is full of them ("If you value our reporting, please support us"),
     * while an opinion writer's "Let's hope we see more" is one word among a hundred of the story's.
     */
    static final double DEFAULT_MIN_RUN_READER_WORD_SHARE = 0.025;

    /**
     * Whether the element's text speaks to the reader: for a run of {@link #DEFAULT_MIN_RUN_PARAGRAPHS} or more
     * paragraphs, by {@link #DEFAULT_MIN_RUN_READER_WORD_SHARE} of its {@code words}; for one paragraph, by any word
     * ({@link #addressesReader}).
     */
    private boolean speaksToReader(Element element, String text, int words) {
        int reader = readerWords(text);
        if (reader == 0) return false;
        return paragraphsWithin(element) < DEFAULT_MIN_RUN_PARAGRAPHS || reader >= DEFAULT_MIN_RUN_READER_WORD_SHARE * words;
    }

    /** How many words of {@link #READER_WORDS} stand in the text outside quotation marks. */
    static int readerWords(String text) {
        int count = 0;
        boolean quoted = false;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '\'' || c == '\u2019') && start >= 0) {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) {
                int end = i;
                String raw = text.substring(start, end);
                String word = raw.equals("US") ? raw : raw.toLowerCase(java.util.Locale.ROOT); // the country
                int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
                if (apostrophe > 0) word = word.substring(0, apostrophe); // "we're", "you'll"
                if (!quoted && READER_WORDS.contains(word)) count++;
                start = -1;
            }
            if (c == '\u201c') quoted = true;
            else if (c == '\u201d') quoted = false;
            else if (c == '"') quoted = !quoted;
        }
        return count;
    }

    /** What an inset of the story's paragraphs never holds: links, headings, lists, form controls, media. */
    static final org.jsoup.select.Evaluator INSET_FURNITURE = org.jsoup.select.QueryParser.parse(
            "a[href], h1, h2, h3, h4, h5, h6, ul, ol, form, input, button, select, textarea, img, picture, video, "
                    + "iframe, figure, svg");
    /** {@link #INSET_FURNITURE} but links, which a run of the story's paragraphs may hold in its running text. */
    static final org.jsoup.select.Evaluator INSET_FURNITURE_BUT_LINKS = org.jsoup.select.QueryParser.parse(
            "h1, h2, h3, h4, h5, h6, ul, ol, form, input, button, select, textarea, img, picture, video, "
                    + "iframe, figure, svg");

    /** Whether this sibling or one further on in the direction is itself a kept paragraph of prose. */
    private boolean hasProseSibling(Element sibling, boolean before) {
        for (Element e = sibling; e != null; e = before ? e.previousElementSibling() : e.nextElementSibling()) {
            if (ownParagraphs[dom.id(e)] > 0) return true;
        }
        return false;
    }

    /** Whether the element is the best prose block or one of its ancestors. */
    private boolean holdsBestBlock(int id) {
        for (int ancestor : bestAncestry) if (ancestor == id) return true;
        return false;
    }

    /** Whether a child of the element has the tag and class of a sibling of it that holds paragraphs of prose. */
    private boolean holdsChunkOfSibling(Element element, Element parent) {
        Set<String> chunks = new HashSet<>();
        for (Element sibling : parent.children()) {
            if (sibling != element && childParagraphs[dom.id(sibling)] > 0) chunks.add(shape(sibling));
        }
        if (chunks.isEmpty()) return false;
        for (Element child : element.children()) {
            if (childParagraphs[dom.id(child)] > 0 && chunks.contains(shape(child))) return true;
        }
        return followsRun(element) && (wrapsRun(element, DEFAULT_MAX_RUN_DEPTH) || isLoneParagraphWrapper(element));
    }

    /**
     * Whether the element's whole text is one kept paragraph of strong prose (it holds a part's words, see
     * {@link #isPart}), with no link, heading, list, form control or media in it and no word to the reader outside
     * quotation marks ({@link #addressesReader}): the last chunk of a short split story, one paragraph long, in a
     * wrapper of its own ("read-more" › "expandable-content"), where {@link #wrapsRun} finds no run of
     * {@link #DEFAULT_MIN_RUN_PARAGRAPHS}. A related box holds links or headlines, a sign-up box its form, an appeal
     * speaks to the reader.
     */
    private boolean isLoneParagraphWrapper(Element element) {
        return holdsPlainProse(element) && paragraphsWithin(element) == 1;
    }

    /**
     * Whether the nearest element before this one that holds strong prose, past at most {@link #DEFAULT_MAX_RUN_GAP}
     * elements (an ad slot, a label, a video card), holds paragraphs of prose as its own children: the story's first
     * run, which the element goes on from.
     */
    private boolean followsRun(Element element) {
        int gap = 0;
        for (Element e = element.previousElementSibling(); e != null && gap <= DEFAULT_MAX_RUN_GAP;
                e = e.previousElementSibling()) {
            int id = dom.id(e);
            if (inside[id] > 0) return childParagraphs[id] > 0;
            gap++;
        }
        return false;
    }

    /**
     * How many levels down a box that wraps the rest of a split story may hold its run of paragraphs: a "paywall" or
     * "read-more" wrapper around a box of another class than the first chunk's, one or two wrappers deep.
     */
    static final int DEFAULT_MAX_RUN_DEPTH = 3;
    /** Fewest kept paragraphs of prose a box inside such a wrapper holds as its children to be a run of the story. */
    static final int DEFAULT_MIN_RUN_PARAGRAPHS = 2;

    /** Most elements without strong prose between the story's first run and a wrapper of its rest. */
    static final int DEFAULT_MAX_RUN_GAP = 2;

    /**
     * Whether a box inside the element, at most {@code depth} levels down, holds {@link #DEFAULT_MIN_RUN_PARAGRAPHS} or more
     * kept paragraphs of prose as its children: the rest of a story, its own run, whatever the box's class, in a
     * wrapper (a box that holds its paragraphs itself beside the body's box may be a related box).
     */
    private boolean wrapsRun(Element element, int depth) {
        if (depth == 0) return false;
        for (Element child : element.children()) {
            int id = dom.id(child);
            if (inside[id] > 0 && (childParagraphs[id] >= DEFAULT_MIN_RUN_PARAGRAPHS || wrapsRun(child, depth - 1))) {
                return true;
            }
        }
        return false;
    }

    private static String shape(Element element) {
        return element.normalName() + '.' + element.className().trim();
    }

    /** The kept strong prose words inside the element. */
    int words(Element element) {
        return dom == null ? 0 : inside[dom.id(element)];
    }

    /** What a warning says of a part of the story that a furniture name or rule matched. */
    String describe(Element element) {
        if (words(element) < partWords && proseInside[dom.id(element)] >= partWords) {
            return proseInside[dom.id(element)] + " words of prose in the rest of a split story, past its first run";
        }
        if (words(element) < partWords && isLinkedContinuation(element)) {
            return proseInside[dom.id(element)] + " words of prose that an in-page link right above it targets";
        }
        if (words(element) < partWords) {
            return words(element) + " words of prose set between the story's paragraphs, with no link, heading or form";
        }
        return words(element) + " words of the story's paragraphs, half of its best prose block or more";
    }

    /** The class of the story's paragraphs among the blocks kept now, found on first use. */
    StoryParagraphClass paragraphClass() {
        if (paragraphClass == null) paragraphClass = StoryParagraphClass.of(page, strongProse, minClassParagraphs);
        return paragraphClass;
    }
}
