package wirewash.clean.filters;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Joins a sentence that a text dump broke over several lines back into one block. Scrapers break a line around a
 * linked name ("On Monday, President" / "Vladimir Putin" / "defended the deployment…"), and around the end of a
 * hyperlink ("troops to" / "Kazakhstan last week."). A block that does not end a sentence is joined with: a short name
 * line followed by a line starting in lower case; a line starting in lower case, unless both are menu items (short
 * lines of words and the marks a menu or a tag list carries, no comma: "share" / "facebook", "tag: example.com" / "[
 * 167 comments ]", as sites that set their menus in lower case print them) and no lower-case rest of a sentence
 * follows them; or, when it ends in a word that cannot end a sentence ("to", "of", "the"), the next line unless that
 * opens a new sentence with a capitalised function word; a line that opens with the mark after a link (". You'll also
 * find…"), and a link's text of any length above such a line ("Today only, Amazon offers" / "Apple's MacBook for $700"
 * / ". You'll…"), as a dump with each of a page's text nodes on its own line cuts a sentence. An image's web address
 * is never joined to the line above, nor taken for the rest of a sentence, and nothing is joined onto a line that
 * starts with a web address. A short line opened by a user's handle and the post's stamp ("realist2019 · 5h · Reply",
 * or "karen_in_ohio" over "5h") opens a comment, not the rest of a sentence: a thread's heading ("Comments") or the
 * buttons of the post above keep it off their line. A line that a {@code line} rule names whole is furniture, not the
 * rest of a sentence: a player's buttons and labels in lower case ("play", "captions off", "listen to this story")
 * stay off the credit or headline above them, and nothing is joined onto them, for the rule to take. Two lines in a
 * row opened by a text browser's nested-list bullet ("o Home" / "o Fact Check") are two items, not a sentence going
 * on in lower case.
 */
public final class BrokenLineJoinFilter implements BlockFilter {
    /** Runs of white space ({@code \\s+}), compiled once: {@code String.split} compiles it on every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** One white-space char ({@code \\s}), compiled once. */
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s");
    /** Longest line, in words, taken for a linked name between two parts of a sentence. */
    public static final int DEFAULT_MAX_NAME_WORDS = 4;
    /**
     * Longest line, in words, taken for a menu item: two such lines of words alone in a row are not joined, unless
     * a lower-case rest follows them.
     */
    public static final int DEFAULT_MAX_MENU_ITEM_WORDS = 4;
    /**
     * Most words of a line opened by a user's handle ("karen_in_ohio · Nov 9, 2019 at 12:30 am Like Reply") that is
     * taken for a comment's author line rather than the rest of a sentence.
     */
    public static final int DEFAULT_MAX_HANDLE_LINE_WORDS = 12;
    /** Fewest words a line ending in a stopword needs before it is taken for a broken sentence. */
    public static final int DEFAULT_MIN_DANGLING_WORDS = 4;
    /**
     * Words after which a sentence cannot stop (articles, most prepositions, conjunctions). English only: words like
     * "out" or "in" are left out because headlines end with them ("Troops will pull out").
     */
    public static final Set<String> DEFAULT_DANGLING_WORDS = Set.of("a", "an", "the", "to", "of", "for", "with",
            "from", "at", "by", "into", "onto", "than", "and", "or", "but", "nor", "as", "whose", "their", "its",
            "our", "your", "his", "my", "her", "this", "these", "those", "that", "which", "who", "whom", "between",
            "among", "amid", "during", "via", "per", "toward", "towards");

    /**
     * A menu item's characters: words and numbers, the few marks a section's name holds ("today's paper", "arts &
     * life", "formula 1", "studio b: unscripted", "wordpress.org"), a count ("uncategorized (51)", "[ 167 comments
     * ]"), a separator ("home | news"), a handle's or tag's sign ("@dailyplanet", "#news", "aj+") and the arrows
     * that mark a submenu ("columnists »"). A comma or a semicolon belongs to a sentence broken in two.
     */
    private static final java.util.regex.Pattern MENU_ITEM = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{M}\\p{N} '’&@#»›>/:.()\\[\\]|+-]+");

