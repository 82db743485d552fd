package wirewash.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import wirewash.internal.Validate;

/**
 * The function words of a language (Lucene's Snowball lists), used to tell prose from furniture and to guess a
 * document's language. Immutable; the lists are read once from Lucene's jar.
 */
public final class Stopwords {
    private static final String SNOWBALL = "/org/apache/lucene/analysis/snowball/";
    private static final Map<String, String> SNOWBALL_FILES = orderedMap(
            "en", "english_stop.txt", "de", "german_stop.txt", "fr", "french_stop.txt",
            "es", "spanish_stop.txt", "it", "italian_stop.txt", "pt", "portuguese_stop.txt",
            "nl", "dutch_stop.txt", "ru", "russian_stop.txt", "sv", "swedish_stop.txt",
            "da", "danish_stop.txt", "no", "norwegian_stop.txt", "fi", "finnish_stop.txt",
            "hu", "hungarian_stop.txt", "id", "indonesian_stop.txt");
    private static final Map<String, Stopwords> ALL = loadAll();
    /** For each stopword, a bit per language (in {@link #SNOWBALL_FILES} order) whose list holds it. */
    private static final Map<String, Integer> LANGUAGE_BITS = languageBits();
    /** The length of the longest stopword of any list: a longer token is looked up in none. */
    private static final int LONGEST = LANGUAGE_BITS.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** Bits of {@link #SKETCHES}: 8 KB, of which the 2,197 stopwords of the lists set 1,701 (one in 38). */
    private static final int SKETCH_BITS = 1 << 16;
    /**
     * A bit for the {@link #sketch} of every stopword of every list, set once, never written after: a token whose
     * bit is clear is in no list, which most words of prose are shown to be without hashing the whole word for a
     * map lookup.
     */
    private static final long[] SKETCHES = sketches();
    /**
     * Bits of {@link #TABLE_WORDS}' size: 8,192 slots for the 2,197 stopwords, so a probe seldom goes past a few.
     */
    private static final int TABLE_BITS = 13;
    /**
     * The stopwords in an open-addressing table on their {@link #sketch}'s hash, {@link #TABLE_LANGUAGES} beside:
     * a token is compared with the words of its slot and the next ones up to an empty slot. A token's own hash
     * (every char read) and a map's node and boxed value are not needed (one lookup per token of every document).
     */
    private static final String[] TABLE_WORDS = new String[1 << TABLE_BITS];
    /** For each slot of {@link #TABLE_WORDS}, the word's bit per language, as in {@link #LANGUAGE_BITS}. */
    private static final int[] TABLE_LANGUAGES = table(TABLE_WORDS);
    private static final List<String> ORDER = List.copyOf(ALL.keySet());
    /** Chinese and Japanese have no stopword list here; they are judged by characters and punctuation. */
    private static final Stopwords CHINESE = new Stopwords("zh", Set.of());
    private static final Stopwords JAPANESE = new Stopwords("ja", Set.of());
    /**
     * Korean, which no list covers: judged without stopwords as {@link #UNDETERMINED} is, and named for the
     * document's {@code language} when most of its tokens are Hangul.
     */
    private static final Stopwords KOREAN = new Stopwords("ko", Set.of());
    /** A language none of the lists covers (Arabic, Thai…): judged without stopwords. */
    private static final Stopwords UNDETERMINED = new Stopwords("und", Set.of());
    /** Below this share of tokens found in the best list, the text is taken to be in a language without a list. */
    private static final double MIN_STOPWORD_SHARE = 0.02;

    /** The language assumed when a text gives no clue. */
    public static final String DEFAULT_LANGUAGE = "en";

    private final String language;
    private final Set<String> words;
    /** The list's place in {@link #ORDER} (and a {@link Tally}'s hits); -1 for a language without a list. */
    private final int index;

    private Stopwords(String language, Set<String> words) {
        this.language = language;
        this.words = new HashSet<>(words);
        this.index = words.isEmpty() ? -1 : List.copyOf(SNOWBALL_FILES.keySet()).indexOf(language);
    }

    /**
     * What {@link #detect} and {@link #count(Tally)} read from a list of lower-cased word tokens, found with at
     * most one lookup in the stopword table per token (none for most words that are no stopword, by
     * {@link #SKETCHES}): how many of them each language's list holds, how many are CJK characters and kana, how
     * many start with a Hangul letter, and
     * how many there are. A block keeps its own, so that its words are looked up once, for the page's language,
     * and not again when a filter counts its stopwords. Immutable.
     */
    public static final class Tally {
        /** For each language, in {@link #ORDER}, how many tokens its list holds. */
        private final int[] hits;
        /**
         * For each language, how many of its {@link #hits} were one-letter tokens ("a", "d", "l"): an initial or a
         * score line's "d." reads as French or Italian, so the language is chosen on the longer words first. Null
         * when there were none.
         */
        private final int[] letterHits;
        private final int cjk;
        private final int kana;
        private final int hangul;
        private final int tokens;

        private Tally(int[] hits, int[] letterHits, int cjk, int kana, int hangul, int tokens) {
            this.hits = hits;
            this.letterHits = letterHits;
            this.cjk = cjk;
            this.kana = kana;
            this.hangul = hangul;
            this.tokens = tokens;
        }

        /** The tally of lower-cased word tokens. */
        public static Tally of(List<String> lowerCaseTokens) {
            Validate.notNull(lowerCaseTokens, "lowerCaseTokens");
            int[] hits = new int[ORDER.size()];
            int[] letterHits = null;
            int cjk = 0;
            int kana = 0;
            int hangul = 0;
            // by index, not an iterator (one tally per block of every page)
            List<String> list = lowerCaseTokens instanceof java.util.RandomAccess
                    ? lowerCaseTokens : List.copyOf(lowerCaseTokens);
            for (int t = 0, n = list.size(); t < n; t++) {
                String token = list.get(t);
                if (token.length() <= 2 && TextMeasure.isCjk(token.codePointAt(0))) {
                    cjk++;
                    if (Character.UnicodeScript.of(token.codePointAt(0)) != Character.UnicodeScript.HAN) kana++;
                }
                if (isHangul(token.charAt(0))) hangul++;
                int bits = bitsOf(token);
                if (bits == 0) continue;
                for (int b = bits; b != 0; b &= b - 1) hits[Integer.numberOfTrailingZeros(b)]++;
                if (token.length() == 1) {
                    if (letterHits == null) letterHits = new int[ORDER.size()];
                    for (int b = bits; b != 0; b &= b - 1) letterHits[Integer.numberOfTrailingZeros(b)]++;
                }
            }
            return new Tally(hits, letterHits, cjk, kana, hangul, lowerCaseTokens.size());
        }

        /** The tally of all the tokens of several tallies together (a page's, from its blocks'). */
        public static Tally sum(List<Tally> tallies) {
            Validate.notNull(tallies, "tallies");
            int[] hits = new int[ORDER.size()];
            int[] letterHits = null;
            int cjk = 0;
            int kana = 0;
            int hangul = 0;
            int tokens = 0;
            for (Tally tally : tallies) {
                for (int i = 0; i < hits.length; i++) hits[i] += tally.hits[i];
                if (tally.letterHits != null) {
                    if (letterHits == null) letterHits = new int[ORDER.size()];
                    for (int i = 0; i < hits.length; i++) letterHits[i] += tally.letterHits[i];
                }
                cjk += tally.cjk;
                kana += tally.kana;
                hangul += tally.hangul;
                tokens += tally.tokens;
            }
            return new Tally(hits, letterHits, cjk, kana, hangul, tokens);
        }

        /** How many tokens were tallied. */
        public int tokens() {
            return tokens;
        }

        /**
         * The tallied tokens' length in words, as {@link TextMeasure#length} gives it (CJK characters count half,
         * rounded up), without reading them again.
         */
        public int length() {
            return tokens - cjk + (cjk + 1) / 2;
        }
    }

    /** The list of one language (ISO 639-1), or English when the language has none. */
    public static Stopwords forLanguage(String language) {
        Stopwords found = language == null ? null : ALL.get(language.toLowerCase(Locale.ROOT));
        return found != null ? found : ALL.get(DEFAULT_LANGUAGE);
    }

    /** The languages that have a list. */
    public static Set<String> languages() {
        return ALL.keySet();
    }

    /**
     * Guesses the language of lower-cased word tokens: the list that covers most tokens of two letters or more (an
     * initial or a score line's "d." is a one-letter stopword in some lists), or of all tokens when no list covers
     * one of those, English on a tie. An empty
     * list ({@link #isEmpty()}) when most tokens are CJK characters ("zh", or "ja" when kana occur), when most tokens
     * start with a Hangul letter ("ko", whatever the English or other words beside them: a Korean page's menus and
     * teasers may be in English), or when no list covers 2% of the tokens ("und"). At most one table lookup per token
     * ({@link Tally#of}).
     */
    public static Stopwords detect(List<String> lowerCaseTokens) {
        return detect(Tally.of(lowerCaseTokens));
    }

    /** {@link #detect(List)} of the tallied tokens. */
    public static Stopwords detect(Tally tally) {
        Validate.notNull(tally, "tally");
        if (tally.cjk * 2 > tally.tokens) return tally.kana > 0 ? JAPANESE : CHINESE;
        if (tally.hangul * 2 > tally.tokens) return KOREAN;
        int best = ORDER.indexOf(DEFAULT_LANGUAGE);
        for (int i = 0; i < tally.hits.length; i++) if (longerHits(tally, i) > longerHits(tally, best)) best = i;
        if (longerHits(tally, best) == 0) {
            for (int i = 0; i < tally.hits.length; i++) if (tally.hits[i] > tally.hits[best]) best = i;
        }
        if (tally.tokens > 0 && tally.hits[best] < MIN_STOPWORD_SHARE * tally.tokens) {
            return UNDETERMINED;
        }
        return ALL.get(ORDER.get(best));
    }

    /** A language's hits of words of two letters or more. */
    private static int longerHits(Tally tally, int language) {
        return tally.letterHits == null ? tally.hits[language] : tally.hits[language] - tally.letterHits[language];
    }

    /**
     * True for a char of the Hangul script (all of it is in the BMP); the script is looked up only from U+1100 on,
     * where Hangul starts, so a Latin or Cyrillic token costs one comparison.
     */
    static boolean isHangul(char c) {
        return c >= '\u1100' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    /** A text of at least this many chars that holds enough blocks of declarations reads as code ({@link #readsAsCode}). */
    public static final int DEFAULT_MIN_CODE_CHARS = 200;
    /**
     * Blocks of declarations or statements ({@code {…}} holding a {@code :} or {@code ;}) per char of a text that
     * reads as code ({@link #readsAsCode}): two per thousand chars. Minified style sheets hold about seven.
     */
    public static final double DEFAULT_MIN_CODE_BLOCKS_PER_CHAR = 0.002;

    /**
     * True when the text reads as code rather than any language: a style sheet or script shown as text (a page's
     * broken markup, a scraper that kept them), at least {@link #DEFAULT_MIN_CODE_CHARS} chars holding
     * {@link #DEFAULT_MIN_CODE_BLOCKS_PER_CHAR} braced blocks of declarations or statements per char
     * ({@code .nav a{color:#333}}, {@code if(a){b();}}). Prose seldom uses braces, and not around a colon or a
     * semicolon ("the bridge {sic} needs repairs"). Such a text says nothing of the page's language: left in, a long
     * one outweighs the article's words and leaves the language undetermined.
     */
    public static boolean readsAsCode(String text) {
        if (text.length() < DEFAULT_MIN_CODE_CHARS || text.indexOf('{') < 0) return false;
        int blocks = 0;
        int depth = 0;
        boolean declares = false;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) declares = false;
            } else if (c == '}' && depth > 0) {
                if (--depth == 0 && declares) blocks++;
            } else if (depth > 0 && (c == ':' || c == ';')) {
                declares = true;
            }
        }
        return blocks >= DEFAULT_MIN_CODE_BLOCKS_PER_CHAR * text.length();
    }

    /** True for a language judged without stopwords (Chinese, Japanese). */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    public String language() {
        return language;
    }

    /** The list's words. */
    Set<String> words() {
        return Set.copyOf(words);
    }

    public boolean contains(String lowerCaseWord) {
        return index >= 0 && (bitsOf(lowerCaseWord) & 1 << index) != 0;
    }

    /** How many of the tokens are stopwords. */
    public int count(List<String> lowerCaseTokens) {
        int n = 0;
        for (String token : lowerCaseTokens) if (contains(token)) n++;
        return n;
    }

    /** {@link #count(List)} of the tallied tokens, without looking them up again. */
    public int count(Tally tally) {
        Validate.notNull(tally, "tally");
        return index < 0 ? 0 : tally.hits[index];
    }

    private static Map<String, Stopwords> loadAll() {
        Map<String, Stopwords> out = new LinkedHashMap<>();
        SNOWBALL_FILES.forEach((lang, file) -> out.put(lang, new Stopwords(lang, read(SNOWBALL + file))));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, Integer> languageBits() {
        Map<String, Integer> bits = new java.util.HashMap<>();
        int bit = 1;
        for (Stopwords list : ALL.values()) {
            for (String word : list.words) bits.merge(word, bit, (a, b) -> a | b);
            bit <<= 1;
        }
        return java.util.Collections.unmodifiableMap(bits);
    }

    /** A hash of a non-empty word's first two chars, last char and length, below {@link #SKETCH_BITS}. */
    private static int sketch(String word) {
        int n = word.length();
        int h = ((word.charAt(0) * 31 + (n > 1 ? word.charAt(1) : 0)) * 31 + word.charAt(n - 1)) * 31 + n;
        return (h ^ (h >>> 16)) & (SKETCH_BITS - 1);
    }

    /** A {@link #sketch}'s first slot in {@link #TABLE_WORDS}. */
    private static int slot(int sketch) {
        return (sketch * 0x9E3779B9) >>> (Integer.SIZE - TABLE_BITS);
    }

    /**
     * For a lower-cased word, a bit per language (in {@link #ORDER}) whose list holds it; 0 for a word in none,
     * most of which {@link #SKETCHES} tells without a probe of the table.
     */
    private static int bitsOf(String word) {
        if (word.isEmpty() || word.length() > LONGEST) return 0;
        int sketch = sketch(word);
        if ((SKETCHES[sketch >>> 6] & (1L << sketch)) == 0) return 0;
        for (int i = slot(sketch); ; i = (i + 1) & (TABLE_WORDS.length - 1)) {
            String stored = TABLE_WORDS[i];
            if (stored == null) return 0;
            if (stored.equals(word)) return TABLE_LANGUAGES[i];
        }
    }

    /** Fills {@code words} with the stopwords at their slots and returns their languages' bits, slot by slot. */
    private static int[] table(String[] words) {
        Validate.isTrue(LANGUAGE_BITS.size() * 2 < words.length, "stopword table too small");
        int[] languages = new int[words.length];
        // in a fixed order, so the table is the same at every start
        for (String word : new java.util.TreeSet<>(LANGUAGE_BITS.keySet())) {
            if (word.isEmpty()) continue;
            int i = slot(sketch(word));
            while (words[i] != null) i = (i + 1) & (words.length - 1);
            words[i] = word;
            languages[i] = LANGUAGE_BITS.get(word);
        }
        return languages;
    }

    private static long[] sketches() {
        long[] bits = new long[SKETCH_BITS / Long.SIZE];
        for (String word : LANGUAGE_BITS.keySet()) {
            if (word.isEmpty()) continue;
            int sketch = sketch(word);
            bits[sketch >>> 6] |= 1L << sketch;
        }
        return bits;
    }

    private static Set<String> read(String resource) {
        try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("stopword list missing from the classpath: " + resource);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                CharArraySet set = WordlistLoader.getSnowballWordSet(reader);
                Set<String> words = new HashSet<>();
                for (Object word : set) words.add(word instanceof char[] chars ? new String(chars) : word.toString());
                return words;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(map);
    }
}
