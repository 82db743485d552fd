package wirewash.dedup;

import java.util.Arrays;
import java.util.Map;
import wirewash.internal.Validate;

/**
 * The word tokens of a text as 64-bit hashes, in one pass over its characters and one over its tokens, with no
 * String and no regex per token: the tokens are exactly {@link Normalizer#tokens}'s (the same NFKC and
 * lower-casing, word characters and inner apostrophes, spelling folding when on), each given as {@link #hash} of
 * its characters. One exception: a capital sigma after a supplementary letter, which the JDK lower-cases
 * differently in the whole text and in the stretch the hasher reads (see {@link #bounds}); the hasher keeps its
 * reading, that of signatures made before.
 *
 * <p>Spelling folding works on hashes: SpellingFolder's word list ("programme" → "program", "jan" → "january")
 * is a table from a token's hash to its replacement's hash, built once; its suffix rules run on the token's
 * characters in place ({@link CharSpellingFolder}), only for tokens ending the way a rule needs; and its
 * two-token rules ("per cent" → "percent", "2 january" → "january 2") run on the hashes, with flags the table
 * gives for "per", "cent", the months and the days (one or two ASCII digits).
 *
 * <p>Immutable and thread-safe.
 */
public final class TokenHasher {
    private static final long SEED = 0x243F6A8885A308D3L;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final char LATIN_1_END = 0xFF;
    /** A bit for each of ' ', '\n', '\r', '\t'. */
    private static final long ASCII_WHITESPACE = 1L << ' ' | 1L << '\n' | 1L << '\r' | 1L << '\t';
    /** A guess at characters per token, to size the hash array. */
    private static final int AVERAGE_TOKEN_CHARS = 6;
    private static final int INITIAL_WORD_CHARS = 32;
    /** Characters of a token's end the spelling filters look at ({@link CharSpellingFolder#mayFold}). */
    private static final int TAIL_CHARS = 4;
    /** Spaces before the text in the scratch buffer, so that a token's last four characters can be read. */
    private static final int PADDING = TAIL_CHARS;
    /**
     * Characters the first pass reads before the second turns their boundaries into hashes (the chunk goes on to
     * the next ASCII whitespace): the boundary arrays, 12 bytes per character, then grow with a chunk, not with
     * the text, and a thread's scratch stays small after a long page. Any size gives the same hashes.
     */
    static final int DEFAULT_CHUNK_CHARS = 1 << 13;
    /** MULTIPLIER^i for tokens of up to 63 characters. */
    private static final long[] POWERS = powers(64);

    private static final byte REPLACE = 1;
    private static final byte MONTH = 2;
    private static final byte DAY = 4;
    private static final byte PER = 8;
    private static final byte CENT = 16;
    private static final int MAX_DAY = 99;
    private static final int TABLE_SLOTS = 512;
    /**
     * The key filter has 2^14 bits (2 KB); a token hash sets or tests two of them, given by its top 14 bits and
     * the 14 below those: with the table's ~150 keys, one token in 3,000 that is no key passes.
     */
    private static final int FILTER_BITS = 14;
    private static final int FILTER_FIRST_SHIFT = Long.SIZE - FILTER_BITS;
    private static final int FILTER_SECOND_SHIFT = Long.SIZE - 2 * FILTER_BITS;
    private static final int FILTER_MASK = (1 << FILTER_BITS) - 1;

    private final boolean fold;
    private final int chunkChars;
    private final CharSpellingFolder suffixes = new CharSpellingFolder();
    private final long percent = hash("percent");
    /** Open addressing by token hash: keys, the replacement's hash and flags, the key's own flags (0 = free). */
    private final long[] keys = new long[TABLE_SLOTS];
    private final long[] replacements = new long[TABLE_SLOTS];
    private final byte[] replacementFlags = new byte[TABLE_SLOTS];
    private final byte[] flags = new byte[TABLE_SLOTS];
    /** Two bits per key hash (see {@link #FILTER_BITS}). */
    private final long[] keyFilter = new long[1 << (FILTER_BITS - 6)];

    /** @param foldSpellings whether tokens are spelling-folded, as {@link Normalizer#Normalizer(boolean)} */
    public TokenHasher(boolean foldSpellings) {
        this(foldSpellings, DEFAULT_CHUNK_CHARS);
    }

