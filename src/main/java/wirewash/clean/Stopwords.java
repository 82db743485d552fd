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

    /** The language assumed when a text gives no clue. */
    public static final String DEFAULT_LANGUAGE = "en";

    private final String language;
    private final Set<String> words;

    private Stopwords(String language, Set<String> words) {
        this.language = language;
        this.words = Set.copyOf(words);
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

    /** Guesses the language of lower-cased word tokens: the list that covers most tokens, English on a tie. */
    public static Stopwords detect(List<String> lowerCaseTokens) {
        Validate.notNull(lowerCaseTokens, "lowerCaseTokens");
        Stopwords best = ALL.get(DEFAULT_LANGUAGE);
        int bestHits = best.count(lowerCaseTokens);
        for (Stopwords candidate : ALL.values()) {
            int hits = candidate.count(lowerCaseTokens);
            if (hits > bestHits) {
                best = candidate;
                bestHits = hits;
            }
        }
        return best;
    }

    public String language() {
        return language;
    }

    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    /** How many of the tokens are stopwords. */
    public int count(List<String> lowerCaseTokens) {
        int n = 0;
        for (String token : lowerCaseTokens) if (words.contains(token)) n++;
        return n;
    }

    private static Map<String, Stopwords> loadAll() {
        Map<String, Stopwords> out = new LinkedHashMap<>();
        SNOWBALL_FILES.forEach((lang, file) -> out.put(lang, new Stopwords(lang, read(SNOWBALL + file))));
        return java.util.Collections.unmodifiableMap(out);
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
