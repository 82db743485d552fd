package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.TextMeasure;
import wirewash.internal.Validate;
import wirewash.model.Reason;

/**
 * Removes the author's bio below the story: the page's last paragraph when it opens with a person's name and a verb
 * that introduces a bio ("Zac covers Apple news for 9to5Mac…", "Jeff Foust (jeff@…) is the editor and publisher of
 * The Space Review…", "Pulitzer Prize-winning journalist Michael Hiltzik writes a daily blog…") and names the trade
 * of writing news (a reporter, an editor, a magazine, a podcast), or says that the person covers a subject for a
 * publication ("Jane Doe covers climate for The Herald.", "…writes about science for the Courier."). A story's
 * last paragraph about a person ("McDonald joined the band in 1975…", "Trump has been eager to withdraw…") names no
 * such trade. A short line
 * right above the bio that names the same person ("Emiliano Bellini", "About the Author Zac Hall @apollozac") is the
 * author box's heading and goes with it. Runs after the list filters, so the last paragraph is the page's last
 * kept prose. A bio whose person the story's paragraphs name is left alone: the story is about them (an obituary
 * of a reporter, "Biden has been criticised by several newspaper editorial boards…"). A bio told in two paragraphs,
 * the second opening with a pronoun ("Jane Roe has written about schools for a decade." over "She was previously an
 * editor at the Tribune."), goes whole, the trade named in either.
 * <p>
 * The bio need not be the very last paragraph: up to {@code maxProseBelow} kept prose paragraphs may follow it (a
 * site's citation or copyright note, a podcast's plug that no step took, or a closing line of the story set below
 * the author's box), as long as none of them names its person either.
 * <p>
 * Below the story's first paragraph, a bio that also names the publication its person works for ("…is a
 * correspondent covering education for the Pinecrest Post.") goes wherever it sits when a line that is no kept
 * paragraph stands right above or below it: a site sets its author's box between the story's paragraphs too; above
 * the story's first paragraph when such lines stand on both sides of it (an author box over the story). Not a
 * person the story's other paragraphs name; another such bio that shares the surname does not count.
 */
public final class AuthorBioFilter implements BlockFilter {
    public static final String REASON = "author-bio";
    /** Most words a bio may have. */
    public static final int DEFAULT_MAX_WORDS = 100;
    /**
     * Most kept prose paragraphs below the bio: a site's notes under the author's box ("Citation: …", a copyright
     * note).
     */
    public static final int DEFAULT_MAX_PROSE_BELOW = 2;
    /** Most words of the author box's heading line above the bio. */
    public static final int DEFAULT_MAX_HEADING_WORDS = 8;
    /**
     * Words that name the trade of writing news, in lower case; a bio holds one. Stems end in a space-free prefix
     * match ("journalist" also matches "journalists", "journaliste").
     */
    public static final Set<String> DEFAULT_TRADE_WORDS = Set.of("journalist", "reporter", "reporting", "writer",
            "editor", "columnist", "correspondent", "contributor", "blogger", "publisher", "podcast", "newsletter",
            "magazine", "newspaper", "newsroom", "freelance", "periodista", "redakteur", "rédact", "giornalist",
            "jornalist", "repórter", "colunist", "korrespondent", "corrispondent", "correspondant", "chroniqueu",
            "wartawan", "jurnalis", "redaktur", "kolumnis", "журналист", "корреспондент", "обозревател", "колумнист",
            "редактор", "издани");

    /**
     * Verbs that introduce a bio after the person's name ("Zac covers…", "Jeff Foust is the editor…"), and the
     * copulas and writing verbs of the languages the trade words name ("Ana Souza é repórter…", "Siti Rahma adalah
     * wartawan…", "Мария Иванова — корреспондент…", "Ольга Кузнецова пишет для издания…"). A dash is a verb only
     * before a Russian trade noun: "Acme (ACM) — Shares of…" and "WASHINGTON (AP) — The newspaper…" open a story.
     */
    public static final List<String> DEFAULT_BIO_VERBS = List.of("is a", "is an", "is the", "was a", "was an",
            "joined", "covers", "writes", "has been", "has written", "reports", "hosts", "edits", "previously",
            "can be reached", "é", "escreve", "ist", "schreibt", "è", "scrive", "est", "écrit", "adalah",
            "merupakan", "menulis", "пишет для", "работает", "— корреспондент", "— журналист", "— обозреватель",
            "— редактор", "— колумнист", "– корреспондент", "– журналист", "– обозреватель", "– редактор",
            "– колумнист");

