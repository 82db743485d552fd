package wirewash.clean.filters;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, a thread of reader comments below the story whatever its heading says (or without one),
 * reason {@code comment-thread}: posts in a row, each a short line that names its author ("@jdoe42", "Karen O.")
 * with the post's age or time on it or on the line below ("@jdoe42 · 5h", "Yesterday at 3:14 PM", "10d ago"), then
 * the post's text; or, with no stamp, an author's line above the post's text with the post's buttons on a line of
 * their own below it ("skywatcher" / the text / "Reply · Report", "Like 12"; not a share bar's "Share" or a bare
 * "Like", which the story's last paragraph may stand over). {@code minPosts} such posts or more,
 * each starting at most {@code maxPostLines} lines below the one before (its text, a second paragraph, its "Reply"
 * and "Like" buttons), by at least two authors (a live blog
 * signed by one writer is no thread), below {@code minArticleWords} words of the story's prose. The posts go, with
 * the lines below the last one that repeat a short line printed between two posts (its buttons, "Like · Reply").
 * The thread's heading stays for the tail rules ("42 Comments" ends the article, and what a thread cut in two by a
 * glued line leaves with it) or the short-line filters; what follows the thread is left to the other filters, so a
 * box of dated cards misread as posts takes no more than itself. An embedded post's credit ("— Jane Doe (@jdoe)
 * November 19, 2019") opens no post. Runs before {@link DenseProseRunFilter}, so that a thread longer than the story
 * cannot win the page, and before the line rules, so that an author line a rule would take on its own (a tag row's
 * "TruthSeeker · 13 hours ago · Reply") still opens its post and the thread is seen whole. The HTML counterpart is
 * {@link CommentThreadFilter}.
 */
public final class CommentRunFilter implements BlockFilter {
    /** Runs of white space ({@code \\s+}), compiled once: {@code String.split} compiles it on every call. */
    public static final String REASON = CommentThreadFilter.REASON;
    /** Fewest posts in a row that make a thread. */
    public static final int DEFAULT_MIN_POSTS = 2;
    /** Most words of the line that names a post's author. */
    public static final int DEFAULT_MAX_AUTHOR_WORDS = CommentThreadFilter.DEFAULT_MAX_AUTHOR_WORDS;
    /** Most words of the line that stamps a post's time. */
    public static final int DEFAULT_MAX_STAMP_WORDS = CommentThreadFilter.DEFAULT_MAX_DATE_WORDS;
    /** Most lines from one post's author line to the next one's: text, more text, buttons. */
    public static final int DEFAULT_MAX_POST_LINES = 8;
    /** Fewest words of the story's prose above the first post. */
    public static final int DEFAULT_MIN_ARTICLE_WORDS = CommentThreadFilter.DEFAULT_MIN_ARTICLE_WORDS;
    /** Words that open a stamp dating a story, not a post: "First published on …", "Updated …". */
    public static final Set<String> DEFAULT_STORY_STAMP_WORDS = Set.of("published", "updated", "modified");
    /** Most words of a line between two posts that the last post's lines may repeat (its buttons: "Like · Reply"). */
    public static final int DEFAULT_MAX_BUTTON_WORDS = 5;
    /**
     * A post's buttons, which a dump may print on its author's line after the stamp ("jdoe42 · 5h · Reply", "Mike R.
     * 3 hours ago Like Reply Report"), lower-case; a count may stand beside one or beside a symbol ("♥ 12").
     */
    public static final Set<String> DEFAULT_BUTTON_LABELS = Set.of("reply", "replies", "like", "likes", "report",
            "share", "flag", "respond", "upvote", "downvote", "quote", "permalink", "antworten", "melden",
            "répondre", "signaler", "responder", "denunciar", "rispondi", "segnala", "reageer");
    /**
     * Labels of {@link #DEFAULT_BUTTON_LABELS} that only a reader's post prints, lower-case: a line of buttons below a
     * post with no stamp holds one of them or a count ("Like 12"); a share bar's "Share" or a bare "Like" below the
     * story's last paragraph is no post's.
     */
    public static final Set<String> DEFAULT_POST_ONLY_LABELS = Set.of("reply", "replies", "report", "flag",
            "respond", "upvote", "downvote", "antworten", "melden", "répondre", "signaler", "responder", "denunciar",
            "rispondi", "segnala", "reageer");