    /**
     * @param foldSpellings whether tokens are spelling-folded, as {@link Normalizer#Normalizer(boolean)}
     * @param chunkChars    characters per chunk of the first pass ({@link #DEFAULT_CHUNK_CHARS}); tests use a few
     */
    TokenHasher(boolean foldSpellings, int chunkChars) {
        this.fold = foldSpellings;
        this.chunkChars = Validate.positive(chunkChars, "chunkChars");
        for (String month : SpellingFolder.MONTHS) put(month, MONTH);
        put("per", PER);
        put("cent", CENT);
        for (int day = 0; day <= MAX_DAY; day++) {
            put(Integer.toString(day), DAY);
            if (day < 10) put("0" + day, DAY);
        }
        for (Map.Entry<String, String> e : SpellingFolder.WORDS.entrySet()) {
            int slot = put(e.getKey(), REPLACE);
            replacements[slot] = hash(e.getValue());
            int target = slot(replacements[slot]);
            replacementFlags[slot] = target >= 0 ? (byte) (flags[target] & ~REPLACE) : 0;
        }
    }

    private static long[] powers(int count) {
        long[] powers = new long[count];
        for (int i = 0; i < count; i++) powers[i] = power(i);
        return powers;
    }

    /** Whether tokens are spelling-folded. */
    public boolean foldsSpellings() {
        return fold;
    }

    /** The text's tokens' hashes, in text order. */
    public long[] hashes(String text) {
        Tokens tokens = new Tokens();
        hash(text, tokens);
        return Arrays.copyOf(tokens.hashes, tokens.count);
    }

    /** Scratch space for {@link #hash(String, Tokens)}, reused from text to text by one thread. */
    public static final class Tokens {
        private char[] word = new char[INITIAL_WORD_CHARS];
        private char[] text = new char[0];
        private int length;
        private long[] hashes = new long[0];
        /** Token boundaries and the running hash state at each ({@link #bounds}). */
        private int[] bounds = new int[0];
        private long[] states = new long[0];
        private int boundCount;
        private byte[] kinds = new byte[0];
        /** The kinds of this text's tokens or'ed: 0 when no two-token rule can apply. */
        private int folds;
        private int count;

        /** The hashes: the first {@link #count} entries of an array that may be longer. */
        public long[] hashes() {
            return hashes;
        }

        public int count() {
            return count;
        }

        /** Entries the first pass's boundary arrays hold, for tests: they grow with a chunk, not with a text. */
        int boundsCapacity() {
            return bounds.length;
        }
    }

    /** Reads the text's token hashes into {@code into} (its earlier content is dropped). */
    public void hash(String text, Tokens into) {
        Validate.notNull(text, "text");
        int n = text.length();
        int end = PADDING + n;
        if (into.text.length < end) {
            into.text = new char[Math.max(end, 2 * into.text.length)];
            Arrays.fill(into.text, 0, PADDING, ' ');
        }
        text.getChars(0, n, into.text, PADDING);
        int capacity = n / AVERAGE_TOKEN_CHARS + 1;
        if (into.hashes.length < capacity) {
            into.hashes = new long[capacity];
            into.kinds = new byte[capacity];
        }
        into.count = 0;
        into.length = 0;
        into.folds = 0;
        int from = PADDING;
        int limit = chunkEnd(into, from, end);
        int bounds = 0;
        while (true) {
            int stop = bounds(into.text, from, limit, bounds, into);
            bounds = into.boundCount;
            if (stop == limit) {
                tokens(into.text, bounds, into);
                if (limit == end) break;
                // the next chunk starts at the whitespace ending this one, which no token or stretch spans
                from = limit;
                limit = chunkEnd(into, from, end);
                bounds = 0;
                continue;
            }
            int cp = Character.codePointAt(into.text, stop, limit);
            if (CharClasses.isSeparator(cp)) {
                // an emoji, say: a separator the table does not hold
                from = stop + Character.charCount(cp);
                continue;
            }
            // a character that needs normalising: the stretch between the ASCII whitespace around it is read again
            int stretch = stop;
            while (!isAsciiWhitespace(into.text[stretch - 1])) stretch--;
            while (bounds > 0 && into.bounds[bounds - 2] >= stretch) bounds -= 2;
            tokens(into.text, bounds, into);
            int stretchEnd = stop;
            while (stretchEnd < end && !isAsciiWhitespace(into.text[stretchEnd])) stretchEnd++;
            scanNormalized(Normalizer.nfkcLowerCase(new String(into.text, stretch, stretchEnd - stretch)), into);
            if (into.length > 0) flushWord(into);
            into.length = 0;
            if (stretchEnd == end) break;
            from = stretchEnd + 1;
            limit = chunkEnd(into, from, end);
            bounds = 0;
        }
        if (fold && (into.folds & (PER | DAY)) != 0) into.count = foldPairs(into.hashes, into.kinds, into.count);
    }