    /**
     * Verbs of a bio's opening that, followed in the same sentence by "for" and a capitalised name ("covers health for
     * The Herald"), name the trade without a trade word.
     */
    public static final List<String> DEFAULT_BEAT_VERBS = List.of("covers", "has covered", "writes about",
            "reports on");

    /**
     * A bio's opening, before its verb: up to four words of description ("Pulitzer Prize-winning journalist"), a name
     * of one to three capitalised words, an optional e-mail or handle in brackets. A pronoun or an article is no
     * name: "It is the third newspaper to close…" is a story's sentence; nor is a capitalised word right after an
     * article ("The Tribune has been the city's newspaper…" names a paper, not a person).
     */
    private static final String NAME = "^(?:(?:[\\p{L}'’-]+ ){0,3}?(?!(?:[Tt]he|THE|[Aa]n?) )[\\p{L}'’-]+ )?"
            + "((?!(?:It|Its|This|That|These|Those|There|Here|He|She|They|We|You|The|An?"
            + "|His|Her|Their|Our|What|Which|Who"
            // the pronouns, articles and demonstratives of the other languages the bio verbs name
            + "|Ele|Ela|Eles|Elas|Isso|Isto|Este|Esta|Esse|Essa|Er|Sie|Es|Das|Dies|Diese|Dieser|Der|Die|Lui|Lei"
            + "|Questo|Questa|Il|Lo|La|Le|Les|Elle|Ils|Elles|Ce|Cette|Cela|Dia|Ia|Mereka|Ini|Itu|Он|Она|Они|Это"
            + "|Эта|Этот)\\b)(?:\\p{Lu}[\\p{L}'’.-]+ ){0,2}\\p{Lu}[\\p{L}'’.-]+)"
            + "(?: \\([^)]{1,80}\\))?,? ";

    /**
     * Words that open a bio's second paragraph, which goes on about the person the first one names ("She previously
     * worked at…", "His work has appeared in…"); a bio told in two paragraphs goes whole.
     */
    public static final List<String> DEFAULT_CONTINUATION_OPENERS = List.of("He", "She", "They", "His", "Her",
            "Their");

    /** Removal codes of a prompt to follow or contact someone, which a bio sets right below it. */
    public static final Set<String> DEFAULT_PROMPT_CODES = Set.of("contact");
    /** Words by which a follow prompt below a bio names its person ("Follow her on Twitter"), lower-cased. */
    public static final Set<String> DEFAULT_PERSON_WORDS = Set.of("him", "her", "them");

    /** Fewest letters of a name's word found inside a handle ("jane" in "@janedoe"). */
    private static final int MIN_HANDLE_PART = 3;

    /** A publication named after "for": " for the Pinecrest Post", " for Reuters". */
    private static final Pattern PUBLICATION = Pattern.compile(" for (?:[Tt]he )?\\p{Lu}");
    /** An e-mail address. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private final int maxWords;
    private final int maxProseBelow;
    private final int maxHeadingWords;
    private final Set<String> promptCodes;
    private final Set<String> personWords;
    /** The trade words by their first char, and the length of the shortest. */
    /** The trade words by their first char, beyond ASCII ({@link #asciiTradesByFirst} holds the others). */
    private final Map<Character, String[]> tradesByFirst;
    /**
     * The trade words by their first char below 128, in an array: namesTrade asks it of every word of the last few
     * paragraphs of every page, and an array read costs less than a map's probe.
     */
    private final String[][] asciiTradesByFirst = new String[ASCII][];
    private final int shortestTrade;
    /** Chars below this are ASCII. */
    private static final int ASCII = 128;
    /** {@link #NAME}, then one of the bio verbs. */
    private final Pattern opening;
    /** {@link #NAME}, then a beat verb and, in the same sentence, "for" and a capitalised name. */
    private final Pattern beat;
    /** The beat verbs and the space after each, as {@link #beat} needs one of them literally. */
    private final List<String> beatLiterals;
    /** The continuation openers, each with the space after it. */
    private final List<String> continuationOpeners;