    private final int minPosts;
    private final int maxAuthorWords;
    private final int maxStampWords;
    private final int maxPostLines;
    private final int minArticleWords;
    private final int maxButtonWords;
    private final Set<String> storyStampWords;
    private final Set<String> buttonLabels;
    private final Set<String> postOnlyLabels;

    public CommentRunFilter() {
        this(DEFAULT_MIN_POSTS, DEFAULT_MAX_AUTHOR_WORDS, DEFAULT_MAX_STAMP_WORDS, DEFAULT_MAX_POST_LINES,
                DEFAULT_MIN_ARTICLE_WORDS, DEFAULT_MAX_BUTTON_WORDS, DEFAULT_STORY_STAMP_WORDS, DEFAULT_BUTTON_LABELS);
    }

    public CommentRunFilter(int minPosts, int maxAuthorWords, int maxStampWords, int maxPostLines,
                            int minArticleWords, int maxButtonWords, Set<String> storyStampWords) {
        this(minPosts, maxAuthorWords, maxStampWords, maxPostLines, minArticleWords, maxButtonWords, storyStampWords,
                DEFAULT_BUTTON_LABELS);
    }

    /**
     * @param minPosts        fewest posts in a row that make a thread
     * @param maxAuthorWords  most words of the line (or the part of the stamp's line) that names the author
     * @param maxStampWords   most words of the stamp
     * @param maxPostLines    most lines from one post's author line to the next one's
     * @param minArticleWords fewest words of prose above the first post
     * @param maxButtonWords  most words of a line between two posts (a button) that goes below the last post too
     * @param storyStampWords lower-case words that open a stamp dating a story rather than a post
     * @param buttonLabels    lower-case labels of a post's buttons, which may follow the stamp on the author's line
     */
    public CommentRunFilter(int minPosts, int maxAuthorWords, int maxStampWords, int maxPostLines,
                            int minArticleWords, int maxButtonWords, Set<String> storyStampWords,
                            Set<String> buttonLabels) {
        this(minPosts, maxAuthorWords, maxStampWords, maxPostLines, minArticleWords, maxButtonWords, storyStampWords,
                buttonLabels, DEFAULT_POST_ONLY_LABELS);
    }

    /**
     * @param postOnlyLabels lower-case button labels that only a reader's post prints; a post with no stamp is told
     *                       by a line of buttons below its text that holds one of them or a count
     * @see #CommentRunFilter(int, int, int, int, int, int, Set, Set)
     */
    public CommentRunFilter(int minPosts, int maxAuthorWords, int maxStampWords, int maxPostLines,
                            int minArticleWords, int maxButtonWords, Set<String> storyStampWords,
                            Set<String> buttonLabels, Set<String> postOnlyLabels) {
        this(minPosts, maxAuthorWords, maxStampWords, maxPostLines, minArticleWords, maxButtonWords, storyStampWords,
                buttonLabels, postOnlyLabels, true);
    }

    private CommentRunFilter(int minPosts, int maxAuthorWords, int maxStampWords, int maxPostLines,
                             int minArticleWords, int maxButtonWords, Set<String> storyStampWords,
                             Set<String> buttonLabels, Set<String> postOnlyLabels, boolean gated) {
        this.gated = gated;
        this.buttonLabels = Set.copyOf(Validate.notNull(buttonLabels, "buttonLabels"));
        this.postOnlyLabels = Set.copyOf(Validate.notNull(postOnlyLabels, "postOnlyLabels"));
        this.minPosts = Validate.atLeast(minPosts, 2, "minPosts");
        this.maxAuthorWords = Validate.positive(maxAuthorWords, "maxAuthorWords");
        this.maxStampWords = Validate.positive(maxStampWords, "maxStampWords");
        this.maxPostLines = Validate.atLeast(maxPostLines, 2, "maxPostLines");
        this.minArticleWords = Validate.atLeast(minArticleWords, 0, "minArticleWords");
        this.maxButtonWords = Validate.positive(maxButtonWords, "maxButtonWords");
        this.storyStampWords = Set.copyOf(Validate.notNull(storyStampWords, "storyStampWords"));
    }

