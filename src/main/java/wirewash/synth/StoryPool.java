package wirewash.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wirewash.clean.Stopwords;
import wirewash.internal.Validate;

/**
 * Turns real article bodies into an endless sequence of distinct stories: the bodies in a seeded order, then,
 * once every body was used, again in another order with every word renamed through a seeded permutation of the
 * bodies' vocabulary, so later rounds share no more wording with earlier ones than unrelated stories do. Stopwords
 * are permuted among stopwords, other words shorter than {@value #MIN_CONTENT_LENGTH} letters among those, and the
 * rest among the rest, so a renamed round keeps the stopword density the cleaner measures but not the original's
 * skeleton of function words, which would otherwise make every round of a body a weak near-duplicate of every
 * other; digits are permuted too.
 *
 * <p>Bodies are cut into paragraphs at line breaks (a paragraph of more than {@link #MAX_SENTENCES} sentences is
 * cut into paragraphs of three); bodies with fewer than {@code minParagraphs} paragraphs or {@code minWords}
 * words are left out, and so are bodies not in English (the generator's rewrites and the shipped rules are
 * English). Holds only the bodies and the current round's renaming and leads.
 */
public final class StoryPool {
    public static final int DEFAULT_MIN_PARAGRAPHS = 4;
    public static final int DEFAULT_MIN_WORDS = 150;
    static final int MAX_SENTENCES = 4;
    private static final int HEADLINE_WORDS = 10;
    static final int MIN_CONTENT_LENGTH = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern WORD_OR_NUMBER = Pattern.compile("\\p{L}+|[0-9]+");
    private static final int DIGITS = 10;

    private final List<Story> bodies;
    private final long seed;
    private final List<String> contentWords;
    private final List<String> shortWords;
    private final List<String> stopwords;
    private int round = -1;
    private int[] order;
    private Map<String, String> renaming = Map.of();
    /** The current round's {@link #lead}s asked so far, by body: a related list names the same few many times. */
    private final Map<Integer, Story> leads = new HashMap<>();
    private char[] digits;

    /**
     * @param bodies article bodies by id (paragraphs separated by line breaks)
     * @param seed   seed of the order and of the renaming
     */
    public StoryPool(Map<String, String> bodies, long seed, int minParagraphs, int minWords) {
        Validate.notNull(bodies, "bodies");
        this.seed = seed;
        List<Story> kept = new ArrayList<>();
        TreeSet<String> content = new TreeSet<>();
        TreeSet<String> brief = new TreeSet<>();
        TreeSet<String> stops = new TreeSet<>();
        Stopwords stop = Stopwords.forLanguage("en");
        for (Map.Entry<String, String> e : new TreeMap<>(bodies).entrySet()) {
            List<String> paragraphs = paragraphs(e.getValue());
            Story story = paragraphs.isEmpty() ? null : new Story(e.getKey(), headline(paragraphs.get(0)), paragraphs);
            if (story == null || paragraphs.size() < minParagraphs || story.words() < minWords
                    || !isEnglish(e.getValue())) continue;
            kept.add(story);
            for (String p : paragraphs) {
                Matcher m = WORD.matcher(p);
                while (m.find()) {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    if (stop.contains(w)) stops.add(w);
                    else if (w.length() < MIN_CONTENT_LENGTH) brief.add(w);
                    else content.add(w);
                }
            }
        }
        Validate.isTrue(!kept.isEmpty(), "no body has " + minParagraphs + " paragraphs and " + minWords + " words");
        this.bodies = List.copyOf(kept);
        this.contentWords = List.copyOf(content);
        this.shortWords = List.copyOf(brief);
        this.stopwords = List.copyOf(stops);
    }

    public StoryPool(Map<String, String> bodies, long seed) {
        this(bodies, seed, DEFAULT_MIN_PARAGRAPHS, DEFAULT_MIN_WORDS);
    }