    /**
     * The end of the chunk that starts at {@code from}: the first ASCII whitespace at least {@link #chunkChars}
     * characters on, or the text's end; makes room for the chunk's boundaries.
     */
    private int chunkEnd(Tokens scan, int from, int end) {
        int limit = end;
        if (end - from > chunkChars) {
            limit = from + chunkChars;
            while (limit < end && !isAsciiWhitespace(scan.text[limit])) limit++;
        }
        if (scan.bounds.length < limit - from + 1) {
            scan.bounds = new int[Math.max(limit - from + 1, 2 * scan.bounds.length)];
            scan.states = new long[scan.bounds.length];
        }
        return limit;
    }

    /**
     * Reads {@code chars[from, end)} with {@link CharClasses} up to the first character that needs normalising
     * ({@link CharClasses#SLOW}), and returns where it stopped ({@code end} if none did). Each character is a word
     * character (given lower-cased), an apostrophe (in a word between two word characters) or a separator; a
     * supplementary character that {@link CharClasses#isSeparator} accepts (an emoji) is a separator too.
     *
     * <p>What it keeps is each token's start and end, where the text goes from not-a-token to a token and back,
     * with the text's running hash state there ({@link #hash}'s state carried over all characters, separators
     * adding whatever they add): {@code scan.boundCount} entries of {@code scan.bounds} and {@code scan.states},
     * two per token. Each character takes the same steps, with no branch on whether it ends a token (one that
     * goes either way at random, and which reading a token in its own loop paid at each word's end): the
     * boundary is stored at every character and kept by counting it only where the text changes. {@link #tokens}
     * gets a token's own state from its two boundaries, the state being a polynomial in the characters.
     *
     * <p>NFKC and lower-casing never reach across ASCII whitespace (it composes with nothing, and is neither
     * cased nor case-ignorable) and no token spans it, so the caller reads the stretch between the whitespace
     * around a SLOW character normalised, and the tokens come out as if the whole text had been. For the same
     * reason the caller reads a long text in chunks ended by whitespace ({@link #chunkEnd}), {@code end} being a
     * chunk's: an apostrophe before it ends its token either way.
     */
    private static int bounds(char[] chars, int from, int end, int count, Tokens scan) {
        int[] bounds = scan.bounds;
        long[] states = scan.states;
        int inToken = 0;
        long state = 0;
        int i = from;
        for (; i < end; i++) {
            char f = CharClasses.of(chars[i]);
            int word = f > CharClasses.SLOW ? 1 : 0;
            if ((f - CharClasses.APOSTROPHE) >>> 1 == 0) {
                // an apostrophe or a SLOW character, both rare
                if (f == CharClasses.SLOW) break;
                if (inToken != 0 && i + 1 < end && CharClasses.of(chars[i + 1]) > CharClasses.SLOW) {
                    word = 1;
                    f = '\'';
                }
            }
            bounds[count] = i;
            states[count] = state;
            count += word ^ inToken;
            state = (state + f) * MULTIPLIER;
            inToken = word;
        }
        if (inToken != 0) {
            bounds[count] = i;
            states[count] = state;
            count++;
        }
        scan.boundCount = count;
        return i;
    }

    /**
     * The second pass: each token's hash from its two boundaries' states, stored (folded) in text order. Most
     * tokens pass neither folding filter and are stored as they are; the others go through {@link #store}.
     */
    private void tokens(char[] chars, int bounds, Tokens scan) {
        int count = scan.count;
        int needed = count + bounds / 2;
        if (scan.hashes.length < needed) {
            scan.hashes = Arrays.copyOf(scan.hashes, Math.max(needed, 2 * scan.hashes.length));
            scan.kinds = Arrays.copyOf(scan.kinds, scan.hashes.length);
        }
        int[] at = scan.bounds;
        long[] states = scan.states;
        long[] hashes = scan.hashes;
        byte[] kinds = scan.kinds;
        int folds = scan.folds;
        for (int b = 0; b < bounds; b += 2) {
            int end = at[b + 1];
            int length = end - at[b];
            long power = length < POWERS.length ? POWERS[length] : power(length);
            long h = finish(states[b + 1] + (SEED - states[b]) * power, length);
            if (fold) {
                long tail = tail(chars, end, length);
                // one branch for the two filters, taken for one token in ten
                if (mayBeKey(h) | suffixes.mayEndAsRule(tail)) {
                    folds |= store(scan, count++, h, length, tail, chars, end);
                    continue;
                }
                kinds[count] = 0;
            }
            hashes[count++] = h;
        }
        scan.count = count;
        scan.folds = folds;
    }

