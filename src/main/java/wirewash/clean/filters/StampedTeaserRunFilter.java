package wirewash.clean.filters;

import java.util.List;
import java.util.Locale;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DateLines;
import wirewash.clean.GluedText;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes, on text dumps, a run of other stories' teasers that each end in their card's stamp: "Council rethinks
 * the budget. Here's what it means. 21h ago", "Storm braces for winter · 4 min read", "Rail line cuts a deal | 12
 * comments", whatever heading (or none) the site prints over them. A story's paragraph ends in a full stop, not in
 * a post's age, a reading time or a comment count set after a sentence's end or a separator (a bar, a middle dot, a
 * dash). {@code minItems} such lines in a row are a run, and so is one line holding that many such teasers run
 * together by bars or middle dots (a dump of a card grid; one stamped card is enough when every other cell is a
 * headline of its own), or headlines a dump ran together with no bar, a card's stamp left between two of them
 * ({@link #gluedAroundStamp}); the short title-like heading right above the run goes
 * with it. A run starts at a stamped teaser and takes in the short lines between its stamped ones (cards that print
 * no stamp, at most {@code maxUnstampedWords} words) and headlines right below its last, as long as at least half
 * its lines are stamped. A stamp run on without a separator ("Headline 21h ago") counts only as an age, a reading
 * time or a count; a bare date counts only after a separator ("Headline | March 3, 2019"): a paragraph may end in a
 * date. Each teaser has at least {@code minTeaserWords} words before its stamp (a table's row of a short cell and a
 * date is no teaser; on a line run together by bars the stamp may stand in a cell of its own after its headline's),
 * and a run the story's prose does not outweigh stays (a diary's dated entries). Runs after the list, dense-prose
 * and teaser-box steps, which read the page's runs and boxes as they found them: it takes what they leave.
 */
public final class StampedTeaserRunFilter implements BlockFilter {
    public static final String REASON = "stamped-teasers";
    /** Fewest stamped teasers in a row (or run together in one line) that make a run. */
    public static final int DEFAULT_MIN_ITEMS = 2;
    /** Fewest words of a teaser before its stamp. */
    public static final int DEFAULT_MIN_TEASER_WORDS = 3;
    /** Most words of one teaser line (a headline and a sentence or two). */
    public static final int DEFAULT_MAX_TEASER_WORDS = 40;
    /** Most words of a teaser without a stamp that a run takes in between stamped ones. */
    public static final int DEFAULT_MAX_UNSTAMPED_WORDS = 20;
    /** Most words of a line holding teasers run together by bars or middle dots. */
    public static final int DEFAULT_MAX_GLUED_WORDS = 150;
    /** Most words of a stamp ("Updated 12 days ago", "Nov 3, 2019 at 9:10 am"). */
    public static final int DEFAULT_MAX_STAMP_WORDS = 6;
    /** Most words of a stamp read at a line's end without a separator ("5 Dec.", "46 mins ago"). */
    public static final int DEFAULT_STAMP_TAIL_WORDS = 3;
    /** How many chars before a stamp's closing full stop its digit may stand ("10 Dec.", "9:30 a.m."). */
    public static final int DEFAULT_STAMP_DIGIT_REACH = 10;
    /** Least share of a run's lines that end in a stamp (the rest are cards that print none, or headlines below). */
    public static final double DEFAULT_MIN_STAMPED_SHARE = 0.5;
    /** Most words of the heading above a run that goes with it. */
    public static final int DEFAULT_MAX_HEADING_WORDS = 6;
    /** Words that count a card's readers' reactions after a number ("37 comments"). */
    public static final List<String> DEFAULT_COUNT_WORDS = List.of("comments", "comment", "replies", "shares",
            "views", "reactions", "responses");
    /** What sets a teaser's stamp apart from its text; a sentence's end does too. */
    private static final List<String> SEPARATORS = List.of(" | ", " · ", " • ", " — ", " – ", " - ");
    /** Separators a dump sets on their own between a headline and its stamp ("Headline · 4h ago"). */
    private static final String SEPARATOR_MARKS = "|·•—–-";
    /** Most words of a stamp that stand before its first digit ("Updated 12 days ago", "Aug. 6, 2018"). */
    public static final int DEFAULT_STAMP_LEAD_WORDS = 2;
    /** The word after an age's unit. */
    private static final String AGO = "ago";
    /** What runs teasers together on one line. */
    private static final List<String> JOINERS = List.of(" | ", " · ", " • ");
    /** {@link #JOINERS} as patterns to split by, compiled once (in their order). */
    private static final List<java.util.regex.Pattern> JOINER_SPLITS = JOINERS.stream()
            .map(joiner -> java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(joiner))).toList();

    private final int minItems;
    private final int minTeaserWords;
    private final int maxTeaserWords;
    private final int maxGluedWords;
    private final int maxUnstampedWords;
    private final int maxStampWords;
    private final int maxHeadingWords;
    private final List<String> countWords;

    public StampedTeaserRunFilter() {
        this(DEFAULT_MIN_ITEMS, DEFAULT_MIN_TEASER_WORDS, DEFAULT_MAX_TEASER_WORDS, DEFAULT_MAX_UNSTAMPED_WORDS,
                DEFAULT_MAX_GLUED_WORDS, DEFAULT_MAX_STAMP_WORDS, DEFAULT_MAX_HEADING_WORDS, DEFAULT_COUNT_WORDS);
    }

    public StampedTeaserRunFilter(int minItems, int minTeaserWords, int maxTeaserWords, int maxUnstampedWords,
                                  int maxGluedWords, int maxStampWords, int maxHeadingWords, List<String> countWords) {
        this.minItems = Validate.atLeast(minItems, 2, "minItems");
        this.minTeaserWords = Validate.positive(minTeaserWords, "minTeaserWords");
        this.maxTeaserWords = Validate.positive(maxTeaserWords, "maxTeaserWords");
        this.maxUnstampedWords = Validate.positive(maxUnstampedWords, "maxUnstampedWords");
        this.maxGluedWords = Validate.positive(maxGluedWords, "maxGluedWords");
        this.maxStampWords = Validate.positive(maxStampWords, "maxStampWords");
        this.maxHeadingWords = Validate.positive(maxHeadingWords, "maxHeadingWords");
        this.countWords = List.copyOf(Validate.notNull(countWords, "countWords"));
    }

    @Override
    public boolean process(Page page) {
        List<Block> lines = page.kept();
        long prose = 0;
        for (Block line : lines) if (line.has(Label.PROSE)) prose += line.wordCount();
        boolean changed = false;
        int i = 0;
        while (i < lines.size()) {
            if (teasers(lines.get(i)) == 0) {
                i++;
                continue;
            }
            int end = i;
            int items = 0;
            int stampedLines = 0;
            int lastStamped = i;
            while (end < lines.size()) {
                Block line = lines.get(end);
                int n = teasers(line);
                if (n > 0) {
                    items += n;
                    stampedLines++;
                    lastStamped = end;
                } else if (!isShortTeaser(line)) {
                    break;
                }
                end++;
            }
            // past the last stamped teaser only headlines stay in the run, not the story's short paragraph
            end = lastStamped + 1;
            while (end < lines.size() && isHeadline(lines.get(end))
                    && (end - i) * DEFAULT_MIN_STAMPED_SHARE < stampedLines) {
                end++;
            }
            long words = 0;
            for (int j = i; j < end; j++) words += lines.get(j).wordCount();
            if (items >= minItems && stampedLines >= (end - i) * DEFAULT_MIN_STAMPED_SHARE && words < prose - words) {
                Reason reason = new Reason(REASON, name(), items + " teasers ending in a stamp");
                Block above = i > 0 ? lines.get(i - 1) : null;
                if (above != null && isHeading(above)) changed |= above.remove(reason);
                for (int j = i; j < end; j++) changed |= lines.get(j).remove(reason);
            }
            i = end;
        }
        return changed;
    }

    /** How many stamped teasers the line holds: 1 for a teaser line, more for teasers run together, else 0. */
    int teasers(Block line) {
        String text = line.text();
        int words = line.wordCount();
        // a line with no joiner is one teaser or none: its length and its last char are asked before its every char
        // is read for a stamp's digit or word (most lines are paragraphs ending in a full stop)
        boolean joined = false;
        for (String joiner : JOINERS) joined |= text.contains(joiner);
        if (words > maxGluedWords || !DateLines.mayHoldPostStamp(text)) return 0;
        if (!joined && (words > maxTeaserWords || !endsLikeStamp(text.strip()))) return gluedAroundStamp(text);
        if (!joined) return stamped(text) ? 1 : gluedAroundStamp(text);
        for (int j = 0; j < JOINERS.size(); j++) {
            if (!text.contains(JOINERS.get(j))) continue;
            String[] parts = JOINER_SPLITS.get(j).split(text);
            if (parts.length < minItems) continue;
            int stamped = 0;
            int teasers = 0;
            boolean allTeasers = true;
            for (int p = 0; p < parts.length; p++) {
                String part = parts[p];
                int partWords = TextMeasure.wordCount(part);
                if (partWords > maxTeaserWords) {
                    allTeasers = false;
                    continue;
                }
                // a stamp in a cell of its own dates the headline before it ("Headline | Feb 15, 2019 | …")
                boolean ownCell = partWords <= maxStampWords && isStamp(part.strip());
                boolean ownStamp = ownCell && p > 0 && TextMeasure.wordCount(parts[p - 1]) >= minTeaserWords;
                if (ownStamp || stamped(part)) stamped++;
                if (!ownCell) {
                    if (partWords >= minTeaserWords && startsWithCapital(part)) teasers++;
                    else allTeasers = false;
                }
            }
            if (stamped >= minItems) return stamped;
            // one stamped card among cards that print none ("Headline. Hook. 4 comments | Headline. Hook."): every
            // cell a headline of its own, none a story's sentence cut by a bar
            if (stamped > 0 && allTeasers && teasers >= minItems) return teasers;
        }
        return words <= maxTeaserWords && stamped(text) ? 1 : 0;
    }

    /**
     * How many teasers a line holds whose headlines a dump ran together with no bar between, a card's stamp left
     * inside the line: "Museum cuts deal on new rules 17h ago Coach draws fire for a surprise twist", "… Nobody saw
     * it coming. 2 min Museum opens door to a surprise twist. Residents are split." A stamp stands between two
     * teasers when at least {@code minTeaserWords} words come before it and after it and a capital opens the words
     * after it; on a line with sentences, also only right after a sentence's end or a separator (a story's sentence
     * states its dates within itself, "… signed on March 3, 2019 by …"). 0 when there is no such stamp.
     */
    int gluedAroundStamp(String text) {
        String[] words = TextMeasure.splitAtWhiteSpace(text.strip());
        if (words.length < 2 * minTeaserWords + 1) return 0;
        // a line of headlines alone ends in none of a sentence's marks: one that does is a story's sentence
        if (!GluedText.hasSentenceEnd(text) && TextMeasure.endsSentence(text)) return 0;
        boolean sentences = GluedText.hasSentenceEnd(text);
        int stamps = 0;
        int from = 0; // where the current teaser starts
        for (int d = from + minTeaserWords; d < words.length - minTeaserWords; d++) {
            if (!hasDigit(words[d])) continue;
            int cut = stampAt(words, from, d, sentences);
            if (cut > 0) {
                stamps++;
                from = cut;
                d = cut + minTeaserWords - 1;
            }
        }
        return stamps == 0 ? 0 : stamps + 1;
    }

    /** The index of the word after a stamp holding {@code words[digit]} that sets two teasers apart, or -1. */
    private int stampAt(String[] words, int from, int digit, boolean sentences) {
        for (int start = Math.max(from + minTeaserWords, digit - DEFAULT_STAMP_LEAD_WORDS); start <= digit; start++) {
            if (sentences ? !closesTeaser(words[start - 1]) : opensClause(words[start - 1])) continue;
            for (int end = digit; end < Math.min(words.length - minTeaserWords, start + maxStampWords); end++) {
                if (!startsWithCapital(words[end + 1])) continue;
                String stamp = String.join(" ", java.util.Arrays.asList(words).subList(start, end + 1));
                // "30W" is a charger's watts as often as thirty weeks: a terse age in one word sets no teasers apart
                if (isStamp(stamp) && (end > start || !DateLines.isTerseAge(stamp))) return end + 1;
            }
        }
        return -1;
    }

    /** Whether a teaser may end at this word: a sentence's end, or a separator standing on its own. */
    private static boolean closesTeaser(String word) {
        char last = word.charAt(word.length() - 1);
        return last == '.' || last == '!' || last == '?' || SEPARATOR_MARKS.indexOf(word) >= 0 && word.length() == 1;
    }

    /** Whether the word leads into what follows it, as a label's colon or a list's comma does ("Reading time:"). */
    private static boolean opensClause(String word) {
        char last = word.charAt(word.length() - 1);
        return last == ':' || last == ',' || last == ';';
    }

    private static boolean startsWithCapital(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isDigit(word.charAt(i))) return true;
        return false;
    }

    /** Whether the text is a teaser closed by its stamp: a separator or a sentence's end, then an age, date, count. */
    boolean stamped(String text) {
        String t = text.strip();
        // a cheap gate for most paragraphs: a stamp ends in a letter or a digit, or in a full stop near a digit
        // ("10 Dec.", "9 a.m.")
        if (!endsLikeStamp(t)) return false;
        int cut = -1;
        int sep = 0;
        for (String s : SEPARATORS) {
            int at = t.lastIndexOf(s);
            if (at > cut) {
                cut = at;
                sep = s.length();
            }
        }
        int sentence = lastSentenceEnd(t);
        if (sentence > cut) {
            cut = sentence;
            sep = 1;
        }
        if (cut > 0) {
            String tail = t.substring(cut + sep).strip();
            String head = t.substring(0, cut);
            if (TextMeasure.wordCount(tail) <= maxStampWords && TextMeasure.wordCount(head) >= minTeaserWords
                    && isStamp(tail)) return true;
        }
        // no separator: only an age, a reading time or a count, never a date ("… on March 3, 2019")
        List<String> last = TextMeasure.lastWords(t, DEFAULT_STAMP_TAIL_WORDS);
        // the text's words counted once, not once for each tail (each count reads the whole text)
        int words = TextMeasure.wordCount(t);
        for (int k = Math.min(DEFAULT_STAMP_TAIL_WORDS, last.size()); k >= 1; k--) {
            if (words - k < minTeaserWords) continue;
            String tail = String.join(" ", last.subList(last.size() - k, last.size()));
            // an age however abbreviated, told by its "ago" ("18h ago", "46 mins ago")
            if (DateLines.isRelativeTime(tail)
                    || k >= 2 && (MarkedHeadlineRunFilter.isReadTime(tail) || isCount(tail) || isShortAge(tail))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text's last one to three words state a post's date or age ("… 5 Dec.", "… 46 mins ago"). */
    static boolean endsInStamp(String text) {
        if (!DateLines.mayHoldPostStamp(text)) return false;
        List<String> last = TextMeasure.lastWords(text, DEFAULT_STAMP_TAIL_WORDS);
        for (int k = Math.min(DEFAULT_STAMP_TAIL_WORDS, last.size() - 1); k >= 1; k--) {
            if (DateLines.isPostStamp(String.join(" ", last.subList(last.size() - k, last.size())))) return true;
        }
        return false;
    }

    /** Whether the text is an age whose unit is cut short, and "ago" ("18h ago", "46 mins ago", "2 wks ago"). */
    private static boolean isShortAge(String text) {
        int cut = text.lastIndexOf(' ');
        return cut > 0 && text.substring(cut + 1).equalsIgnoreCase(AGO)
                && DateLines.isTerseAge(text.substring(0, cut).strip().replaceAll("s$", ""));
    }

    /** Whether the text ends as a stamp may: in a letter or a digit, or in a full stop with a digit just before. */
    private static boolean endsLikeStamp(String t) {
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (Character.isLetterOrDigit(last)) return true;
        if (last != '.') return false;
        for (int i = t.length() - 2; i >= 0 && i >= t.length() - DEFAULT_STAMP_DIGIT_REACH; i--) {
            if (Character.isDigit(t.charAt(i))) return true;
        }
        return false;
    }

    private boolean isStamp(String tail) {
        return DateLines.isPostStamp(tail) || MarkedHeadlineRunFilter.isReadTime(tail) || isCount(tail);
    }

    /** Whether the text counts readers' reactions: a number and a count word ("37 comments"). */
    boolean isCount(String text) {
        String stripped = text.strip();
        // a count starts with a digit: a text that does not is not lowered and split (lowering makes no digit)
        if (stripped.isEmpty() || !Character.isDigit(stripped.charAt(0))) return false;
        String[] parts = TextMeasure.splitAtWhiteSpace(stripped.toLowerCase(Locale.ROOT));
        if (parts.length != 2 || parts[0].isEmpty()) return false;
        for (int i = 0; i < parts[0].length(); i++) if (!Character.isDigit(parts[0].charAt(i))) return false;
        return countWords.contains(parts[1]);
    }

    /** The index of the last sentence end followed by a space (". ", "? ", "! "), or -1. */
    private static int lastSentenceEnd(String t) {
        for (int i = t.length() - 2; i > 0; i--) {
            char c = t.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && t.charAt(i + 1) == ' ' && Character.isLetter(t.charAt(i - 1))
                    && !(i >= 2 && t.charAt(i - 2) == ' ')) return i;
        }
        return -1;
    }

    /** Whether the line may be a teaser that prints no stamp, set among stamped ones: a short line, no lead-in. */
    private boolean isShortTeaser(Block line) {
        int words = line.wordCount();
        return words >= minTeaserWords && words <= maxUnstampedWords && !line.text().strip().endsWith(":");
    }

    /** Whether the line is a headline: title-like, not prose, no sentence's end. */
    private boolean isHeadline(Block line) {
        return line.has(Label.TITLE_LIKE) && !line.has(Label.PROSE) && line.wordCount() >= minTeaserWords
                && line.wordCount() <= maxUnstampedWords && !TextMeasure.endsSentence(line.text());
    }

    private boolean isHeading(Block block) {
        return block.has(Label.TITLE_LIKE) && !block.has(Label.PROSE) && block.wordCount() <= maxHeadingWords
                && !TextMeasure.endsSentence(block.text());
    }
}
