package wirewash.clean.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import wirewash.clean.Block;
import wirewash.clean.BlockFilter;
import wirewash.clean.DomIndex;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.WebAddress;
import wirewash.internal.Validate;
import wirewash.model.Reason;
import wirewash.rules.Rule;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Removes the blocks of HTML elements that a {@code selector} rule matches, or that sit inside one (a comments
 * section, a related-stories aside, a share bar). Does nothing on text dumps, whose blocks have no element.
 * A guard keeps a match that would take most of the page's prose with it (a "subscribe" class on the wrapper
 * of the whole article): that element is skipped, and the page gets a warning naming the rule. So is a match that
 * sits in the story's run of paragraphs and holds a run of its own as long as half the page's best prose block or more
 * (a "paywall", "read-more" or "sponsored" box around the story from its second or third paragraph on, the
 * metered part of the text that a site ships whole in the page): its parent holds paragraphs of prose outside it,
 * and the strong prose ({@link StrongProse}) inside it is at least {@code minBestBlockShare} of the
 * words of the element whose child paragraphs of strong prose hold the most. Rules of the reasons in
 * {@code unguardedReasons} (a comment thread, the navigation, the footer: never the story, however long) are
 * guarded by neither: a brief of two paragraphs under a thread of forty comments has most of its page's prose in
 * the thread. Nor is an element removed that the page's JSON-LD names as its article's part behind the paywall
 * ({@link Page#isGatedArticlePart}: {@code hasPart} with a {@code cssSelector}, as Google asks sites to mark
 * subscription content), whatever its size: each paragraph of the story may carry the class. Nor is a {@code <p>}
 * of the class that most of the story's paragraphs share ({@link StoryParagraphClass}): every paragraph behind the
 * meter as {@code <p class=paywall>}, the page's JSON-LD silent; a caption's or a credit's class is never theirs.
 * Rules limited to some hosts (Adblock's {@code example.com##.promo}) apply when the page's URL is on one of them.
 */
public final class SelectorRuleFilter implements BlockFilter {
    /** A matched element holding more than this share of the page's prose words is not removed. */
    public static final double DEFAULT_MAX_PROSE_SHARE = 0.9;

    /**
     * A match in the story's run of paragraphs holding at least this share of the best prose block's strong prose
     * words (the best block itself, or a part of the story as long as half of it) is not removed.
     */
    public static final double DEFAULT_MIN_BEST_BLOCK_SHARE = 0.5;
    /** Reasons of the rules whose matches are never the story, however much prose they hold: neither guard keeps them. */
    public static final Set<String> DEFAULT_UNGUARDED_REASONS = Set.of("comment-box", "navigation", "footer");
    /** The paragraphs of the story's run and the best prose block: the structural steps' strong prose. */
    public static final StrongProse DEFAULT_STRONG_PROSE = StrongProse.DEFAULT;

    private static final String[] NO_CLASSES = new String[0];

    private final RuleSet rules;
    private final List<CompiledSelector> selectors;
    /**
     * For each tag, lower-case class and id that some rule names bare, the numbers of those rules in order: an
     * element's few names are looked up once, not each in every rule's sets.
     */
    private final Map<String, int[]> byTag;
    private final Map<String, int[]> byClass;
    private final Map<String, int[]> byId;
    private final double maxProseShare;
    private final double minBestBlockShare;
    private final Set<String> unguardedReasons;
    private final StrongProse strongProse;

    public SelectorRuleFilter(RuleSet rules) {
        this(rules, DEFAULT_MAX_PROSE_SHARE);
    }

    /** @param maxProseShare a matched element holding more than this share of the prose words is left alone */
    public SelectorRuleFilter(RuleSet rules, double maxProseShare) {
        this(rules, maxProseShare, DEFAULT_MIN_BEST_BLOCK_SHARE, DEFAULT_UNGUARDED_REASONS, DEFAULT_STRONG_PROSE);
    }

    /**
     * @param maxProseShare     a matched element holding more than this share of the prose words is left alone
     * @param minBestBlockShare a matched element in the story's run of paragraphs holding at least this share of
     *                          the best prose block's strong prose words is left alone; above 1 turns that off
     * @param unguardedReasons  reasons of the rules whose matches neither guard keeps
     * @param strongProse       the test of the paragraphs of the story's run and of the best prose block
     */
    public SelectorRuleFilter(RuleSet rules, double maxProseShare, double minBestBlockShare,
                              Set<String> unguardedReasons, StrongProse strongProse) {
        this.rules = Validate.notNull(rules, "rules");
        this.maxProseShare = Validate.fraction(maxProseShare, "maxProseShare");
        this.minBestBlockShare = Validate.atLeast(minBestBlockShare, 0.0, "minBestBlockShare");
        this.unguardedReasons = Set.copyOf(Validate.notNull(unguardedReasons, "unguardedReasons"));
        this.strongProse = Validate.notNull(strongProse, "strongProse");
        List<CompiledSelector> compiled = new ArrayList<>();
        for (Rule rule : rules.of(RuleKind.SELECTOR)) compiled.add(CompiledSelector.of(rule));
        this.selectors = List.copyOf(compiled);
        this.byTag = index(selectors, CompiledSelector::tags);
        this.byClass = index(selectors, CompiledSelector::classes);
        this.byId = index(selectors, CompiledSelector::ids);
    }

    /** For each name in the sets {@code names} gives, the numbers of the selectors whose set holds it, in order. */
    private static Map<String, int[]> index(List<CompiledSelector> selectors,
                                            Function<CompiledSelector, Set<String>> names) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < selectors.size(); i++) {
            for (String name : names.apply(selectors.get(i))) lists.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> index = new HashMap<>();
        lists.forEach((name, list) -> index.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    @Override
    public boolean process(Page page) {
        if (selectors.isEmpty()) return false;
        DomIndex dom = page.domIndex();
        if (dom == null) return false;
        Map<Element, Rule> verdicts = Ancestors.verdicts(dom);
        // the words of the kept prose inside each element, by element number
        int[] prose = new int[dom.size()];
        int total = 0;
        for (Block block : page.kept()) {
            if (block.element() == null || !block.has(Label.PROSE)) continue;
            int words = block.wordCount();
            total += words;
            for (int id : dom.ancestry(block.element())) prose[id] += words;
        }
        Guard guard = new Guard(page, dom, prose, (int) (total * maxProseShare),
                StoryParts.of(page, strongProse, minBestBlockShare));
        String host = host(page.metadata().url());
        int[] numbers = new int[selectors.size()];
        int count = 0;
        for (int i = 0; i < selectors.size(); i++) if (selectors.get(i).rule().appliesTo(host)) numbers[count++] = i;
        Applicable applicable = new Applicable(Arrays.copyOf(numbers, count), new int[selectors.size()]);
        boolean changed = false;
        Element root = null;
        for (Block block : page.kept()) {
            if (block.element() == null) continue;
            if (root == null) root = block.element().root();
            Rule rule = matching(block.element(), root, applicable, verdicts, guard);
            if (rule != null) changed |= block.remove(rule.reason());
        }
        return changed;
    }

    /**
     * The numbers of the selectors that apply to the page, in order, and for each selector the last element (by a
     * count of the elements asked) whose tag, id or a class it names bare: made per page, as filters are shared by
     * threads.
     */
    private static final class Applicable {
        private final int[] numbers;
        private final int[] namedAt;
        private int asked;

        Applicable(int[] numbers, int[] namedAt) {
            this.numbers = numbers;
            this.namedAt = namedAt;
        }

        void mark(int[] named) {
            if (named != null) for (int n : named) namedAt[n] = asked;
        }
    }

    /** What keeps a match: the kept prose words inside each element and the most a match may hold; the story's parts. */
    private record Guard(Page page, DomIndex dom, int[] prose, int limit, StoryParts story) {
    }

    /** The lower-case host of a URL ({@link WebAddress#host}), or null when there is none. */
    static String host(String url) {
        return WebAddress.host(url);
    }

    /**
     * The first selector rule matching the element or one of its ancestors; verdicts are memoised per element.
     * Selectors are evaluated against the page's root, found once ({@code Element.is} would walk up to it for
     * every element and rule).
     */
    private Rule matching(Element element, Element root, Applicable applicable,
                          Map<Element, Rule> verdicts, Guard guard) {
        return Ancestors.nearestOwn(element, verdicts, e -> ownMatch(e, root, applicable, guard));
    }

    /** The first selector rule matching the element itself, or null. */
    private Rule ownMatch(Element element, Element root, Applicable applicable, Guard guard) {
        // the element's tag, id and classes looked up once for all the rules: the rules naming one of them bare
        applicable.asked++;
        applicable.mark(byTag.get(element.normalName()));
        applicable.mark(byId.get(element.id()));
        for (String name : classes(element)) applicable.mark(byClass.get(name));
        for (int n : applicable.numbers) {
            CompiledSelector selector = selectors.get(n);
            Rule rule = selector.rule();
            if (applicable.namedAt[n] == applicable.asked || selector.othersMatch(root, element)) {
                boolean unguarded = unguardedReasons.contains(rule.reason().code());
                if (!unguarded && guard.prose()[guard.dom().id(element)] > guard.limit()) {
                    guard.page().warn("clean", "selector rule " + rule.origin() + " matched <" + element.normalName()
                            + "> holding most of the page's prose; not applied there");
                    continue;
                }
                if (!unguarded && guard.page().isGatedArticlePart(element)) {
                    guard.page().warn("clean", "selector rule " + rule.origin() + " matched <"
                            + element.normalName() + "> that the page's JSON-LD names as its article's part behind "
                            + "the paywall; not applied there");
                    continue;
                }
                if (!unguarded && guard.story().paragraphClass().isNamedClassOf(element)) {
                    // the class most of the story's paragraphs carry ("paywall" on each paragraph behind the
                    // meter) styles them; it names no box
                    continue;
                }
                if (!unguarded && guard.story().isPart(element)) {
                    guard.page().warn("clean", "selector rule " + rule.origin() + " matched <"
                            + element.normalName() + "> holding " + guard.story().describe(element)
                            + "; not applied there");
                    continue;
                }
                return rule;
            }
        }
        return null;
    }

    /** The element's class names, lower-cased, split at white space as jsoup's {@code hasClass} splits them. */
    private static String[] classes(Element element) {
        String value = element.attr("class");
        if (value.isEmpty()) return NO_CLASSES;
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean space = i == value.length() || Character.isWhitespace(value.charAt(i));
            if (space && start >= 0) {
                out.add(value.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out.toArray(NO_CLASSES);
    }

    /**
     * The parts of a selector list, split at its commas that stand outside brackets, parentheses and quotes
     * ({@code .ad, [class*=x]:not([class~=(^|\\s)y])}: a part with a pseudo-class of its own is one part; a
     * backslash escapes the char after it), or null when the list does not close what it opens (jsoup reads
     * such a list whole).
     */
    static List<String> topLevelParts(String css) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++; // an escaped char, as jsoup reads it: no bracket, quote or comma of the list
                continue;
            }
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                if (--depth < 0) return null;
            } else if (c == ',' && depth == 0) {
                parts.add(css.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0 || quote != 0) return null;
        parts.add(css.substring(start));
        return parts;
    }

    /**
     * A selector rule taken apart for speed: the parts of its comma-separated list that are a bare tag name,
     * {@code .class} or {@code #id} are looked up in sets; any other part is evaluated by jsoup. Matches exactly
     * the elements the rule's own selector matches (tags as jsoup normalises them, classes case-insensitively,
     * ids case-sensitively).
     */
    private record CompiledSelector(Rule rule, Set<String> tags, Set<String> classes, Set<String> ids,
                                    Evaluator[] others) {
        private static final Pattern NAME = Pattern.compile("[A-Za-z_-][A-Za-z0-9_-]*");
        private static final Pattern TAG = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

        static CompiledSelector of(Rule rule) {
            String css = rule.code().equals(RuleLoader.ADBLOCK_CODE)
                    ? rule.pattern().substring(rule.pattern().indexOf("##") + 2) : rule.pattern();
            Set<String> tags = new HashSet<>();
            Set<String> classes = new HashSet<>();
            Set<String> ids = new HashSet<>();
            List<Evaluator> others = new ArrayList<>();
            List<String> parts = topLevelParts(css);
            if (parts == null) {
                return new CompiledSelector(rule, Set.of(), Set.of(), Set.of(), new Evaluator[] {rule.selector()});
            }
            try {
                for (String part : parts) {
                    String p = part.strip();
                    if (p.startsWith(".") && NAME.matcher(p.substring(1)).matches()) {
                        classes.add(p.substring(1).toLowerCase(Locale.ROOT));
                    } else if (p.startsWith("#") && NAME.matcher(p.substring(1)).matches()) {
                        ids.add(p.substring(1));
                    } else if (TAG.matcher(p).matches()) {
                        tags.add(p.toLowerCase(Locale.ROOT));
                    } else {
                        others.add(QueryParser.parse(p));
                    }
                }
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                return new CompiledSelector(rule, Set.of(), Set.of(), Set.of(), new Evaluator[] {rule.selector()});
            }
            return new CompiledSelector(rule, Set.copyOf(tags), Set.copyOf(classes), Set.copyOf(ids),
                    others.toArray(new Evaluator[0]));
        }

        /**
         * Whether a part of the rule that jsoup evaluates matches the element (its bare tags, classes and ids are
         * looked up in the filter's index). An indexed loop: this runs for every rule on every element.
         */
        boolean othersMatch(Element root, Element element) {
            for (int i = 0; i < others.length; i++) if (others[i].matches(root, element)) return true;
            return false;
        }
    }
}