    /** A sentence's end inside a line: a full stop, ! or ? followed by a space. */
    private static final java.util.regex.Pattern INNER_SENTENCE_END = java.util.regex.Pattern.compile(
            "[.!?\u2026]\s");

    /** The end of an image file's address: its extension, before any query or fragment. */
    private static final java.util.regex.Pattern IMAGE_FILE = java.util.regex.Pattern.compile(
            "(?i)\\.(jpe?g|png|gif|webp|avif|svg|bmp)([?#].*)?$");

    /** Marks that end a sentence or a clause: a line opening with one (and a space) is the rest of the one above. */
    private static final String CONTINUING_MARKS = ".,;:!?";
    /** Marks set against the word before them: a line joined on that opens with one takes no space before it. */
    private static final String CLOSING_MARKS = CONTINUING_MARKS + ")]";

    private final int maxNameWords;
    private final int maxMenuItemWords;
    private final int minDanglingWords;
    private final Set<String> danglingWords;
    private final int maxHandleLineWords;
    private final RuleSet rules;

    public BrokenLineJoinFilter() {
        this(RuleSet.EMPTY);
    }

    /** @param rules the rules whose {@code line} rules name furniture that is never the rest of a sentence */
    public BrokenLineJoinFilter(RuleSet rules) {
        this(DEFAULT_MAX_NAME_WORDS, DEFAULT_MAX_MENU_ITEM_WORDS, DEFAULT_MIN_DANGLING_WORDS, DEFAULT_DANGLING_WORDS,
                DEFAULT_MAX_HANDLE_LINE_WORDS, rules);
    }

    public BrokenLineJoinFilter(int maxNameWords, int maxMenuItemWords, int minDanglingWords,
                                Set<String> danglingWords) {
        this(maxNameWords, maxMenuItemWords, minDanglingWords, danglingWords, DEFAULT_MAX_HANDLE_LINE_WORDS);
    }

    public BrokenLineJoinFilter(int maxNameWords, int maxMenuItemWords, int minDanglingWords,
                                Set<String> danglingWords, int maxHandleLineWords) {
        this(maxNameWords, maxMenuItemWords, minDanglingWords, danglingWords, maxHandleLineWords, RuleSet.EMPTY);
    }

    public BrokenLineJoinFilter(int maxNameWords, int maxMenuItemWords, int minDanglingWords,
                                Set<String> danglingWords, int maxHandleLineWords, RuleSet rules) {
        this(maxNameWords, maxMenuItemWords, minDanglingWords, danglingWords, maxHandleLineWords, rules, true);
    }