    public AuthorBioFilter() {
        this(DEFAULT_MAX_WORDS, DEFAULT_MAX_HEADING_WORDS, DEFAULT_TRADE_WORDS, DEFAULT_BIO_VERBS,
                DEFAULT_MAX_PROSE_BELOW, DEFAULT_PROMPT_CODES, DEFAULT_PERSON_WORDS);
    }

    public AuthorBioFilter(int maxWords, int maxHeadingWords, Set<String> tradeWords) {
        this(maxWords, maxHeadingWords, tradeWords, DEFAULT_BIO_VERBS);
    }

    /**
     * @param maxWords        most words a bio may have
     * @param maxHeadingWords most words of the name line above it that goes with it
     * @param tradeWords      lower-case word stems that name the trade of writing news; a bio holds one
     * @param bioVerbs        lower-case verbs, one to a few words, that follow the name in a bio's opening
     */
    public AuthorBioFilter(int maxWords, int maxHeadingWords, Set<String> tradeWords, List<String> bioVerbs) {
        this(maxWords, maxHeadingWords, tradeWords, bioVerbs, DEFAULT_MAX_PROSE_BELOW);
    }

    /**
     * @param maxProseBelow most kept prose paragraphs below the bio (0: the bio is the page's last prose)
     * @see #AuthorBioFilter(int, int, Set, List)
     */
    public AuthorBioFilter(int maxWords, int maxHeadingWords, Set<String> tradeWords, List<String> bioVerbs,
                           int maxProseBelow) {
        this(maxWords, maxHeadingWords, tradeWords, bioVerbs, maxProseBelow, DEFAULT_PROMPT_CODES, DEFAULT_PERSON_WORDS);
    }

    /**
     * @param promptCodes removal codes of a follow or contact prompt below which a name-opened paragraph is a bio
     *                    wherever it sits (empty: none)
     * @param personWords lower-case words by which such a prompt names its person ("her")
     * @see #AuthorBioFilter(int, int, Set, List, int)
     */
    public AuthorBioFilter(int maxWords, int maxHeadingWords, Set<String> tradeWords, List<String> bioVerbs,
                           int maxProseBelow, Set<String> promptCodes, Set<String> personWords) {
        this(maxWords, maxHeadingWords, tradeWords, bioVerbs, maxProseBelow, promptCodes, personWords,
                DEFAULT_BEAT_VERBS);
    }

    /**
     * @see #AuthorBioFilter(int, int, Set, List, int, Set, Set, List, List)
     */
    public AuthorBioFilter(int maxWords, int maxHeadingWords, Set<String> tradeWords, List<String> bioVerbs,
                           int maxProseBelow, Set<String> promptCodes, Set<String> personWords,
                           List<String> beatVerbs) {
        this(maxWords, maxHeadingWords, tradeWords, bioVerbs, maxProseBelow, promptCodes, personWords, beatVerbs,
                DEFAULT_CONTINUATION_OPENERS);
    }

