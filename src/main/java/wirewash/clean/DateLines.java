package wirewash.clean;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in a short line ("11 January 2022, 13:54", "Tuesday, May 24, 2022", "date 2022-01-11", "2019-6-9",
 * "20/11/2019") and gives it as an ISO date. English month names; other languages fall through to ISO dates only.
 */
public final class DateLines {
    /** The first three letters of each weekday's name, and the endings its full or odd spellings take. */
    private static final List<String> WEEKDAY_PREFIXES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final List<String> WEEKDAY_ENDINGS = List.of("day", "sday", "nesday", "rsday", "urday");
    private static final String WEEKDAY_NAME = "(?:" + String.join("|", WEEKDAY_PREFIXES)
            + ")(?:" + String.join("|", WEEKDAY_ENDINGS) + ")?";
    /** Letters of the longest weekday's name those allow ("wednesday"). */
    private static final int MAX_WEEKDAY_LETTERS = 9;
    /** The parts of a time stamp that need no digit, besides a weekday's name. */
    private static final List<String> UNDATED_STAMP_PARTS = List.of("yesterday", "today", "just now");
    /**
     * A letter of each of {@link #UNDATED_STAMP_PARTS}, lower-case: no char but these and their capitals lowers to
     * 'y' or 'j' (Locale.ROOT), so a part occurs in the lowered text only around one of them.
     */
    private static final String UNDATED_PART_LETTERS = "yj";
    /** Words a time stamp may set around its date or time. */
    private static final List<String> STAMP_WORDS = List.of("updated", "published", "posted", "on", "at");
    /** The words of those parts and the stamp words: a line without a digit holds no other if it is a stamp. */
    private static final List<String> UNDATED_STAMP_WORDS = undatedStampWords();