    private BrokenLineJoinFilter(int maxNameWords, int maxMenuItemWords, int minDanglingWords,
                                 Set<String> danglingWords, int maxHandleLineWords, RuleSet rules, boolean gated) {
        this.gated = gated;
        this.rules = Validate.notNull(rules, "rules");
        this.maxHandleLineWords = Validate.positive(maxHandleLineWords, "maxHandleLineWords");
        this.maxNameWords = Validate.positive(maxNameWords, "maxNameWords");
        this.maxMenuItemWords = Validate.positive(maxMenuItemWords, "maxMenuItemWords");
        this.minDanglingWords = Validate.positive(minDanglingWords, "minDanglingWords");
        this.danglingWords = Set.copyOf(Validate.notNull(danglingWords, "danglingWords"));
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.kept();
        boolean changed = false;
        // The block the lines are joined into, and the next line to judge. The joined text is built once per
        // paragraph: joining line by line would copy the paragraph again for every line, and taking joined lines
        // out of the list would move the rest of the page for each.
        int i = 0;
        int j = 1;
        Paragraph paragraph = null;
        // The last line joined into the block at i: whether two lines are menu items is judged line by line, not
        // by the text joined so far, so that one lower-case line taken for the rest of a sentence does not take
        // the whole menu below it.
        Block tail = null;
        while (j < blocks.size()) {
            Block head = blocks.get(i);
            if (tail == null) tail = head;
            Block next = blocks.get(j);
            Block afterNext = j + 1 < blocks.size() ? blocks.get(j + 1) : null;
            // The joined text starts as the head did and ends as its last line does.
            String start = paragraph == null ? head.text() : paragraph.start;
            String end = paragraph == null ? head.text() : tail.text();
            // An image's web address is a picture, not the rest of the line above ("4 DAYS AGO" / "https://….jpg");
            // nothing is joined onto a line that starts with a web address. A link's address below a line that
            // names it ("Read the full report at" / "www.example.com/report") is the line's.
            if (TextMeasure.endsSentence(end) || !TextMeasure.hasWordCharacter(start)
                    || !TextMeasure.hasWordCharacter(next.text()) || TextMeasure.startsWithAddress(start)
                    || isImageAddress(next.text())) {
                if (paragraph != null) paragraph.close();
                paragraph = null;
                i = j++;
                tail = null;
                continue;
            }
            // a link's text of any length between two parts of its sentence: the rest below opens with the mark
            // that follows the link ("Today only, Amazon offers" / "Apple's MacBook for $700" / ". You'll…")
            boolean linked = afterNext != null && opensWithPunctuation(afterNext.text())
                    && !TextMeasure.endsSentence(next.text());
            if (afterNext != null && (isName(next) || linked) && continuesInLowerCase(afterNext)
                    && !opensPost(blocks, j + 1)
                    && !isFurniture(next) && !isFurniture(afterNext) && (paragraph != null || !isFurniture(head))) {
                if (paragraph == null) paragraph = new Paragraph(head);
                paragraph.add(next);
                paragraph.add(afterNext);
                j += 2;
                tail = afterNext;
                changed = true;
            } else if (((TextMeasure.startsLowerCase(next.text()) || opensWithPunctuation(next.text()))
                    && !areMenuItems(tail, next, afterNext)
                    && !(opensBrowserBullet(tail.text()) && opensBrowserBullet(next.text()))
                    && !opensPost(blocks, j)
                    || endsInDanglingWord(paragraph == null ? head.text() : paragraph.text)
                    && !startsSentence(next, page))
                    && !isFurniture(next) && (paragraph != null || !isFurniture(head))) {
                if (paragraph == null) paragraph = new Paragraph(head);
                paragraph.add(next);
                j++;
                tail = next;
                changed = true;
            } else {
                if (paragraph != null) paragraph.close();
                paragraph = null;
                i = j++;
                tail = null;
            }
        }
        if (paragraph != null) paragraph.close();
        return changed;
    }

    /**
     * Whether a {@code line} or a {@code byline} rule names the whole line: furniture, never the rest of a sentence
     * (a byline in lower case below the headline, "by Jane Doe — November 18, 2019", is not the headline's end). A
     * web address is no such furniture here: below a line that names it, it is that line's link, whatever rule takes
     * it alone.
     */
    private boolean isFurniture(Block line) {
        if (TextMeasure.startsWithAddress(line.text())) return false;
        return rules.firstMatch(RuleKind.LINE, line.ruleText()) != null
                || rules.firstMatch(RuleKind.BYLINE, line.ruleText()) != null;
    }

    /** The lines joined into one block, its text built once and set when the paragraph ends. */
    private static final class Paragraph {
        private final Block head;
        /** The head's own text, before anything was joined to it. */
        private final String start;
        private final StringBuilder text;

        Paragraph(Block head) {
            this.head = head;
            this.start = head.text();
            this.text = new StringBuilder(start);
        }

        void add(Block line) {
            // the rest of a sentence that opens with its mark is set against the line above ("Amazon. You'll…")
            String rest = line.text();
            if (rest.isEmpty() || CLOSING_MARKS.indexOf(rest.charAt(0)) < 0) text.append(' ');
            text.append(rest);
            // joinInto appends the line to the head's text: emptied first, it copies only the line
            head.setText("");
            line.joinInto(head);
        }

        void close() {
            head.setText(text.toString());
        }
    }