    /**
     * The tail ({@link CharSpellingFolder#mayFold}) of the token of {@code length} characters ending at
     * {@code end}: its last four characters' tail bytes, read as the table gives them (the padding before the
     * text makes room to read four), those before the token masked out.
     */
    private static long tail(char[] chars, int end, int length) {
        long tail = (long) tailByte(chars[end - 4]) << 24 | tailByte(chars[end - 3]) << 16
                | tailByte(chars[end - 2]) << 8 | tailByte(chars[end - 1]);
        return length >= TAIL_CHARS ? tail : tail & (1L << (length << 3)) - 1;
    }

    /** A character of a token as one byte of its tail. */
    private static int tailByte(char c) {
        char f = CharClasses.of(c);
        return CharSpellingFolder.tailByte(f == CharClasses.APOSTROPHE ? '\'' : f);
    }

    /** MULTIPLIER to the power of {@code length}, the factor a token's characters multiply its seed by. */
    private static long power(int length) {
        long power = 1;
        for (int i = 0; i < length; i++) power *= MULTIPLIER;
        return power;
    }

    private static char[] grow(Tokens scan) {
        scan.word = Arrays.copyOf(scan.word, scan.word.length * 2);
        return scan.word;
    }

    private static boolean isAsciiWhitespace(char c) {
        return c <= ' ' & (ASCII_WHITESPACE >>> c & 1) != 0;
    }

