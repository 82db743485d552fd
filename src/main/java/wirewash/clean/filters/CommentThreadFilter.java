package wirewash.clean.filters;

import java.util.ArrayList;
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
 * Removes the kept blocks of a thread of reader comments below an HTML article, reason {@code comment-thread}: an
 * element most of whose children repeat one shape (tag and first class name, see {@link TeaserGridFilter#shape})
 * and are each a post, prose beside a short line that dates it ("2 days ago at 07:50 am", a {@code <time>}; kept or
 * already removed, as a permalink around the date is) and
 * a short line that names its author (at most {@code maxAuthorWords} words, not a date, or those words before the
 * date in its date line: "JohnnyB · 9 hours ago") and no heading — whatever
 * the thread's class names say; the first such line of at least two of the posts differ (a thread has several
 * voices; "Updated 3 hours ago" over every entry of a live blog is one), and the date is one a comment system
 * prints: a date or an age, not a time of day alone ("9pm", a live blog's post's stamp). A story's sections have headings, and a
 * live blog's entries or a timeline's dated events name no author each, so they stay. Only a thread below the article's prose goes: at least
 * {@code minArticleWords} words of prose outside every thread must come before it. Runs before the main-container step, so that a thread longer than the story
 * cannot win the page.
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

    /** Most words of the line that names a post's author. */
    public static final int DEFAULT_MAX_AUTHOR_WORDS = 4;

    private final int minPosts;
    private final int maxDateWords;
    private final int maxLevels;
    private final double minPostShare;
    private final int minArticleWords;
    private final int maxAuthorWords;

    public CommentThreadFilter() {
        this(DEFAULT_MIN_POSTS, DEFAULT_MAX_DATE_WORDS, DEFAULT_MAX_LEVELS, DEFAULT_MIN_POST_SHARE,
                DEFAULT_MIN_ARTICLE_WORDS, DEFAULT_MAX_AUTHOR_WORDS);
    }

    public CommentThreadFilter(int minPosts, int maxDateWords, int maxLevels, double minPostShare,
                               int minArticleWords, int maxAuthorWords) {
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
        if (dates.size() < minPosts) return false;
        // by element number: the words of the kept blocks inside it, and whether one of them is prose, a heading
        // or an author's line
        DomIndex dom = page.domIndex();
        int[] words = new int[dom.size()];
        boolean[] prose = new boolean[dom.size()];
        boolean[] headed = new boolean[dom.size()];
        // the first line inside it that names an author: a post's signature
        String[] signature = new String[dom.size()];
        for (Block block : kept) {
            boolean isProse = block.has(Label.PROSE);
            boolean heading = block.has(Label.HEADING);
            String author = author(block);
            int n = block.wordCount();
            for (int id : dom.ancestry(block.element())) {
                words[id] += n;
                if (isProse) prose[id] = true;
                if (heading) headed[id] = true;
                if (author != null && signature[id] == null) signature[id] = author;
            }
        }
        Map<Element, Map<String, List<Element>>> candidates = new LinkedHashMap<>();
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        for (Block date : dates) {
            Element post = date.element();
            for (int level = 0; level < maxLevels && post.parent() != null; level++, post = post.parent()) {
                int id = dom.id(post);
                if (!prose[id] || headed[id] || signature[id] == null) continue;
                if (seen.put(post, Boolean.TRUE) == null) {
                    candidates.computeIfAbsent(post.parent(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(TeaserGridFilter.shape(post), k -> new ArrayList<>()).add(post);
                }
            }
        }
        Map<Element, String> posts = new IdentityHashMap<>();
        for (Map.Entry<Element, Map<String, List<Element>>> thread : candidates.entrySet()) {
            int children = 0;
            for (Element child : thread.getKey().children()) if (words[dom.id(child)] > 0) children++;
            for (Map.Entry<String, List<Element>> shape : thread.getValue().entrySet()) {
                int n = shape.getValue().size();
                if (n < minPosts || n < minPostShare * children) continue;
                Set<String> voices = new HashSet<>();
                for (Element post : shape.getValue()) voices.add(signature[dom.id(post)]);
                if (voices.size() < 2) continue;
                for (Element post : shape.getValue()) posts.put(post, n + " posts <" + shape.getKey() + ">");
            }
        }
        if (posts.isEmpty()) return false;
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
                if (block.has(Label.PROSE)) articleWords += block.wordCount();
            } else if (articleWords >= minArticleWords) {
                changed |= block.remove(new Reason(REASON, name(), post));
            }
        }
        return changed;
    }

    /**
     * The author a short line beside a post's prose names, lower-cased: the whole line when it is not prose, a
     * heading or a date, or the words before the date of a date line ("JohnnyB · 9 hours ago"); null for none.
     */
    private String author(Block block) {
        if (block.wordCount() == 0 || block.has(Label.PROSE) || block.has(Label.HEADING)) return null;
        String name = block.text();
        if (isDateLine(block)) {
            name = DateLines.beforeDate(block.text());
            if (name == null) return null;
        }
        int words = TextMeasure.wordCount(name);
        return words > 0 && words <= maxAuthorWords ? name.strip().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * A short line that dates a post: a {@code <time>} element, a calendar date or "… ago". A {@code <time>} of a
     * time of day alone ("9pm", "10:42 a.m. ET") stamps a live blog's post: comments span days, and their systems
     * print a date or an age.
     */
    private boolean isDateLine(Block block) {
        if (block.wordCount() > maxDateWords || block.has(Label.HEADING) || block.has(Label.PROSE)) return false;
        // the child nodes read in place: children() would copy the element's child elements into a new list
        Element element = block.element();
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof Element child && child.normalName().equals("time")) {
                return !DateLines.isClockTime(block.text());
            }
        }
        return DateLines.startsWithRelativeTime(block.text()) || DateLines.find(block.text()).isPresent()
                || DateLines.beforeDate(block.text()) != null;
    }
}