    /**
     * A short line that ends no sentence. Two in a row are menu items or share buttons in lower case ("share" /
     * "facebook", "more" / "related stories"), not a sentence broken in two, unless the line after them goes on
     * in lower case and is no menu item itself ("police arrested" / "two men" / "after the attack.").
     */
    private boolean areMenuItems(Block head, Block next, Block afterNext) {
        // "police arrested" / "two men" / "after the attack." is a sentence broken twice: its rest goes on below.
        boolean sentenceGoesOn = afterNext != null && continuesInLowerCase(afterNext) && !isMenuItem(afterNext);
        return isMenuItem(head) && isMenuItem(next) && !sentenceGoesOn;
    }

    /**
     * Whether line {@code at} opens a reader's post: a short line that ends no sentence and starts with a user's
     * handle, "@" and a name or a lower-case word that holds an underscore or ends in digits ("karen_in_ohio",
     * "realist2019"), not a hyphenated one ("covid-19"), nor one with a dot, which a site's or a program's name holds
     * too ("smithsonian.com", "player.setav"); and the post's stamp follows the handle on its line ("realist2019 ·
     * Aug 8, 2019 at 10:08 am Like Reply") or stands on the next line ("karen_in_ohio" / "5h"). A handle alone, with
     * no stamp, may sign the story itself.
     */
    private boolean opensPost(List<Block> blocks, int at) {
        Block block = blocks.get(at);
        String text = block.text().strip();
        if (text.isEmpty() || block.wordCount() > maxHandleLineWords || TextMeasure.endsSentence(text)) return false;
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        if (!isHandle(text.substring(0, end))) return false;
        if (DateLines.mayHoldPostStamp(text.substring(end))) return true;
        return at + 1 < blocks.size() && DateLines.isPostStamp(blocks.get(at + 1));
    }