    /**
     * Whether a line with no stamp on it reads the line below only when it may be its stamp ({@link #mayBeStamp}), and
     * each line's buttons and whether it may hold a stamp are read once a page ({@link #buttons},
     * {@link Memo#mayHoldStamp}), and a line's words after an author's name are not asked for a stamp once a longer
     * run of them holds no digit and no word that states when ({@link #namesBeforeStamp}); off only to test that this
     * changes nothing.
     */
    private final boolean gated;

    /** The filter with its default parameters that reads the whole line below every short line: for tests. */
    static CommentRunFilter ungated() {
        return new CommentRunFilter(DEFAULT_MIN_POSTS, DEFAULT_MAX_AUTHOR_WORDS, DEFAULT_MAX_STAMP_WORDS,
                DEFAULT_MAX_POST_LINES, DEFAULT_MIN_ARTICLE_WORDS, DEFAULT_MAX_BUTTON_WORDS, DEFAULT_STORY_STAMP_WORDS,
                DEFAULT_BUTTON_LABELS, DEFAULT_POST_ONLY_LABELS, false);
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = page.kept();
        // postText of each line, worked out once: a line is asked as a thread's first post and as the next post
        Memo memo = new Memo(lines.size());
        long articleWords = 0;
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            if (articleWords >= minArticleWords) {
                int end = threadEnd(lines, i, memo);
                if (end > i) {
                    changed |= remove(lines, i, end);
                    i = end - 1;
                    continue;
                }
            }
            if (lines.get(i).has(Label.PROSE)) articleWords += lines.get(i).wordCount();
        }
        return changed;
    }

    /**
     * The end (exclusive) of the thread whose first post starts at line {@code at}: its last post's text and the
     * lines below it that the posts before printed between them (their buttons); -1 when fewer than
     * {@code minPosts} posts follow one another from there or one author wrote them all.
     */
    private int threadEnd(List<Block> lines, int at, Memo memo) {
        if (postText(lines, at, memo) < 0) return -1; // most lines open no post
        Set<String> authors = new HashSet<>();
        Set<String> buttons = new HashSet<>();
        int posts = 0;
        int post = at;
        int lastPost = at;
        int end = -1;
        while (post >= 0) {
            int text = postText(lines, post, memo);
            if (text < 0) break;
            posts++;
            lastPost = post;
            authors.add(author(lines.get(post).text()));
            end = text + 1;
            int next = -1;
            for (int i = text + 1; i < lines.size() && i - post <= maxPostLines; i++) {
                if (postText(lines, i, memo) >= 0) {
                    next = i;
                    break;
                }
            }
            // the short lines between a post's text and the next post: its buttons, which the last post prints too
            for (int i = text + 1; i < next; i++) {
                Block line = lines.get(i);
                if (!line.has(Label.PROSE) && line.wordCount() <= maxButtonWords) buttons.add(key(line.text()));
            }
            post = next;
        }
        if (posts < minPosts || authors.size() < 2) return -1;
        // the last post's further paragraphs, when its buttons follow them on a line of their own
        for (int i = end; i < lines.size() && i - lastPost <= maxPostLines; i++) {
            if (isPostButtons(lines.get(i).text())) {
                end = i + 1;
                break;
            }
            if (!says(lines.get(i)) && !isButtonLine(lines.get(i).text())) break;
        }
        while (end < lines.size() && buttons.contains(key(lines.get(end).text()))) end++;
        return end;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The line of a post's text when line {@code at} opens a post (an author line with the stamp on it or on the
     * next line), else -1.
     */
    private int postText(List<Block> lines, int at, Memo memo) {
        if (memo.postTexts[at] == UNKNOWN) memo.postTexts[at] = postTextOf(lines, at, memo);
        return memo.postTexts[at];
    }

    private int postTextOf(List<Block> lines, int at, Memo memo) {
        Block line = lines.get(at);
        int words = line.wordCount();
        if (words == 0 || words > maxAuthorWords + maxStampWords || line.has(Label.PROSE)) return -1;
        int stamped = stampedPostText(lines, at, memo);
        return stamped >= 0 ? stamped : unstampedPostText(lines, at, memo);
    }

    /** The line of a post's text when line {@code at} opens a post with its stamp, else -1. */
    private int stampedPostText(List<Block> lines, int at, Memo memo) {
        Block line = lines.get(at);
        int words = line.wordCount();
        // a post's stamp is on its author's line or the next one, and every stamp holds a digit or a word such as
        // "yesterday": most short lines are no post's, told without the stamp patterns
        boolean mayHoldStamp = memo.mayHoldStamp(lines, at, gated);
        // with no stamp on the author's line, only the first way below opens a post: an author's line of
        // maxAuthorWords, its stamp on the next line (isStamp: a short line, no prose, a post's stamp, which holds a
        // digit or a word that states when): a paragraph below the line is not read through for one
        if (!mayHoldStamp && (at + 1 == lines.size()
                || (gated ? words > maxAuthorWords || !mayBeStamp(lines, at + 1, memo)
                : !DateLines.mayHoldPostStamp(lines.get(at + 1).text())))) {
            return -1;
        }
        int text;
        boolean stamp = mayHoldStamp && memo.isPostStamp(lines, at);
        if (words <= maxAuthorWords && at + 1 < lines.size() && !stamp && isStamp(lines, at + 1, memo)) {
            text = at + 2;
        } else if (!stamp && mayHoldStamp && namesBeforeStamp(line.text()) > 0) {
            text = at + 1;
        } else {
            return -1;
        }
        if (text >= lines.size()) return -1;
        Block body = lines.get(text);
        return !says(body) || isStamp(lines, text, memo) || stampAfterAuthor(body.text()) > 0 ? -1 : text;
    }

    /** Whether a post's line says something: prose, or a sentence ("Well said."), not a box's headline. */
    private static boolean says(Block line) {
        return line.has(Label.PROSE) || TextMeasure.endsSentence(line.text());
    }

    /**
     * The line of a post's text when line {@code at} names a post's author with no stamp ("Karen O.", "skywatcher")
     * and the post's buttons follow its text on a line of their own ("Reply", "Like 12", "Reply · Report"): the
     * buttons, not a date, tell the post from a name and a quote in the story. Else -1.
     */
    private int unstampedPostText(List<Block> lines, int at, Memo memo) {
        if (at + 2 >= lines.size() || !isAuthorLine(lines, at, memo)) return -1;
        Block body = lines.get(at + 1);
        if (!says(body) || buttons(lines, at + 1, memo) != NO_BUTTONS) return -1;
        for (int i = at + 2; i < lines.size() && i - at <= maxPostLines; i++) {
            int buttons = buttons(lines, i, memo);
            if (buttons == POST_BUTTONS) return at + 1;
            // a line that says nothing and is no button ("Like" may stand before "Reply"): the post, if any, ended
            if (!says(lines.get(i)) && buttons == NO_BUTTONS) return -1;
        }
        return -1;
    }

    /**
     * Whether a line may name a post's author with no stamp: a few words, no prose, no buttons, and no clause's
     * end (a name ends in a letter or an initial's full stop: "Hi Jane," opens a reply's text).
     */
    private boolean isAuthorLine(List<Block> lines, int at, Memo memo) {
        Block line = lines.get(at);
        int words = line.wordCount();
        return words > 0 && words <= maxAuthorWords && !line.has(Label.PROSE) && !endsClause(line.text())
                && buttons(lines, at, memo) == NO_BUTTONS;
    }

    /** {@link #buttons}: a line that is no button line, a button line, and a post's buttons ({@link #isPostButtons}). */
    private static final byte NO_BUTTONS = 1;
    private static final byte BUTTONS = 2;
    private static final byte POST_BUTTONS = 3;

    /**
     * What buttons the line at {@code at} is: {@link #NO_BUTTONS}, {@link #BUTTONS} or {@link #POST_BUTTONS}, read
     * once a page when gated (a line is asked from each of the maxPostLines author lines above it), else each time.
     */
    private byte buttons(List<Block> lines, int at, Memo memo) {
        if (gated && memo.buttons[at] != 0) return memo.buttons[at];
        String text = lines.get(at).text();
        byte buttons = !isButtonLine(text) ? NO_BUTTONS : isPostButtons(text) ? POST_BUTTONS : BUTTONS;
        if (gated) memo.buttons[at] = buttons;
        return buttons;
    }

    /**
     * Whether a line is only a post's buttons: labels, counts beside them and marks between them ("Reply", "Like
     * 12", "12 Likes", "Reply · Like · Report", "Like (3)").
     */
    boolean isButtonLine(String text) {
        Words parts = new Words(text);
        boolean label = false;
        for (int k = 0; parts.has(k); k++) {
            String part = parts.get(k);
            String bare = stripBrackets(part);
            if (buttonLabels.contains(bare.toLowerCase(Locale.ROOT))) {
                label = true;
            } else if (!isSymbol(part) && !isNumber(bare)) {
                return false;
            }
        }
        return label;
    }

    /**
     * Whether a line is a post's buttons that no share bar prints: a button line with a label only a post prints
     * ("Reply", "Report") or a count ("Like 12", "♥ 3").
     */
    boolean isPostButtons(String text) {
        if (!isButtonLine(text)) return false;
        Words parts = new Words(text);
        for (int k = 0; parts.has(k); k++) {
            String bare = stripBrackets(parts.get(k));
            if (postOnlyLabels.contains(bare.toLowerCase(Locale.ROOT)) || isNumber(bare)) return true;
        }
        return false;
    }

    private static boolean endsClause(String text) {
        String line = text.strip();
        char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
        return last == ',' || last == ':' || last == ';';
    }

    /** A word without the brackets around it: "(3)" is 3. */
    private static String stripBrackets(String part) {
        int from = part.startsWith("(") ? 1 : 0;
        int to = part.endsWith(")") && part.length() > from ? part.length() - 1 : part.length();
        return part.substring(from, to);
    }

    private boolean isStamp(List<Block> lines, int at, Memo memo) {
        Block line = lines.get(at);
        return line.wordCount() <= maxStampWords && !line.has(Label.PROSE) && memo.isPostStamp(lines, at);
    }

    /**
     * What {@link #isStamp} asks before the stamp patterns: a short line, no prose, that may hold a post's stamp
     * ({@link DateLines#isPostStamp} holds for no line that {@link DateLines#mayHoldPostStamp} rules out).
     */
    private boolean mayBeStamp(List<Block> lines, int at, Memo memo) {
        Block line = lines.get(at);
        return line.wordCount() <= maxStampWords && !line.has(Label.PROSE) && memo.mayHoldStamp(lines, at, true);
    }

    /**
     * Words of the author's name before a stamp that ends the line ("@jdoe42 · 5h": 1), or 0 when the line is no
     * author's name and stamp.
     */
    int stampAfterAuthor(String text) {
        if (!DateLines.mayHoldPostStamp(text)) return 0; // no part of the line can be the stamp
        return namesBeforeStamp(text);
    }

    /** {@link #stampAfterAuthor} of a line that {@link DateLines#mayHoldPostStamp} does not rule out. */
    private int namesBeforeStamp(String text) {
        Words parts = new Words(text);
        int length = withoutButtons(parts);
        // "— Jane Doe (@jdoe) November 19, 2019" credits a post embedded in the story, below its text
        if (length == 0 || SEPARATORS.indexOf(parts.get(0).charAt(0)) >= 0) return 0;
        int names = 0;
        for (int k = 0; k < length - 1 && names < maxAuthorWords; k++) {
            String part = parts.get(k);
            if (isSeparator(part)) continue;
            // a name's word or a handle, not words in brackets ("Tue – Sat 4PM (Closed on Sun & Mon)"); a number is
            // none ("2020-07-05 17:41", a count glued on: "75 comments @jdoe · 5h")
            char first = part.charAt(0);
            if (first == '(' || first == '[') return 0;
            if (!hasLetter(part)) continue;
            if (datesAStory(part)) return 0;
            names++;
            if (length - 1 - k > maxStampWords) continue;
            StringBuilder joined = new StringBuilder();
            for (int w = k + 1; w < length; w++) joined.append(w > k + 1 ? " " : "").append(parts.get(w));
            String rest = joined.toString();
            if (!rest.isEmpty() && isSeparator(rest.substring(0, 1))) rest = rest.substring(1).strip();
            // the rest after a later name is a part of this rest: with no digit and no word that states when here,
            // none of them is a stamp (most such lines: a digit among their first words, "2. Sharks return …")
            if (gated && !DateLines.mayHoldPostStamp(rest)) return 0;
            if (!rest.isEmpty() && !datesAStory(rest) && DateLines.isPostStamp(rest)) return names;
        }
        return 0;
    }

    /**
     * The words of a line, as {@code text.strip().split("\\s+")} gives them, cut out of the line only when asked:
     * a paragraph is asked whether it ends in a stamp after its first few words, and most of its words never are.
     */
    private static final class Words {
        private final String text;
        /** Where the line ends without its white space; words are cut up to here as they are asked for. */
        private final int end;
        /** Where the next word not yet cut out may start. */
        private int next;
        private int[] bounds = new int[16];
        private int count;

        Words(String text) {
            this.text = text;
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            this.next = start;
            this.end = end;
        }

        /** The chars {@code \s} matches: ASCII white space. */
        private static boolean isSplitSpace(char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        /**
         * Whether the line has a {@code k}th word (from 0), cutting words out up to it only: a test that stops at a
         * paragraph's first word that is no button reads no further.
         */
        boolean has(int k) {
            while (count <= k && next < end) {
                int i = next;
                while (i < end && !isSplitSpace(text.charAt(i))) i++;
                if (2 * count + 2 > bounds.length) bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                bounds[2 * count] = next;
                bounds[2 * count++ + 1] = i;
                while (i < end && isSplitSpace(text.charAt(i))) i++;
                next = i;
            }
            return k < count;
        }

        int size() {
            has(Integer.MAX_VALUE - 1);
            return count;
        }

        String get(int k) {
            if (!has(k)) throw new IndexOutOfBoundsException(k);
            return text.substring(bounds[2 * k], bounds[2 * k + 1]);
        }
    }

    /**
     * How many of the words of a line are left without the buttons that end it ("· Reply · Report", "♥ 12 Reply"):
     * labels, the marks between them, symbols and a count beside a label or a symbol; all of them when no label
     * ends it.
     */
    private int withoutButtons(Words parts) {
        int end = parts.size();
        boolean button = false;
        while (end > 1) {
            String part = parts.get(end - 1);
            boolean label = buttonLabels.contains(part.toLowerCase(Locale.ROOT));
            boolean symbol = isSymbol(part);
            boolean count = isNumber(part) && end >= 2 && isButtonOrSymbol(parts.get(end - 2));
            if (!(label || symbol || count)) break;
            button |= label;
            end--;
        }
        return button ? end : parts.size();
    }

    private boolean isButtonOrSymbol(String part) {
        return buttonLabels.contains(part.toLowerCase(Locale.ROOT)) || isSymbol(part);
    }

    private static boolean isNumber(String part) {
        for (int i = 0; i < part.length(); i++) if (!Character.isDigit(part.charAt(i))) return false;
        return !part.isEmpty();
    }

    /** Whether a word holds no letter and no digit: a mark between buttons, a symbol ("♥", "·"). */
    private static boolean isSymbol(String part) {
        for (int i = 0; i < part.length(); i++) if (Character.isLetterOrDigit(part.charAt(i))) return false;
        return true;
    }

    private static boolean hasLetter(String part) {
        for (int i = 0; i < part.length(); i++) if (Character.isLetter(part.charAt(i))) return true;
        return false;
    }

    /** Whether a stamp opens with a word that dates a story rather than a post ("First published on …"). */
    private boolean datesAStory(String stamp) {
        int end = 0;
        while (end < stamp.length() && Character.isLetter(stamp.charAt(end))) end++;
        return storyStampWords.contains(stamp.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isSeparator(String part) {
        return part.length() == 1 && SEPARATORS.indexOf(part.charAt(0)) >= 0;
    }

    /** {@link #postText} not worked out yet for a line. */
    private static final int UNKNOWN = -2;

    /**
     * What the filter has worked out about each line of a page, by its place among the kept lines: a line is asked
     * as a thread's first post, as the post after another, and as the stamp below an author's line.
     */
    private static final class Memo {
        final int[] postTexts;
        /** {@link DateLines#isPostStamp} of each line's text: 0 not asked yet, 1 false, 2 true. */
        private final byte[] postStamps;
        /** {@link #buttons} of each line: 0 not asked yet. */
        final byte[] buttons;
        /** {@link DateLines#mayHoldPostStamp} of each line's text: 0 not asked yet, 1 false, 2 true. */
        private final byte[] mayHoldStamps;

        Memo(int lines) {
            buttons = new byte[lines];
            postTexts = new int[lines];
            Arrays.fill(postTexts, UNKNOWN);
            postStamps = new byte[lines];
            mayHoldStamps = new byte[lines];
        }

        /**
         * {@link DateLines#mayHoldPostStamp} of line {@code at}'s text, read once a page when {@code once} (a line is
         * asked as an author's line, as the stamp below the line above, and for a stamp after its author's name).
         */
        boolean mayHoldStamp(List<Block> lines, int at, boolean once) {
            if (!once) return DateLines.mayHoldPostStamp(lines.get(at).text());
            if (mayHoldStamps[at] == 0) {
                mayHoldStamps[at] = (byte) (DateLines.mayHoldPostStamp(lines.get(at).text()) ? 2 : 1);
            }
            return mayHoldStamps[at] == 2;
        }

        boolean isPostStamp(List<Block> lines, int at) {
            if (postStamps[at] == 0) postStamps[at] = (byte) (DateLines.isPostStamp(lines.get(at)) ? 2 : 1);
            return postStamps[at] == 2;
        }
    }

    /** Marks set between an author's name and the stamp ("@jdoe · 5h", "Jane | 2 hours ago"). */
    private static final String SEPARATORS = "·•|-–—";

    /** The author's name of a post's first line, lower-cased: the line, or its words before the stamp. */
    private String author(String text) {
        int names = stampAfterAuthor(text);
        if (names == 0) return text.strip().toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder();
        int seen = 0;
        Words parts = new Words(text);
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            if (isSeparator(part)) continue;
            if (seen++ == names) break;
            name.append(part.toLowerCase(Locale.ROOT)).append(' ');
        }
        return name.toString().strip();
    }

    private boolean remove(List<Block> lines, int from, int to) {
        Reason reason = new Reason(REASON, name(), "reader comments: author, time, text");
        boolean changed = false;
        for (int i = from; i < to; i++) changed |= lines.get(i).remove(reason);
        return changed;
    }
}