    /**
     * @param beatVerbs lower-case verbs of a bio's opening that name the trade when "for" and a capitalised name
     *                  follow them in the same sentence (empty: a bio always holds a trade word or an e-mail)
     * @param continuationOpeners words that open a bio's second paragraph right below its first, the two read
     *                            together as the bio (empty: a bio is one paragraph)
     * @see #AuthorBioFilter(int, int, Set, List, int, Set, Set)
     */
    public AuthorBioFilter(int maxWords, int maxHeadingWords, Set<String> tradeWords, List<String> bioVerbs,
                           int maxProseBelow, Set<String> promptCodes, Set<String> personWords,
                           List<String> beatVerbs, List<String> continuationOpeners) {
        this.continuationOpeners = Validate.notNull(continuationOpeners, "continuationOpeners").stream()
                .map(word -> word + " ").toList();
        this.promptCodes = Set.copyOf(Validate.notNull(promptCodes, "promptCodes"));
        this.personWords = Set.copyOf(Validate.notNull(personWords, "personWords"));
        this.maxWords = Validate.positive(maxWords, "maxWords");
        this.maxProseBelow = Validate.atLeast(maxProseBelow, 0, "maxProseBelow");
        this.maxHeadingWords = Validate.positive(maxHeadingWords, "maxHeadingWords");
        Validate.notEmpty(tradeWords, "tradeWords");
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String trade : tradeWords) {
            Validate.isTrue(!trade.isEmpty(), "empty trade word");
            byFirst.computeIfAbsent(trade.charAt(0), c -> new ArrayList<>()).add(trade);
        }
        Map<Character, String[]> frozen = new HashMap<>();
        byFirst.forEach((c, trades) -> {
            if (c < ASCII) asciiTradesByFirst[c] = trades.toArray(new String[0]);
            else frozen.put(c, trades.toArray(new String[0]));
        });
        this.tradesByFirst = Map.copyOf(frozen);
        this.shortestTrade = tradeWords.stream().mapToInt(String::length).min().orElseThrow();
        StringBuilder verbs = new StringBuilder();
        for (String verb : Validate.notEmpty(bioVerbs, "bioVerbs")) {
            verbs.append(verbs.length() == 0 ? "" : "|").append(Pattern.quote(verb + " "));
        }
        this.opening = Pattern.compile(NAME + "(?:" + verbs + ")");
        StringBuilder beats = new StringBuilder();
        this.beatLiterals = Validate.notNull(beatVerbs, "beatVerbs").stream().map(verb -> verb + " ").toList();
        for (String verb : beatVerbs) {
            beats.append(beats.length() == 0 ? "" : "|").append(Pattern.quote(verb + " "));
        }
        // no beat verb: a pattern that never matches
        this.beat = Pattern.compile(beats.length() == 0 ? "(?!)"
                : NAME + "(?:" + beats + ")[^.!?]{1,80}? for (?:[Tt]he )?\\p{Lu}");
    }

    private static boolean holdsAny(String text, List<String> literals) {
        for (String literal : literals) if (text.contains(literal)) return true;
        return false;
    }

    @Override
    public boolean process(Page page) {
        List<Block> blocks = page.blocks();
        boolean changed = removeBiosAbovePrompts(blocks);
        changed |= removeBiosNamingTheirPublication(blocks);
        int last = ProseLabelFilter.lastProse(blocks);
        for (int below = 0; last >= 0 && below <= maxProseBelow; below++) {
            if (removeBio(blocks, last)) return true;
            last = proseAbove(blocks, last);
        }
        return changed;
    }

    /**
     * Removes, wherever it sits, a paragraph that opens with a person's name and a bio verb right above a line
     * removed as a prompt to follow or contact someone ({@code promptCodes}) that names that person or a
     * third-person pronoun ("Follow her on Twitter @jdoe"): the author's box set between or below the story's
     * paragraphs, whether it names the trade or not ("Jane Doe covers health for the Herald."). Not a person the
     * story's other paragraphs name.
     */
    private boolean removeBiosAbovePrompts(List<Block> blocks) {
        boolean changed = false;
        Reason reason = new Reason(REASON, name(), "the author's bio above a prompt to follow them");
        for (int i = 0; i < blocks.size(); i++) {
            Block prompt = blocks.get(i);
            if (!prompt.isRemoved() || prompt.isJoined() || !promptCodes.contains(prompt.removal().code())) continue;
            int at = i - 1;
            while (at >= 0 && blocks.get(at).isJoined()) at--;
            if (at < 0 || !blocks.get(at).isKept() || !blocks.get(at).has(Label.PROSE)) continue;
            Block bio = blocks.get(at);
            if (bio.wordCount() > maxWords || proseAbove(blocks, at) < 0) continue;
            Matcher opening = this.opening.matcher(bio.text());
            // the words before the verb: the name may read as a description and a surname ("Tom Whitley")
            if (!opening.find() || !namesPerson(prompt, bio.text().substring(0, opening.end(1)))) continue;
            if (namedInOtherProse(blocks, at, -1, opening.group(1))) continue;
            changed |= bio.remove(reason);
        }
        return changed;
    }

    /**
     * Removes, wherever it sits below the story's first paragraph, the author's box a site sets between the story's
     * paragraphs: a paragraph of a bio's shape ({@link #bioName}: a name, a bio verb, the trade) that names the
     * publication the person works for ("…is a correspondent covering education for the Pinecrest Post."), with a
     * line that is no kept paragraph right above or right below it (the box's heading, the furniture around it).
     * Above the story's first paragraph too, with such a line on both sides of it. Not a person the story's other
     * paragraphs name (another such bio aside): a story introduces the reporter it then quotes.
     */
    private boolean removeBiosNamingTheirPublication(List<Block> blocks) {
        boolean changed = false;
        Reason reason = new Reason(REASON, name(), "the author's bio, naming the publication they write for");
        for (int at = 0; at < blocks.size(); at++) {
            Block bio = blocks.get(at);
            if (!bio.isKept() || !bio.has(Label.PROSE) || bio.wordCount() > maxWords) continue;
            // a bio between two of the story's paragraphs, with no line of a box beside it, is in the story's run
            // (most paragraphs: asked first)
            if (besideProse(blocks, at, -1) && besideProse(blocks, at, 1)) continue;
            if (!namesPublication(bio)) continue;
            // above the story's first paragraph only with a line of a box on both sides (the box's heading above,
            // its "Read more from Jane" below): the story's own opening may tell of a reporter
            if (proseAbove(blocks, at) < 0 && (besideProse(blocks, at, -1) || besideProse(blocks, at, 1)
                    || !proseBelow(blocks, at))) {
                continue;
            }
            String name = bioName(bio);
            // another bio naming its publication that shares the surname (a page's two author boxes) is no story
            if (name == null || namedInOtherProse(blocks, at, -1, name,
                    block -> block.wordCount() <= maxWords && namesPublication(block) && bioName(block) != null)) {
                continue;
            }
            changed |= bio.remove(reason);
            removeHeading(blocks, at, name, reason);
        }
        return changed;
    }

    /** Whether the paragraph names a publication after "for" ("…covering education for the Pinecrest Post."). */
    private static boolean namesPublication(Block block) {
        String text = block.text();
        int forAt = text.indexOf(" for ");
        return forAt >= 0 && PUBLICATION.matcher(text).find(forAt);
    }

    /** Whether the nearest line above ({@code step} -1) or below (1) the block, joined lines aside, is kept prose. */
    private static boolean besideProse(List<Block> blocks, int at, int step) {
        int i = at + step;
        while (i >= 0 && i < blocks.size() && blocks.get(i).isJoined()) i += step;
        return i >= 0 && i < blocks.size() && blocks.get(i).isKept() && blocks.get(i).has(Label.PROSE);
    }

    /**
     * Whether the prompt's words hold a capitalised word of the bio's opening ("Follow Jane on X", "Twitter: @janedoe")
     * or one of the {@code personWords}.
     */
    private boolean namesPerson(Block prompt, String opening) {
        List<String> parts = new ArrayList<>();
        for (String part : TextMeasure.splitAtWhiteSpace(opening)) {
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) parts.add(part.toLowerCase(Locale.ROOT));
        }
        for (String word : prompt.words()) {
            if (personWords.contains(word)) return true;
            // a handle runs the name's words together ("@janedoe")
            for (String part : parts) if (part.length() >= MIN_HANDLE_PART && word.contains(part)) return true;
        }
        return false;
    }

    /** Removes the block at {@code last} and its name line when it is the author's bio. */
    private boolean removeBio(List<Block> blocks, int last) {
        Block bio = blocks.get(last);
        String name = bioName(bio);
        if (name == null) return removeTwoParagraphBio(blocks, last);
        // the bio must follow some of the story: a page whose one paragraph reads like a bio is a profile
        if (proseAbove(blocks, last) < 0) return false;
        // a person the story's prose names is its subject ("Smith joined the Globe in 1975 as a reporter…" closes
        // his obituary), not its author; so is one the prose below it names again
        if (namedInOtherProse(blocks, last, -1, name)) return false;
        Reason reason = new Reason(REASON, name(), "the author's bio below the story");
        bio.remove(reason);
        removeHeading(blocks, last, name, reason);
        return true;
    }

    /**
     * Removes a bio told in two paragraphs: {@code second} opens with a continuation word ("She previously worked
     * at…") right below a paragraph that opens with a name and a bio verb, the two within the bio's words, one of
     * them naming the trade or an e-mail address; not a person the story's other paragraphs name.
     */
    private boolean removeTwoParagraphBio(List<Block> blocks, int second) {
        Block rest = blocks.get(second);
        if (!startsWithAny(rest.text(), continuationOpeners)) return false;
        int first = proseAbove(blocks, second);
        if (first < 0 || proseAbove(blocks, first) < 0) return false;
        Block head = blocks.get(first);
        if (head.wordCount() + rest.wordCount() > maxWords) return false;
        if (!namesTrade(head) && !namesTrade(rest) && !holdsEmail(head) && !holdsEmail(rest)) return false;
        Matcher opening = this.opening.matcher(head.text());
        if (!opening.find()) return false;
        String name = opening.group(1);
        if (namedInOtherProse(blocks, first, second, name)) return false;
        Reason reason = new Reason(REASON, name(), "the author's bio below the story, in two paragraphs");
        head.remove(reason);
        rest.remove(reason);
        removeHeading(blocks, first, name, reason);
        return true;
    }

    private static boolean startsWithAny(String text, List<String> openers) {
        for (String opener : openers) if (text.startsWith(opener)) return true;
        return false;
    }

    private static boolean holdsEmail(Block block) {
        return block.text().indexOf('@') >= 0 && EMAIL.matcher(block.text()).find();
    }

    /** Removes the author box's heading line right above the bio at {@code bio}, when it names the person. */
    private void removeHeading(List<Block> blocks, int bio, String name, Reason reason) {
        int above = bio - 1;
        while (above >= 0 && !blocks.get(above).isKept()) above--;
        if (above >= 0 && isHeading(blocks.get(above), name)) blocks.get(above).remove(reason);
    }

    /** The name a bio opens with, or null when the block is no bio. */
    String bioName(Block block) {
        if (block.wordCount() > maxWords) return null;
        // a bio names the trade, or gives the person's e-mail address (a name-opened paragraph that says "…Reach
        // him at jane@herald.com." is the author's contact line): both cheaper to look for than the opening
        boolean bio = namesTrade(block) || block.text().indexOf('@') >= 0 && EMAIL.matcher(block.text()).find();
        // the beat pattern needs " for " and one of its verbs as they are written: most paragraphs hold neither,
        // and are not searched with it (a search of every paragraph that names no trade was 2% of text cleaning)
        if (!bio && !(block.text().contains(" for ") && holdsAny(block.text(), beatLiterals))) return null;
        Matcher opening = (bio ? this.opening : beat).matcher(block.text());
        return opening.find() ? opening.group(1) : null;
    }

    private boolean namesTrade(Block block) {
        for (String word : block.words()) { // lower-cased already
            // only the trade words with the word's first char, and none for a word shorter than all of them: the
            // last three paragraphs of every page are asked
            if (word.length() < shortestTrade) continue;
            char first = word.charAt(0);
            String[] trades = first < ASCII ? asciiTradesByFirst[first] : tradesByFirst.get(first);
            if (trades == null) continue;
            for (String trade : trades) if (word.startsWith(trade)) return true;
        }
        return false;
    }

    /** Whether a kept prose paragraph stands below {@code index}: the story, under a box above it. */
    private static boolean proseBelow(List<Block> blocks, int index) {
        for (int i = index + 1; i < blocks.size(); i++) {
            if (blocks.get(i).isKept() && blocks.get(i).has(Label.PROSE)) return true;
        }
        return false;
    }

    /** The index of the nearest kept prose paragraph above {@code index}, or -1. */
    private static int proseAbove(List<Block> blocks, int index) {
        for (int i = index - 1; i >= 0; i--) if (blocks.get(i).isKept() && blocks.get(i).has(Label.PROSE)) return i;
        return -1;
    }

    /**
     * Whether a kept paragraph other than the bio's ({@code bio}, and {@code rest} unless -1), above or below it,
     * holds the last word of its name as a word.
     */
    private static boolean namedInOtherProse(List<Block> blocks, int bio, int rest, String name) {
        return namedInOtherProse(blocks, bio, rest, name, block -> false);
    }

    /** {@link #namedInOtherProse(List, int, int, String)}, the paragraphs {@code aside} accepts not counted. */
    private static boolean namedInOtherProse(List<Block> blocks, int bio, int rest, String name,
                                             Predicate<Block> aside) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])");
        for (int i = 0; i < blocks.size(); i++) {
            if (i == bio || i == rest) continue;
            Block block = blocks.get(i);
            if (block.isKept() && block.has(Label.PROSE) && word.matcher(block.text()).find() && !aside.test(block)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line is the author box's heading: short, no prose, and naming the bio's person. */
    private boolean isHeading(Block block, String name) {
        if (block.has(Label.PROSE) || block.wordCount() > maxHeadingWords) return false;
        String text = block.text().toLowerCase(Locale.ROOT);
        for (String part : name.split(" ")) if (text.contains(part.toLowerCase(Locale.ROOT))) return true;
        return false;
    }
}