    static boolean isHandle(String word) {
        if (word.length() > 1 && word.charAt(0) == '@') return Character.isLetterOrDigit(word.charAt(1));
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) return false;
        boolean marked = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '_') marked = true;
            else if (!Character.isLetterOrDigit(c)) return false;
        }
        return marked || Character.isDigit(word.charAt(word.length() - 1));
    }

    /**
     * Whether a line opens with the bullet a text browser sets before a nested list's items ("o Home", lynx's and
     * links' second or third level), a lower-case letter and a space before a word that is not lower case. Two such
     * lines in a row are two items of one list ("o Home" / "o Fact Check" / "o Fact Check: Is An…", a breadcrumb),
     * not a sentence going on in lower case; a sentence broken before an article ("disse que" / "o Governo…") does
     * not open its line above with one too.
     */
    static boolean opensBrowserBullet(String text) {
        String t = text.strip();
        return t.length() > 2 && t.charAt(0) == 'o' && t.charAt(1) == ' ' && !Character.isLowerCase(t.codePointAt(2))
                && !Character.isWhitespace(t.charAt(2));
    }

    /** A line that starts in lower case and is no image's web address ("https://img.example.com/a.jpg"). */
    private static boolean continuesInLowerCase(Block block) {
        return (TextMeasure.startsLowerCase(block.text()) || opensWithPunctuation(block.text()))
                && !isImageAddress(block.text());
    }

    /**
     * Whether a line opens with the mark that ends the sentence or the clause of the line above, then a space and a
     * word (". You'll also find…", ", And then"), or is that mark alone: a dump that puts each of a page's text nodes
     * on its own line (as BeautifulSoup's {@code get_text("\n")} does) cuts a sentence after each link, before the
     * mark that follows it.
     */
    static boolean opensWithPunctuation(String text) {
        String t = text.strip();
        if (t.isEmpty() || CONTINUING_MARKS.indexOf(t.charAt(0)) < 0) return false;
        // the mark alone (the link ended the sentence), or the mark, a space and the next word
        return t.length() == 1 || t.length() > 2 && t.charAt(1) == ' ' && Character.isLetterOrDigit(t.charAt(2));
    }

    /** A line starting with a web address whose path names an image file ("https://img.example.com/a.jpg?w=640"). */
    static boolean isImageAddress(String text) {
        if (!TextMeasure.startsWithAddress(text)) return false;
        String address = SPACE.split(text.strip(), 2)[0];
        return IMAGE_FILE.matcher(address).find();
    }

    private boolean isMenuItem(Block block) {
        String text = block.text().strip();
        return block.wordCount() <= maxMenuItemWords && MENU_ITEM.matcher(text).matches()
                && !TextMeasure.endsSentence(text) && !INNER_SENTENCE_END.matcher(text).find();
    }

    private boolean isName(Block block) {
        int words = block.wordCount();
        if (words == 0 || words > maxNameWords || TextMeasure.endsSentence(block.text())) return false;
        // A date or an age in capitals ("4 DAYS AGO", "NOV 19, 2019") is all capitalised too, and no linked name.
        if (DateLines.isRelativeTime(block.text()) || block.date().isPresent()) return false;
        return TextMeasure.capitalisedShare(block.text()) == 1.0;
    }

    /**
     * Whether the block opens a new sentence: a capitalised function word first, not followed by a capitalised word
     * ("She also said…", "The council…"). A sentence broken after "to" or "of" goes on in lower case or with a name
     * ("troops to" / "Kazakhstan…", "according to" / "The Associated Press…", "moved to" / "The Hague…").
     */
    private static boolean startsSentence(Block block, Page page) {
        List<String> words = block.words();
        if (words.isEmpty() || TextMeasure.startsLowerCase(block.text()) || !page.stopwords().contains(words.get(0))) {
            return false;
        }
        String[] tokens = SPACES.split(block.text().strip(), 3);
        return tokens.length < 2 || !Character.isUpperCase(tokens[1].codePointAt(0));
    }

    /**
     * Whether {@link #endsInDanglingWord} reads a text that ends in a space and ASCII letters as ending in that word,
     * without cutting its end into words; off only to test that this changes nothing.
     */
    private final boolean gated;

    /** The filter with its default parameters that cuts the end of every text ending in a letter into words: tests. */
    static BrokenLineJoinFilter ungated(RuleSet rules) {
        return new BrokenLineJoinFilter(DEFAULT_MAX_NAME_WORDS, DEFAULT_MAX_MENU_ITEM_WORDS, DEFAULT_MIN_DANGLING_WORDS,
                DEFAULT_DANGLING_WORDS, DEFAULT_MAX_HANDLE_LINE_WORDS, rules, false);
    }

    private boolean endsInDanglingWord(CharSequence text) {
        // a line that ends in a mark (most do) is not read further
        if (text.length() == 0 || !Character.isLetter(text.charAt(text.length() - 1))) return false;
        // a text that ends in a space and ASCII letters ends in those letters as a word (lower-cased: a word runs on
        // through ASCII letters and stops at a space): most such words are no dangling word, told without its words
        String last = gated ? lastAsciiWord(text) : null;
        if (last != null && !danglingWords.contains(last)) return false;
        // the text's end, not all its words: a long paragraph is joined here line by line
        List<String> words = lastWords(text, minDanglingWords);
        return words.size() >= minDanglingWords && danglingWords.contains(words.get(words.size() - 1));
    }

    /**
     * The text's last word, lower-cased, when the text ends in a space and ASCII letters ("… over the" is "the"); null
     * when it ends otherwise (its words then tell).
     */
    static String lastAsciiWord(CharSequence text) {
        int start = text.length();
        while (start > 0 && isAsciiLetter(text.charAt(start - 1))) start--;
        if (start == 0 || start == text.length() || text.charAt(start - 1) != ' ') return null;
        return text.subSequence(start, text.length()).toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * At least {@code count} words from the end of the text (all its words when it has fewer), read from a window at
     * its end that doubles until it holds them, so the paragraph joined so far is not copied whole for each line.
     */
    static List<String> lastWords(CharSequence text, int count) {
        int length = text.length();
        for (int window = 64; window < length; window *= 2) {
            String end = text.subSequence(length - window, length).toString();
            int space = end.indexOf(' ');
            // the window may start inside a word: its words begin after the first space
            if (space < 0) continue;
            List<String> words = TextMeasure.lastWords(end.substring(space + 1), count);
            if (words.size() >= count) return words;
        }
        return TextMeasure.lastWords(text.toString(), count);
    }
}