    /** As {@link Normalizer#tokens} reads normalised, lower-cased text: code point by code point. */
    private void scanNormalized(String text, Tokens scan) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            int cp;
            int width = 1;
            if (c <= LATIN_1_END) {
                cp = Character.toLowerCase(c);
            } else {
                cp = Character.codePointAt(chars, i);
                width = Character.charCount(cp);
            }
            if (Normalizer.isWordChar(cp)) {
                if (scan.length + 2 > scan.word.length) grow(scan);
                scan.length += Character.toChars(cp, scan.word, scan.length);
            } else if (scan.length > 0 && Normalizer.isApostrophe(cp) && i + width < n
                    && Normalizer.isWordChar(Character.codePointAt(chars, i + width))) {
                if (scan.length + 1 > scan.word.length) grow(scan);
                scan.word[scan.length++] = '\'';
            } else if (scan.length > 0) {
                flushWord(scan);
                scan.length = 0;
            }
            i += width;
        }
    }

    /** Ends the token held in {@code scan.word[0, scan.length)}. */
    private void flushWord(Tokens scan) {
        long tail = 0;
        for (int i = 0; i < scan.length; i++) tail = tail << Byte.SIZE | CharSpellingFolder.tailByte(scan.word[i]);
        flush(scan, hash(scan.word, scan.length), scan.length, tail);
    }

    /** Ends a token held in {@code scan.word}, whose hash is {@code h}: stores its hash, see {@link #store}. */
    private void flush(Tokens scan, long h, int length, long tail) {
        int count = scan.count;
        if (count == scan.hashes.length) {
            scan.hashes = Arrays.copyOf(scan.hashes, count * 2);
            scan.kinds = Arrays.copyOf(scan.kinds, count * 2);
        }
        if (fold) {
            scan.folds |= store(scan, count, h, length, tail, null, 0);
        } else {
            scan.hashes[count] = h;
        }
        scan.count = count + 1;
    }

    /**
     * Stores a token's hash {@code h}, folded, and its flags as the {@code count}-th of {@code scan}'s, and
     * returns the flags. The token's characters are {@code scan.word[0, length)} when {@code text} is null, else
     * the last {@code length} characters of {@code text} before {@code end}, as the table gives them (read again
     * only for a token whose {@code tail}, see {@link CharSpellingFolder#mayFold}, a suffix rule may fit).
     */
    private byte store(Tokens scan, int count, long h, int length, long tail, char[] text, int end) {
        byte kind = 0;
        int slot = mayBeKey(h) ? slot(h) : -1;
        if (slot >= 0 && (flags[slot] & REPLACE) != 0) {
            h = replacements[slot];
            kind = replacementFlags[slot];
        } else {
            if (suffixes.mayFold(tail)) {
                char[] word = text == null ? scan.word : wordOf(scan, text, end, length);
                int folded = suffixes.fold(word, length);
                if (folded >= 0) {
                    h = hash(word, folded);
                    slot = mayBeKey(h) ? slot(h) : -1;
                }
            }
            if (slot >= 0) kind = (byte) (flags[slot] & ~REPLACE);
        }
        scan.kinds[count] = kind;
        scan.hashes[count] = h;
        return kind;
    }

    /** The token {@code text[end - length, end)} as the scan read it (lower-cased, apostrophes as '), in scan.word. */
    private static char[] wordOf(Tokens scan, char[] text, int end, int length) {
        if (scan.word.length < length) scan.word = new char[Math.max(length, 2 * scan.word.length)];
        char[] word = scan.word;
        for (int i = 0, from = end - length; i < length; i++) {
            char f = CharClasses.of(text[from + i]);
            word[i] = f == CharClasses.APOSTROPHE ? '\'' : f;
        }
        return word;
    }

    /** Whether the hash may be a key of the table: both its filter bits are set. Most tokens skip the table. */
    private boolean mayBeKey(long h) {
        int first = (int) (h >>> FILTER_FIRST_SHIFT);
        int second = (int) (h >>> FILTER_SECOND_SHIFT) & FILTER_MASK;
        return (keyFilter[first >>> 6] >>> first & keyFilter[second >>> 6] >>> second & 1) != 0;
    }

    /** SpellingFolder's two-token rules on the folded hashes, in place; returns the new count. */
    private int foldPairs(long[] hashes, byte[] kinds, int count) {
        int out = 0;
        for (int i = 0; i < count; i++) {
            byte kind = kinds[i];
            if (kind != 0 && i + 1 < count) {
                if ((kind & PER) != 0 && (kinds[i + 1] & CENT) != 0) {
                    hashes[out++] = percent;
                    i++;
                    continue;
                }
                if ((kind & DAY) != 0 && (kinds[i + 1] & MONTH) != 0) {
                    long day = hashes[i];
                    hashes[out++] = hashes[i + 1];
                    hashes[out++] = day;
                    i++;
                    continue;
                }
            }
            hashes[out++] = hashes[i];
        }
        return out;
    }

    /** The 64-bit hash of a token, as {@link #hashes} gives it for a token of these characters. */
    public static long hash(CharSequence token) {
        char[] chars = token.toString().toCharArray();
        return hash(chars, chars.length);
    }

    /**
     * The hash of {@code word[0, length)}: each character added to the state and the state multiplied by an odd
     * constant (a bijection of the state for a fixed character, so tokens of equal length that differ in one
     * character never collide), then the length mixed in and MurmurHash3's finaliser applied. The state is
     * {@code SEED * MULTIPLIER^length + sum of word[i] * MULTIPLIER^(length - i)}, so {@link #bounds} and
     * {@link #tokens} get it from one running state over the whole text, sampled at the token's two ends.
     */
    static long hash(char[] word, int length) {
        long h = SEED;
        for (int i = 0; i < length; i++) h = (h + word[i]) * MULTIPLIER;
        return finish(h, length);
    }

    /** The hash of a token from the state after its characters. */
    private static long finish(long state, int length) {
        return MinHasher.fmix64(state ^ length);
    }

    private int put(String token, byte flag) {
        long h = hash(token);
        int first = (int) (h >>> FILTER_FIRST_SHIFT);
        int second = (int) (h >>> FILTER_SECOND_SHIFT) & FILTER_MASK;
        keyFilter[first >>> 6] |= 1L << first;
        keyFilter[second >>> 6] |= 1L << second;
        int slot = (int) h & (TABLE_SLOTS - 1);
        while (flags[slot] != 0 && keys[slot] != h) slot = (slot + 1) & (TABLE_SLOTS - 1);
        keys[slot] = h;
        flags[slot] |= flag;
        return slot;
    }

    /** The table slot of a token hash, or -1. */
    private int slot(long h) {
        int slot = (int) h & (TABLE_SLOTS - 1);
        while (flags[slot] != 0) {
            if (keys[slot] == h) return slot;
            slot = (slot + 1) & (TABLE_SLOTS - 1);
        }
        return -1;
    }
}
