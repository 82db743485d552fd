package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.DomIndex;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the kept blocks of a thread of reader comments below an HTML article, reason {@code comment-thread}: a run
 * of sibling elements, most of the run's children with text, that repeat one shape (tag and first class name, see
 * {@link TeaserGridFilter#shape}) and are each a post: prose beside a short line that dates it ("2 days ago at
 * 07:50 am", a {@code <time>}, or a short name before such a date: "mkd_77 September 17, 2023 at 10:46 pm"; kept
 * or already removed, as a permalink around the date is) and a short line that names its author (at most
 * {@code maxAuthorWords} words, not a date, or those words before the date in its date line: "JohnnyB · 9 hours
 * ago"; kept or already removed, as a linked name is) and no heading — whatever the thread's class
 * names say. Replies nested in a post of their shape ("ol.children", "div.replies", at most {@code maxNesting}
 * elements down) count with the thread, so two posts with three replies are a thread of five. At least
 * {@code minVoiceShare} of the posts name an author of their own (a thread has many voices; a live blog's entries or a
 * Q&amp;A's answers repeat two or three names, and "Updated 3 hours ago" over every entry is one), and the date is one
 * a comment system prints: a date or an age, not a time of day alone ("9pm", a live blog's post's stamp). A story's
 * sections have headings, and a timeline's dated events name no author each, so they stay. A thread with prose of
 * another shape after its last post among its siblings goes only when its posts answer one another (nested replies)
 * or at least {@code minControlShare} of them hold one same line of at most {@code maxControlWords} words, not a
 * date or a name that signs a post: the controls a comment system prints ("Reply", "Report · Upvote"). Posts a story
 * quotes between its paragraphs do neither. At least {@code minArticleWords} words of prose outside every thread
 * (or of lines of running text with no link and no title's look, of at least {@code minArticleLineWords} words: a box
 * score, an interview's turns) come before a thread that goes. A shorter thread, of at least
 * {@code minControlledPosts} posts ("2 thoughts on this story"), goes when its posts share such controls (a
 * {@code <button>}'s label counts, though it prints no block) and no story prose of another shape follows them; and a
 * post of a thread's shape left alone right after the thread's box, the box's last post of that shape right above
 * it, goes with the thread, and so does an element of the posts' shape set between two of them (a post whose date
 * line runs too long to read as one).
 * Runs before the main-container step, so that a thread longer than the story cannot win the page.
 */
public final class CommentThreadFilter implements BlockFilter {
    public static final String REASON = "comment-thread";
    /** Fewest posts of one shape a thread has. */
    public static final int DEFAULT_MIN_POSTS = 3;
    /** Most words of the line that dates a post. */
    public static final int DEFAULT_MAX_DATE_WORDS = 8;
    /** How many elements up from its date line a post may be. */
    public static final int DEFAULT_MAX_LEVELS = 4;
    /** Least share of a thread's children with visible text that are its posts. */
    public static final double DEFAULT_MIN_POST_SHARE = 0.6;
    /** Fewest words of prose outside every thread above the first post: the article the thread follows. */
    public static final int DEFAULT_MIN_ARTICLE_WORDS = 100;

    /**
     * Fewest words of a line of running text, not prose, that counts toward the article above a thread (a box
     * score's "Rockledge (3-1): C. Martinez 1 goal. D. Robbins 1 save."); 0 counts prose only.
     */
    public static final int DEFAULT_MIN_ARTICLE_LINE_WORDS = 5;

    /** Most words of the line that names a post's author. */
    public static final int DEFAULT_MAX_AUTHOR_WORDS = 4;
    /** Most elements between a reply and the post of its shape it is nested in ("ol.children", "div.replies"). */
    public static final int DEFAULT_MAX_NESTING = 3;
    /** Least share of a thread's posts that name an author no other post of it names. */
    public static final double DEFAULT_MIN_VOICE_SHARE = 0.5;

    /** Most words of a control line a comment system prints under each post ("Reply", "Report · Reply"). */
    public static final int DEFAULT_MAX_CONTROL_WORDS = 3;
    /** Least share of a thread's posts that hold one same control line, for a thread with story prose below it. */
    public static final double DEFAULT_MIN_CONTROL_SHARE = 0.5;
    /**
     * Fewest posts of a thread of fewer than {@code minPosts}, with no story prose below it, whose posts all hold one
     * same control line ("Reply"): a short thread under a story ("2 thoughts on this story").
     */
    public static final int DEFAULT_MIN_CONTROLLED_POSTS = 2;

    private final int minPosts;
    private final int maxDateWords;
    private final int maxLevels;
    private final double minPostShare;
    private final int minArticleWords;
    private final int minArticleLineWords;
    private final int maxAuthorWords;
    private final int maxNesting;
    private final double minVoiceShare;
    private final int maxControlWords;
    private final double minControlShare;
    private final int minControlledPosts;

    public CommentThreadFilter() {
        this(DEFAULT_MIN_POSTS, DEFAULT_MAX_DATE_WORDS, DEFAULT_MAX_LEVELS, DEFAULT_MIN_POST_SHARE,
                DEFAULT_MIN_ARTICLE_WORDS, DEFAULT_MAX_AUTHOR_WORDS, DEFAULT_MAX_NESTING, DEFAULT_MIN_VOICE_SHARE,
                DEFAULT_MAX_CONTROL_WORDS, DEFAULT_MIN_CONTROL_SHARE, DEFAULT_MIN_ARTICLE_LINE_WORDS,
                DEFAULT_MIN_CONTROLLED_POSTS);
    }

    public CommentThreadFilter(int minPosts, int maxDateWords, int maxLevels, double minPostShare,
                               int minArticleWords, int maxAuthorWords, int maxNesting, double minVoiceShare,
                               int maxControlWords, double minControlShare) {
        this(minPosts, maxDateWords, maxLevels, minPostShare, minArticleWords, maxAuthorWords, maxNesting,
                minVoiceShare, maxControlWords, minControlShare, DEFAULT_MIN_ARTICLE_LINE_WORDS,
                DEFAULT_MIN_CONTROLLED_POSTS);
    }

    public CommentThreadFilter(int minPosts, int maxDateWords, int maxLevels, double minPostShare,
                               int minArticleWords, int maxAuthorWords, int maxNesting, double minVoiceShare,
                               int maxControlWords, double minControlShare, int minArticleLineWords) {
        this(minPosts, maxDateWords, maxLevels, minPostShare, minArticleWords, maxAuthorWords, maxNesting,
                minVoiceShare, maxControlWords, minControlShare, minArticleLineWords, DEFAULT_MIN_CONTROLLED_POSTS);
    }

    public CommentThreadFilter(int minPosts, int maxDateWords, int maxLevels, double minPostShare,
                               int minArticleWords, int maxAuthorWords, int maxNesting, double minVoiceShare,
                               int maxControlWords, double minControlShare, int minArticleLineWords,
                               int minControlledPosts) {
        this.minControlledPosts = Validate.atLeast(minControlledPosts, 2, "minControlledPosts");
        this.minArticleLineWords = Validate.atLeast(minArticleLineWords, 0, "minArticleLineWords");
        this.maxControlWords = Validate.positive(maxControlWords, "maxControlWords");
        this.minControlShare = Validate.fraction(minControlShare, "minControlShare");
        this.maxNesting = Validate.positive(maxNesting, "maxNesting");
        this.minVoiceShare = Validate.fraction(minVoiceShare, "minVoiceShare");
        this.maxAuthorWords = Validate.positive(maxAuthorWords, "maxAuthorWords");
        this.minPosts = Validate.atLeast(minPosts, 2, "minPosts");
        this.maxDateWords = Validate.positive(maxDateWords, "maxDateWords");
        this.maxLevels = Validate.positive(maxLevels, "maxLevels");
        this.minPostShare = Validate.fraction(minPostShare, "minPostShare");
        this.minArticleWords = Validate.atLeast(minArticleWords, 0, "minArticleWords");
    }

    @Override
    public boolean process(Page page) {
        List<Block> kept = page.kept();
        for (Block block : kept) if (block.element() == null) return false;
        // a post's date line counts when an earlier filter removed it: a permalink around the date (WordPress's
        // "<a href=#comment-N><time>") is all link
        List<Block> dates = new ArrayList<>();
        for (Block block : page.blocks()) if (block.element() != null && isDateLine(block)) dates.add(block);
        // the fewest posts of any thread: a short one is told by the controls its posts share
        int fewestPosts = Math.min(minPosts, minControlledPosts);
        if (dates.size() < fewestPosts) return false;
        // by element number: the words of the kept blocks inside it, and whether one of them is prose, a heading
        // or an author's line
        DomIndex dom = page.domIndex();
        int[] words = new int[dom.size()];
        boolean[] prose = new boolean[dom.size()];
        boolean[] headed = new boolean[dom.size()];
        // the first line inside it that names an author: a post's signature
        String[] signature = new String[dom.size()];
        // a short heading right above its post's date line names the post's author ("<h4>RiverRat</h4><time>"):
        // it is no section's heading
        Map<Element, List<String>> dateTexts = new IdentityHashMap<>();
        for (Block date : dates)
            dateTexts.computeIfAbsent(date.element(), k -> new ArrayList<>()).add(date.text().strip());
        Set<Block> nameHeadings = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block block : page.blocks()) {
            int n = block.wordCount();
            if (block.element() == null || !block.has(Label.HEADING) || block.has(Label.PROSE) || n == 0
                    || n > maxAuthorWords) continue;
            if (datedNext(block.element(), dateTexts, maxDateWords)) nameHeadings.add(block);
        }
        for (Block block : kept) {
            boolean isProse = block.has(Label.PROSE);
            boolean heading = block.has(Label.HEADING) && !nameHeadings.contains(block);
            int n = block.wordCount();
            for (int id : dom.ancestry(block.element())) {
                words[id] += n;
                if (isProse) prose[id] = true;
                if (heading) headed[id] = true;
            }
        }
        // an author's line counts when an earlier filter removed it: a linked name beside its date ("Carlos L. 2
        // days ago", all link) goes as link-dense
        boolean[] headingSigned = new boolean[dom.size()];
        for (Block block : page.blocks()) {
            boolean nameHeading = nameHeadings.contains(block);
            String author = block.element() == null ? null : author(block, nameHeading);
            if (author == null) continue;
            for (int id : dom.ancestry(block.element())) {
                if (signature[id] != null) continue;
                signature[id] = author;
                headingSigned[id] = nameHeading;
            }
        }
        // every element that could be a post, with its shape
        Map<Element, String> shapes = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Block date : dates) {
            Element post = date.element();
            for (int level = 0; level < maxLevels && post.parent() != null; level++, post = post.parent()) {
                int id = dom.id(post);
                if (!prose[id] || headed[id] || signature[id] == null) continue;
                if (shapes.put(post, TeaserGridFilter.shape(post)) == null) order.add(post);
            }
        }
        Map<Element, Map<String, List<Element>>> candidates = new LinkedHashMap<>();
        for (Element post : order)
            candidates.computeIfAbsent(post.parent(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(shapes.get(post), k -> new ArrayList<>()).add(post);
        // replies nested inside a post of their shape ("ol.children", "div.replies") join that post's thread: two
        // posts with three replies between them are a thread of five; the post they sit in has a sibling of its
        // shape, so that a story container holding a thread is not taken for a post
        Map<List<Element>, List<List<Element>>> replies = new IdentityHashMap<>();
        Map<List<Element>, Boolean> nested = new IdentityHashMap<>();
        for (Map.Entry<Element, Map<String, List<Element>>> group : candidates.entrySet()) {
            for (Map.Entry<String, List<Element>> shape : group.getValue().entrySet()) {
                Element up = group.getKey();
                for (int level = 0; level < maxNesting && up != null; level++, up = up.parent()) {
                    if (!shape.getKey().equals(shapes.get(up))) continue;
                    // a bare "div" of replies has the shape of the bare "div" posts around it: look past it
                    List<Element> outer = candidates.get(up.parent()).get(shape.getKey());
                    if (outer.size() < 2) continue;
                    replies.computeIfAbsent(outer, k -> new ArrayList<>()).add(shape.getValue());
                    nested.put(shape.getValue(), Boolean.TRUE);
                    break;
                }
            }
        }
        Map<Element, String> posts = new IdentityHashMap<>();
        Map<Element, String> lastPosts = new LinkedHashMap<>();
        for (Map.Entry<Element, Map<String, List<Element>>> thread : candidates.entrySet()) {
            for (Map.Entry<String, List<Element>> shape : thread.getValue().entrySet()) {
                List<Element> tops = shape.getValue();
                if (tops.size() < 2 || nested.containsKey(tops)) continue;
                List<Element> all = new ArrayList<>(tops);
                collectReplies(tops, replies, all);
                int n = all.size();
                if (n < fewestPosts || tops.size() < minPostShare * run(thread.getKey(), tops, words, dom)) continue;
                Set<String> voices = new HashSet<>();
                for (Element post : all) voices.add(signature[dom.id(post)]);
                // a live blog's entries repeat a few reporters' names; a thread's posts are mostly each a voice
                if (voices.size() < 2 || voices.size() < minVoiceShare * n) continue;
                // a short thread ("2 comments") is told by the controls its posts share, with no story below it
                if (n < minPosts && (proseAfter(thread.getKey(), tops.get(tops.size() - 1), shape.getKey(), prose, dom)
                        || !shareControls(page, all, voices, dom))) continue;
                // story prose below the posts: they are posts the story quotes, unless they answer one another or
                // carry the controls a comment system prints
                // and so are a live blog's entries headed each by a short title over its date ("Polls close" ·
                // "Nov 3, 2019"), when the posts are named by headings
                boolean headingNamed = false;
                for (Element post : all) headingNamed |= headingSigned[dom.id(post)];
                if ((headingNamed || proseAfter(thread.getKey(), tops.get(tops.size() - 1), shape.getKey(), prose, dom))
                        && !replies.containsKey(tops) && !shareControls(page, all, voices, dom)) continue;
                for (Element post : all) posts.put(post, n + " posts <" + shape.getKey() + ">");
                lastPosts.put(tops.get(tops.size() - 1), n + " posts <" + shape.getKey() + ">");
                // a sibling of the posts' shape set between two of them is a post too, though its date line was too
                // long to read as one ("Samuel Kowalski · February 1, 2017 at 11:37 am")
                Element parent = thread.getKey();
                for (int k = tops.get(0).elementSiblingIndex() + 1; k < tops.get(tops.size() - 1).elementSiblingIndex(); k++) {
                    Element between = parent.child(k);
                    if (words[dom.id(between)] > 0 && !headed[dom.id(between)]
                            && shape.getKey().equals(TeaserGridFilter.shape(between)))
                        posts.putIfAbsent(between, n + " posts <" + shape.getKey() + ">");
                }
            }
        }
        if (posts.isEmpty()) return false;
        // a post left alone right after a thread's box, of the thread's shape: the thread's last, set a level up
        for (Map.Entry<Element, String> thread : lastPosts.entrySet()) {
            Element post = nextPostAfter(thread.getKey(), dates, signature, headed, dom);
            if (post != null) posts.putIfAbsent(post, thread.getValue());
        }
        Map<Block, String> inThread = new LinkedHashMap<>();
        for (Block block : kept) {
            for (Element e = block.element(); e != null; e = e.parent()) {
                String post = posts.get(e);
                if (post != null) {
                    inThread.put(block, post);
                    break;
                }
            }
        }
        int articleWords = 0;
        boolean changed = false;
        for (Block block : kept) {
            String post = inThread.get(block);
            if (post == null) {
                if (isArticleText(block)) articleWords += block.wordCount();
            } else if (articleWords >= minArticleWords) {
                changed |= block.remove(new Reason(REASON, name(), post));
            }
        }
        return changed;
    }

    /**
     * Whether a kept block outside every thread counts toward the article above a thread: prose, or a line of running
     * text the prose step did not take, with no link, of at least {@code minArticleLineWords} words, that is no
     * heading and reads as no title (a box score's lines, an interview's turns, a recipe's steps).
     */
    private boolean isArticleText(Block block) {
        if (block.has(Label.PROSE)) return true;
        return minArticleLineWords > 0 && block.wordCount() >= minArticleLineWords && block.linkChars() == 0
                && !block.has(Label.HEADING) && !block.has(Label.TITLE_LIKE);
    }

    /**
     * Whether at least {@code minControlShare} of the posts (two at least) hold one same short line, kept or removed,
     * of at most {@code maxControlWords} words that is neither a date line nor a name that signs one of them: the
     * controls a comment system prints under each post ("Reply", "Report · Reply"), in whatever language; or hold
     * one same word of such lines, as a system that prints its buttons in varying sets does ("Reply · 12 likes",
     * "Flag Reply"); the label of a {@code <button>}, which prints no block, counts as such a line. Posts a story
     * quotes each hold their own words, name and date.
     */
    private boolean shareControls(Page page, List<Element> posts, Set<String> voices, DomIndex dom) {
        Map<Integer, Integer> postOf = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) postOf.put(dom.id(posts.get(i)), i);
        Map<String, Set<Integer>> holders = new HashMap<>();
        for (Block block : page.blocks()) {
            int words = block.wordCount();
            if (block.element() == null || words == 0 || words > maxControlWords || isDateLine(block)) continue;
            Integer post = null;
            for (int id : dom.ancestry(block.element())) {
                post = postOf.get(id);
                if (post != null) break;
            }
            if (post == null || voices.contains(block.text().strip().toLowerCase(Locale.ROOT))) continue;
            List<String> line = TextMeasure.words(block.text().toLowerCase(Locale.ROOT));
            holders.computeIfAbsent(String.join(" ", line), k -> new HashSet<>()).add(post);
            // a system prints its buttons in varying sets ("Reply", "Reply · 12 likes", "Flag Reply"): a word of
            // them held by the posts counts as the line does
            for (String word : line) {
                if (word.codePoints().anyMatch(Character::isLetter))
                    holders.computeIfAbsent(word, k -> new HashSet<>()).add(post);
            }
        }
        // a button prints no block of its own: its label is read from the post's markup
        for (int i = 0; i < posts.size(); i++) {
            for (Element button : posts.get(i).getElementsByTag("button")) {
                List<String> line = TextMeasure.words(button.text().toLowerCase(Locale.ROOT));
                if (line.isEmpty() || line.size() > maxControlWords) continue;
                holders.computeIfAbsent(String.join(" ", line), k -> new HashSet<>()).add(i);
                for (String word : line) {
                    if (word.codePoints().anyMatch(Character::isLetter))
                        holders.computeIfAbsent(word, k -> new HashSet<>()).add(i);
                }
            }
        }
        int need = Math.max(2, (int) Math.ceil(minControlShare * posts.size()));
        for (Set<Integer> held : holders.values()) if (held.size() >= need) return true;
        return false;
    }

    /**
     * Whether the element right after a heading is a post's date line alone, not a post that holds one: a line that
     * dates a post ({@code <time>} inline in the post reads as a line of the post's own block), or a {@code <time>}
     * of a date or an age that the post's prose runs on from in one line.
     */
    private static boolean datedNext(Element heading, Map<Element, List<String>> dateTexts, int maxDateWords) {
        Element next = heading.nextElementSibling();
        if (next == null) return false;
        String text = next.text().strip();
        if (text.isEmpty()) return false;
        if (next.normalName().equals("time"))
            return TextMeasure.wordCount(text) <= maxDateWords && !DateLines.isClockTime(text);
        for (Element owner : new Element[] {next, heading.parent()}) {
            List<String> texts = owner == null ? null : dateTexts.get(owner);
            if (texts != null && texts.contains(text)) return true;
        }
        return false;
    }

    /**
     * The element with text right after a thread's last post {@code last}, or right after the thread's box when the
     * box ends with that post (no element with text after it or after the elements around it, up to
     * {@code maxNesting} levels up), when it is a post of {@code last}'s shape whose prose is too short to read as
     * prose: an author's line, a date line, no heading. Null for none.
     */
    private Element nextPostAfter(Element last, List<Block> dates, String[] signature, boolean[] headed, DomIndex dom) {
        String shape = TeaserGridFilter.shape(last);
        Element e = last;
        for (int level = 0; level <= maxNesting && e.parent() != null; level++, e = e.parent()) {
            Element next = e.nextElementSibling();
            while (next != null && !next.hasText()) next = next.nextElementSibling();
            if (next == null) continue;
            if (!shape.equals(TeaserGridFilter.shape(next))) return null;
            int id = dom.id(next);
            if (signature[id] == null || headed[id]) return null;
            for (Block date : dates) if (Ancestors.isWithin(date.element(), next)) return next;
            return null;
        }
        return null;
    }

    /** Adds the replies nested in the posts, and theirs, to {@code all}. */
    private static void collectReplies(List<Element> posts, Map<List<Element>, List<List<Element>>> replies,
                                       List<Element> all) {
        for (List<Element> inner : replies.getOrDefault(posts, List.of())) {
            all.addAll(inner);
            collectReplies(inner, replies, all);
        }
    }

    /**
     * The children with visible text of a thread's parent from its first post to its last: a thread is a run of
     * siblings, and set inside the story's container it follows the story's paragraphs.
     */
    private static int run(Element parent, List<Element> posts, int[] words, DomIndex dom) {
        int first = posts.get(0).elementSiblingIndex(), last = posts.get(posts.size() - 1).elementSiblingIndex();
        int n = 0;
        for (int i = first; i <= last; i++) if (words[dom.id(parent.child(i))] > 0) n++;
        return n;
    }

    /**
     * Whether prose of another shape than the posts' follows a thread's last post among its siblings: a thread
     * ends the story, quoted posts sit in it (a post whose date line no system prints is of the posts' shape).
     */
    private static boolean proseAfter(Element parent, Element last, String shape, boolean[] prose, DomIndex dom) {
        for (int i = last.elementSiblingIndex() + 1; i < parent.childrenSize(); i++) {
            Element sibling = parent.child(i);
            if (prose[dom.id(sibling)] && !shape.equals(TeaserGridFilter.shape(sibling))) return true;
        }
        return false;
    }

    /**
     * The author a short line beside a post's prose names, lower-cased: the whole line when it is not prose, a
     * heading or a date, or the words before the date of a date line ("JohnnyB · 9 hours ago"), or beside its
     * {@code <time>} ("JohnnyB <time>5d</time>"); null for none.
     */
    private String author(Block block, boolean nameHeading) {
        if (block.wordCount() == 0 || block.has(Label.PROSE) || (block.has(Label.HEADING) && !nameHeading)) return null;
        String name = block.text();
        if (isDateLine(block)) {
            name = DateLines.beforeDate(block.text());
            if (name == null) name = besideTime(block.element());
            if (name == null) return null;
        }
        int words = TextMeasure.wordCount(name);
        return words > 0 && words <= maxAuthorWords ? name.strip().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The text of an element's children but its {@code <time>} ("<strong>JohnnyB</strong> <time>5d</time>"): the
     * name a post's date line gives beside a date whose words are no calendar date's; null when it holds no
     * {@code <time>}.
     */
    private static String besideTime(Element element) {
        StringBuilder name = new StringBuilder();
        boolean timed = false;
        for (int i = 0; i < element.childNodeSize(); i++) {
            org.jsoup.nodes.Node child = element.childNode(i);
            if (child instanceof Element e && e.normalName().equals("time")) timed = true;
            else if (child instanceof Element e) name.append(' ').append(e.text());
            else if (child instanceof org.jsoup.nodes.TextNode text) name.append(text.text());
        }
        return timed ? name.toString() : null;
    }

    /**
     * Whether a line too long for a date line alone is a post's author and its date on one line, each short enough:
     * a name of at most {@code maxAuthorWords} words before a date of at most {@code maxDateWords} ("mkd_77
     * September 17, 2023 at 10:46 pm"), as a comment system prints a post's header.
     */
    private boolean namedDate(Block line) {
        int words = line.wordCount();
        if (words > maxDateWords + maxAuthorWords) return false;
        String name = DateLines.beforeDate(line.text());
        if (name == null) return false;
        int nameWords = TextMeasure.wordCount(name);
        return nameWords > 0 && nameWords <= maxAuthorWords && words - nameWords <= maxDateWords;
    }

    /**
     * A short line that dates a post: a {@code <time>} element, a calendar date, "… ago" or an age cut short
     * ("3d"). A {@code <time>} of a time of day alone ("9pm", "10:42 a.m. ET") stamps a live blog's post: comments
     * span days, and their systems print a date or an age.
     */
    private boolean isDateLine(Block block) {
        if (block.has(Label.HEADING) || block.has(Label.PROSE)) return false;
        if (block.wordCount() > maxDateWords && !namedDate(block)) return false;
        // the child nodes read in place: children() would copy the element's child elements into a new list
        Element element = block.element();
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof Element child && child.normalName().equals("time")) {
                return !DateLines.isClockTime(block.text());
            }
        }
        return DateLines.startsWithRelativeTime(block.text()) || block.date().isPresent()
                || DateLines.beforeDate(block.text()) != null || DateLines.isTerseAge(block.text());
    }
}