    /** Reads {@code {id: {"articleBody": ...}}} (the extraction benchmark's ground truth) as bodies by id. */
    public static Map<String, String> readGold(InputStream json) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            Validate.isTrue(p.nextToken() == JsonToken.START_OBJECT, "gold file must be a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                String body = null;
                if (p.currentToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        if (field.equals("articleBody") && p.currentToken() == JsonToken.VALUE_STRING) body = p.getText();
                        else p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
                if (body != null && !body.isBlank()) out.put(id, body);
            }
        }
        return out;
    }

    /** Number of distinct bodies; story {@code i} and {@code i + size()} are the same body, renamed. */
    public int size() {
        return bodies.size();
    }

    /**
     * Story number {@code index}. Call with indexes that never go back more than one round (the generator walks
     * them in order), since only the current round's renaming is kept.
     */
    public Story story(int index) {
        Validate.atLeast(index, 0, "index");
        int r = index / bodies.size();
        if (r != round) startRound(r);
        Story body = bodies.get(order[index % bodies.size()]);
        if (r == 0) return body;
        List<String> paragraphs = new ArrayList<>();
        for (String p : body.paragraphs()) paragraphs.add(rename(p));
        return new Story(body.label() + "~" + r, headline(paragraphs.get(0)), paragraphs);
    }

    /**
     * Story number {@code index} cut to its first paragraph, with the same label and headline as {@link #story}
     * gives: all a related-stories list shows of it, without renaming the paragraphs it does not show. Same
     * rule for indexes as {@link #story}.
     */
    public Story lead(int index) {
        Validate.atLeast(index, 0, "index");
        int r = index / bodies.size();
        if (r != round) startRound(r);
        return leads.computeIfAbsent(order[index % bodies.size()], b -> {
            Story body = bodies.get(b);
            if (r == 0) return new Story(body.label(), body.headline(), body.paragraphs().subList(0, 1));
            String first = rename(body.paragraphs().get(0));
            return new Story(body.label() + "~" + r, headline(first), List.of(first));
        });
    }

    private static boolean isEnglish(String body) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(body);
        while (m.find()) tokens.add(m.group().toLowerCase(Locale.ROOT));
        return Stopwords.detect(tokens).language().equals("en") && Stopwords.forLanguage("en").count(tokens) > 0;
    }

    private void startRound(int r) {
        round = r;
        leads.clear();
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (r + 1)));
        order = shuffled(bodies.size(), random);
        if (r == 0) {
            renaming = Map.of();
            return;
        }
        renaming = new HashMap<>((contentWords.size() + shortWords.size() + stopwords.size()) * 2);
        permute(contentWords, random);
        permute(shortWords, random);
        permute(stopwords, random);
        int[] d = shuffled(DIGITS, random);
        digits = new char[DIGITS];
        for (int i = 0; i < DIGITS; i++) digits[i] = (char) ('0' + d[i]);
    }

    private void permute(List<String> words, SplittableRandom random) {
        int[] permutation = shuffled(words.size(), random);
        for (int i = 0; i < words.size(); i++) renaming.put(words.get(i), words.get(permutation[i]));
    }

    private String rename(String text) {
        Matcher m = WORD_OR_NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            String word = m.group();
            String renamed = isDigit(word.charAt(0)) ? renumber(word) : renaming.get(word.toLowerCase(Locale.ROOT));
            if (renamed == null) continue; // the word stays, copied with the text around it
            sb.append(text, copied, m.start());
            if (Character.isUpperCase(word.charAt(0))) {
                sb.append(Character.toUpperCase(renamed.charAt(0))).append(renamed, 1, renamed.length());
            } else {
                sb.append(renamed);
            }
            copied = m.end();
        }
        return sb.append(text, copied, text.length()).toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String renumber(String number) {
        char[] out = new char[number.length()];
        for (int i = 0; i < out.length; i++) out[i] = digits[number.charAt(i) - '0'];
        return new String(out);
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            String p = line.strip();
            if (p.isEmpty()) continue;
            List<String> sentences = Sentences.split(p);
            if (sentences.size() <= MAX_SENTENCES) {
                out.add(p);
                continue;
            }
            for (int i = 0; i < sentences.size(); i += 3) {
                out.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 3))));
            }
        }
        return out;
    }

    static String headline(String firstParagraph) {
        String first = Sentences.split(firstParagraph).get(0);
        String[] words = first.split("\\s+");
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, HEADLINE_WORDS)));
        return head.replaceAll("[.,;:!?]+$", "");
    }
}