    /** The first three letters of each month's name, lower-cased. */
    private static final Set<String> MONTH_PREFIXES = monthPrefixes();
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\b|(?=T\\d))");
    /**
     * The end of a written date's year: a word's end, or the clock time a dump glued on with no space ("Nov 15,
     * 20195:45 AM", "Tue, Nov 19 20197:05 AM EST").
     */
    private static final String YEAR_END = "(?:\\b|(?=\\d{1,2}:\\d{2}))";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS
            + ",?\\s+(\\d{4})" + YEAR_END, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + YEAR_END, Pattern.CASE_INSENSITIVE);
    /**
     * A numeric date with its year last: "20/11/2019", "11/20/2019", "20.11.2019". Read day first when the first
     * number cannot be a month or the separator is a dot (European), month first when the second cannot be one or
     * the separator is a slash (US); no time ("20:11") nor fraction ("3/4") has a four-digit year after two parts.
     */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})\\b");
    /** A weekday's name before a date ("Wednesday, November 20, 2019", "Wed 20 Nov 2019"). */
    private static final Pattern WEEKDAY = Pattern.compile(
            WEEKDAY_NAME + "\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\d+\\s+(?:second|minute|hour|day|week|month|year)s?\\s+ago\\b", Pattern.CASE_INSENSITIVE);

    /** The units of an age "… ago" may be counted in, as {@link #STAMP_PART}'s alternatives ("s?": a plural). */
    private static final List<String> AGE_UNITS = List.of("s", "secs?", "seconds?", "m", "mins?", "minutes?", "h",
            "hrs?", "hours?", "d", "days?", "w", "wks?", "weeks?", "mos?", "months?", "y", "yrs?", "years?");
    /** The letters a clock time's "am" or "pm" may leave between its dots ("a.m."), and "ago". */
    private static final List<String> CLOCK_AND_AGE_WORDS = List.of("a", "p", "m", "am", "pm", "ago");
    /** A day's ordinal ending ("3rd"). */
    private static final List<String> ORDINALS = List.of("st", "nd", "rd", "th");

    /** A clock time's "am" or "pm", with or without dots ("p.m.", "PM"). */
    private static final String MERIDIEM = "[ap]\\.?m\\b\\.?";
    /** A time of day with its zone: "10:42 p.m. ET", "22.42", "10 p.m.", "9pm", "10h42" as French sites write it. */
    private static final String CLOCK_TIME = "(?:\\d{1,2}[:.]\\d{2}(?:\\s*" + MERIDIEM + ")?|\\d{1,2}\\s*" + MERIDIEM
            + "|\\d{1,2}h\\d{2})(?:\\s+(?-i:[A-Z]{2,5})\\b)?";
    /** A line of a time of day alone, a stamp's label before it ("Updated 10:42 GMT", "Posted at 9pm"). */
    private static final Pattern CLOCK_LINE = Pattern.compile("\\W*(?:(?:" + String.join("|", STAMP_WORDS)
            + ")\\b\\W*)*\\b" + CLOCK_TIME + "(?!\\w)\\W*", Pattern.CASE_INSENSITIVE);

    /**
     * The parts of a line that only stamps a post's time: a date with or without its year, a weekday, a clock time
     * with its zone ({@link #CLOCK_TIME}), a relative time however abbreviated ("9 hours ago", "5h ago", "2 hrs
     * ago", "Yesterday").
     */
    private static final Pattern STAMP_PART = Pattern.compile("\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
            + "|\\d{1,2}(?:" + String.join("|", ORDINALS) + ")?\\s+" + MONTHS + "(?:,?\\s+\\d{4})?"
            + "|" + MONTHS + "\\s+\\d{1,2}(?:" + String.join("|", ORDINALS) + ")?(?:,?\\s+\\d{4})?"
            + "|" + WEEKDAY_NAME
            + "|" + CLOCK_TIME
            + "|\\d+\\s*(?:" + String.join("|", AGE_UNITS) + ")\\s+ago|" + String.join("|", UNDATED_STAMP_PARTS)
            + ")(?!\\w)", Pattern.CASE_INSENSITIVE);
    /** An age cut to its number and a unit's letter or two, as threads print it ("5h", "10d", "3w", "2mo"). */
    private static final Pattern TERSE_AGE = Pattern.compile("\\d{1,3}\\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)",
            Pattern.CASE_INSENSITIVE);
    /** Words a time stamp may set around its date or time ("Updated: 3:45 pm", "Posted on May 2 at 9:10"). */
    private static final Pattern STAMP_WORD = Pattern.compile("\\b(?:" + String.join("|", STAMP_WORDS) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Every word {@link #STAMP_PART} and {@link #STAMP_WORD} may take whole, lower-cased: a month's name or its
     * first three letters or more, a weekday's name however spelled, a day's ordinal ending, an age's unit, "am",
     * "pm" and their letters, "ago", "yesterday", "today", "just", "now" and the stamp words. A time stamp's every
     * word is one of these or a zone ("GMT"); the patterns need not run over a line with another.
     */
    private static final Set<String> STAMP_VOCABULARY = stampVocabulary();
    /** Letters of the longest word of {@link #STAMP_VOCABULARY} ("september", "wednesday", "yesterday"). */
    private static final int MAX_STAMP_WORD_LETTERS = 9;
    /** The fewest and most capitals a clock time's zone has ("ET", "AEDT"), as {@link #STAMP_PART} reads them. */
    private static final int MIN_ZONE_LETTERS = 2;
    private static final int MAX_ZONE_LETTERS = 5;

    /** A weekday's name at the end of the words before a date: the date's own opening ("Tue, 3 March 2024"). */
    private static final Pattern TRAILING_WEEKDAY = Pattern.compile(
            "\\b" + WEEKDAY_NAME + "\\.?,?\\s*$", Pattern.CASE_INSENSITIVE);

    private DateLines() {}

    /**
     * The words before the first date or "… ago" the line states, a weekday's name before the date aside
     * ("JohnnyB · 9 hours ago": "JohnnyB ·"; "Tue, 3 March 2024": ""); null when the line states neither.
     */
    public static String beforeDate(String text) {
        if (!hasDigit(text)) return null; // every form needs a digit: its year, or the count of an "… ago"
        int start = -1;
        if (holdsAgo(text)) {
            Matcher relative = RELATIVE.matcher(text);
            if (relative.find()) start = relative.start();
        }
        if (hasYear(text)) {
            boolean iso = text.indexOf('-') >= 0;
            boolean named = namesMonth(text);
            for (Pattern pattern : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
                if (pattern == ISO ? !iso : !named) continue;
                Matcher m = pattern.matcher(text);
                if (m.find() && (start < 0 || m.start() < start)) start = m.start();
            }
        }
        if (start < 0) return null;
        return TRAILING_WEEKDAY.matcher(text.substring(0, start)).replaceFirst("").strip();
    }

    /** The first date stated in the text, as yyyy-MM-dd. */
    public static Optional<String> find(String text) {
        if (!hasYear(text)) return Optional.empty();
        // each pattern needs a char or word most lines lack: a dash, a month's name, a slash or a dot
        Matcher m;
        if (text.indexOf('-') >= 0) {
            m = ISO.matcher(text);
            if (m.find()) return iso(m.group(1), m.group(2), m.group(3));
        }
        if (namesMonth(text)) {
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.find()) return iso(m.group(3), month(m.group(2)), m.group(1));
            m = MONTH_DAY_YEAR.matcher(text);
            if (m.find()) return iso(m.group(3), month(m.group(1)), m.group(2));
        }
        if (text.indexOf('/') >= 0 || text.indexOf('.') >= 0) {
            m = NUMERIC.matcher(text);
            if (m.find()) return numeric(m);
        }
        return Optional.empty();
    }

    private static Optional<String> numeric(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        boolean dayFirst = first > 12 || (second <= 12 && m.group(2).equals("."));
        return dayFirst ? iso(m.group(4), m.group(3), m.group(1)) : iso(m.group(4), m.group(1), m.group(3));
    }

    /**
     * Where the date that opens the text ends ("20 Nov 2019 08:00 GMT": 11), a weekday's name before it allowed; -1
     * when the text does not open with a date: a line that names a date after other words ("Mayor defends the
     * budget (2 November 2019)", "Jane Doe, November 20, 2019") does not.
     */
    public static int leadingDateEnd(String text) {
        if (!hasYear(text)) return -1;
        Matcher weekday = WEEKDAY.matcher(text);
        int from = weekday.lookingAt() ? weekday.end() : 0;
        for (Pattern pattern : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC}) {
            Matcher m = pattern.matcher(text).region(from, text.length());
            if (m.lookingAt() && find(m.group()).isPresent()) return m.end();
        }
        return -1;
    }

    /** True for a line that only says how long ago something was posted ("4 days ago"). */
    public static boolean isRelativeTime(String text) {
        String line = text.strip();
        if (line.isEmpty() || !isDigit(line.charAt(0))) return false;
        return RELATIVE.matcher(line).matches();
    }

    /** True for a text that says somewhere how long ago something was posted ("Jane Doe · 3 hours ago"). */
    public static boolean statesAge(String text) {
        return hasDigit(text) && holdsAgo(text) && RELATIVE.matcher(text).find();
    }

    /** True for a line that starts by saying how long ago something was posted ("2 days ago at 07:50 am"). */
    public static boolean startsWithRelativeTime(String text) {
        String line = text.strip();
        if (line.isEmpty() || !isDigit(line.charAt(0))) return false;
        return RELATIVE.matcher(line).lookingAt();
    }

    /**
     * True for a line that only stamps a post's time: a date (its year may be left out), a clock time, a relative
     * time however abbreviated ("5h ago", "Yesterday"), with at most "Updated", "Posted", "on" or "at" besides
     * ("Updated 3:45 PM", "Nov 3, 2019 at 9:10 am", "2 hrs ago").
     */
    public static boolean isTimestamp(String text) {
        if (!hasDigit(text) && !onlyUndatedStampWords(text)) return false;
        if (!onlyStampVocabulary(text)) return false;
        return stampPartsCover(text);
    }

    /** {@link #isTimestamp} by its patterns alone, without the test of its words that spares most lines them. */
    static boolean stampPartsCover(String text) {
        Matcher parts = STAMP_PART.matcher(text);
        if (!parts.find()) return false;
        String rest = STAMP_WORD.matcher(parts.replaceAll(" ")).replaceAll(" ");
        for (int i = 0; i < rest.length(); i++) if (Character.isLetterOrDigit(rest.charAt(i))) return false;
        return true;
    }

    /**
     * True for a text that states a time somewhere among other words: a date with or without its year, a weekday, a
     * clock time ({@link #CLOCK_TIME}) or a relative time ("Last updated: 5:21 AM ET", "Refreshed Nov 19").
     */
    public static boolean statesTime(String text) {
        return hasDigit(text) && STAMP_PART.matcher(text).find();
    }

    /**
     * True for a line that states a time of day and nothing else, a stamp's label aside ("10:42 p.m. ET", "Updated
     * 22.42", "9pm"): no date, weekday or age. A live blog stamps its posts so, within one day; a comment system
     * dates its comments, which span days.
     */
    public static boolean isClockTime(String text) {
        return hasDigit(text) && CLOCK_LINE.matcher(text).matches();
    }

    /**
     * True for a line that stamps a post's age or time as comment threads and social posts print it: a time stamp
     * ({@link #isTimestamp}) or an age cut to its number and unit's letter, "ago" left out ("5h", "10d", "3w",
     * "14m", "2mo"). It states when: a number, "yesterday", "today" or "just now"; a weekday's name alone does not
     * ("on Sun &amp; Mon" is a schedule).
     */
    public static boolean isPostStamp(Block block) {
        return isPostStamp(block.text(), block::isTimestamp);
    }

    /** Whether the whole text is an age cut to its number and a unit's letter or two ("5h", "10d", "3w", "2mo"). */
    public static boolean isTerseAge(String text) {
        return TERSE_AGE.matcher(text.strip()).matches();
    }

    /** {@link #isPostStamp(Block)} of a text that is no block's. */
    public static boolean isPostStamp(String text) {
        return isPostStamp(text, () -> isTimestamp(text));
    }

    /** {@link #isPostStamp(Block)}, with the {@link #isTimestamp} of the text asked of {@code timestamp}. */
    private static boolean isPostStamp(String text, java.util.function.BooleanSupplier timestamp) {
        if (!hasDigit(text)) return statesUndatedPart(text) && timestamp.getAsBoolean();
        return isTerseAge(text) || timestamp.getAsBoolean();
    }

    /**
     * False when no part of the text can be a post's stamp ({@link #isPostStamp}): it holds no digit and none of
     * the words that state when without one. A cheap test before the text's parts are asked one by one.
     */
    public static boolean mayHoldPostStamp(String text) {
        return hasDigit(text) || statesUndatedPart(text);
    }

    /**
     * Whether {@code text.toLowerCase(Locale.ROOT)} holds one of {@link #UNDATED_STAMP_PARTS}, told without copying
     * the text: no char beyond ASCII lowers to an ASCII letter but the Kelvin sign (to 'k') and the dotted capital I
     * (to "i" and a combining dot), and the parts hold neither 'k' nor 'i', so a part is found in the lowered text
     * exactly where the text's ASCII letters match it in either case.
     */
    static boolean statesUndatedPart(String text) {
        // each part holds a letter that only its own capital lowers to: the parts are matched only where the text
        // holds one, in one pass (not a pass per part over every line that holds a 'y' somewhere)
        for (int i = 0; i < text.length(); i++) {
            char lower = (char) (text.charAt(i) | 0x20); // 'y' or 'j' only for those letters in either case
            if (UNDATED_PART_LETTERS.indexOf(lower) < 0) continue;
            for (String part : UNDATED_STAMP_PARTS) {
                for (int at = part.indexOf(lower); at >= 0; at = part.indexOf(lower, at + 1)) {
                    if (regionLowersTo(text, i - at, part)) return true;
                }
            }
        }
        return false;
    }

    /** Whether the text from {@code start} on, lowered, starts with {@code lowerAscii} (as {@link #lowersTo}). */
    private static boolean regionLowersTo(String text, int start, String lowerAscii) {
        if (start < 0 || start + lowerAscii.length() > text.length()) return false;
        for (int k = 0; k < lowerAscii.length(); k++) {
            if (!lowersTo(text.charAt(start + k), lowerAscii.charAt(k))) return false;
        }
        return true;
    }

    /** Whether the char lowers to {@code lower}, a lower-case ASCII letter or a space. */
    private static boolean lowersTo(char c, char lower) {
        return c == lower || (lower >= 'a' && lower <= 'z' && c == lower - ('a' - 'A'));
    }

    /** True when four ASCII digits follow one another: every date form above needs its year so (most lines have
     *  none, and skip the regexes). */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /**
     * Whether a run of ASCII letters in the text opens with a month's first three letters, in any case: every
     * month {@link #DAY_MONTH_YEAR} and {@link #MONTH_DAY_YEAR} take is such a run (their patterns hold only ASCII
     * letters, and a month's name in them is a word of its own).
     */
    static boolean namesMonth(String text) {
        int n = text.length();
        for (int i = 0; i + 2 < n; i++) {
            if (!isAsciiLetter(text.charAt(i)) || (i > 0 && isAsciiLetter(text.charAt(i - 1)))) continue;
            if (isAsciiLetter(text.charAt(i + 1)) && isAsciiLetter(text.charAt(i + 2))
                    && MONTH_PREFIXES.contains(text.substring(i, i + 3).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds "ago" in any case (ASCII), which {@link #RELATIVE} needs: most texts are spared the
     * search. Read at its "g"s, not compared case-blind at every char; no char but these six folds to "a", "g" or "o".
     */
    private static boolean holdsAgo(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'g' || c == 'G') && (text.charAt(i - 1) | 0x20) == 'a' && (text.charAt(i + 1) | 0x20) == 'o') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (isDigit(text.charAt(i))) return true;
        return false;
    }

    /**
     * Whether every run of letters in the text could be a stamp's word without a digit beside it: a weekday's name
     * (three letters of one and at most six more), "yesterday", "today", "just", "now" or a word of
     * {@link #STAMP_WORD}. A line with another word is no time stamp, and its regexes need not run: most lines of a
     * page have no digit, and a word of their own.
     */
    private static boolean onlyUndatedStampWords(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (!isUndatedStampWord(text, start, i)) return false;
        }
        return true;
    }

    private static boolean isUndatedStampWord(String text, int from, int to) {
        int length = to - from;
        if (length >= 3 && length <= MAX_WEEKDAY_LETTERS) {
            for (String weekday : WEEKDAY_PREFIXES) if (text.regionMatches(true, from, weekday, 0, 3)) return true;
        }
        for (String word : UNDATED_STAMP_WORDS) {
            if (word.length() == length && text.regionMatches(true, from, word, 0, length)) return true;
        }
        return false;
    }

    /**
     * Whether every run of letters in the text is a word of {@link #STAMP_VOCABULARY} or a zone's capitals: the
     * patterns take no other letters (they hold only ASCII letters, and match whole words), and a time stamp leaves
     * no letter outside them.
     */
    static boolean onlyStampVocabulary(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            boolean capitals = true;
            for (; i < n && Character.isLetter(text.charAt(i)); i++) {
                char c = text.charAt(i);
                ascii &= c < 128;
                capitals &= c >= 'A' && c <= 'Z';
            }
            int length = i - start;
            if (!ascii || length > MAX_STAMP_WORD_LETTERS) return false;
            if (capitals && length >= MIN_ZONE_LETTERS && length <= MAX_ZONE_LETTERS) continue;
            if (!STAMP_VOCABULARY.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static Set<String> monthPrefixes() {
        Set<String> prefixes = new HashSet<>();
        for (Month month : Month.values()) prefixes.add(month.name().substring(0, 3).toLowerCase(Locale.ROOT));
        return Set.copyOf(prefixes);
    }

    private static Set<String> stampVocabulary() {
        Set<String> words = new HashSet<>(UNDATED_STAMP_WORDS);
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            for (int end = 3; end <= name.length(); end++) words.add(name.substring(0, end));
        }
        for (String prefix : WEEKDAY_PREFIXES) {
            words.add(prefix);
            for (String ending : WEEKDAY_ENDINGS) words.add(prefix + ending);
        }
        for (String unit : AGE_UNITS) {
            String singular = unit.endsWith("?") ? unit.substring(0, unit.length() - 2) : unit;
            words.add(singular);
            if (unit.endsWith("?")) words.add(singular + unit.charAt(unit.length() - 2));
        }
        words.addAll(ORDINALS);
        words.addAll(CLOCK_AND_AGE_WORDS);
        for (String word : words) {
            if (word.length() > MAX_STAMP_WORD_LETTERS) throw new IllegalStateException("longer than allowed: " + word);
        }
        return Set.copyOf(words);
    }

    private static List<String> undatedStampWords() {
        List<String> words = new ArrayList<>(STAMP_WORDS);
        for (String part : UNDATED_STAMP_PARTS) words.addAll(List.of(part.split(" ")));
        return List.copyOf(words);
    }

    /** What {@code \d} matches in these patterns (no UNICODE_CHARACTER_CLASS). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) return String.valueOf(month.getValue());
        }
        return "0";
    }

    private static Optional<String> iso(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .toString());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
