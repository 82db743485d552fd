package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulePrefilterTest {
    private static RulePrefilter prefilter(String rules) throws RuleException {
        return RulePrefilter.of(RuleLoader.parse("t.rules", rules));
    }

    @Test
    void longBlockIsRejectedWhenOnlyBoundedRulesExist() throws RuleException {
        assertThat(prefilter("line share share( this)?").mayMatch("Share " + "word ".repeat(20))).isFalse();
    }

    @Test
    void blockEndingWithACharNoMatchEndsWithIsRejected() throws RuleException {
        RulePrefilter filter = prefilter("line c [^.!]{9,149} (\\||-) (\\d{1,2} hours? ago|\\d{1,2}/\\d{1,2}/\\d{4})");
        assertThat(filter.mayMatch("Mayor defends the budget | 3 hours ago")).isTrue();
        assertThat(filter.mayMatch("Mayor defends the budget - 11/19/2019")).isTrue();
        // the same literals, but a sentence's end after them: no match can end with "."
        assertThat(filter.mayMatch("Mayor defends the budget - 3 hours ago, she said today.")).isFalse();
        // a char beyond ASCII at the end is not judged
        assertThat(filter.mayMatch("Mayor defends the budget - 3 hours ago…")).isTrue();
    }

    @Test
    void dotStarRuleIsCheckedOnTheTail() throws RuleException {
        assertThat(prefilter("caption c .*\\((ap|pa)\\)").mayMatch("word ".repeat(100) + "Smith (AP)")).isTrue();
    }

    @Test
    void dotStarRuleWithoutItsCharactersIsRejected() throws RuleException {
        assertThat(prefilter("caption c .*\\((ap|pa)\\)").mayMatch("word ".repeat(100) + "Smith AP")).isFalse();
    }

    @Test
    void dotStarRuleWithItsLiteralFarFromTheEndIsRejected() throws RuleException {
        assertThat(prefilter("caption c .*\\bfoto: \\p{L}{1,5}").mayMatch("foto: ab " + "x".repeat(300))).isFalse();
    }

    @Test
    void ruleWhoseBoundedEndHoldsALiteralFarFromTheEndIsRejected() throws RuleException {
        // a caption with its credit run on: the slash lies within the last 43 code points
        RulePrefilter filter = prefilter("caption c [^\"]{10,250}[.!?] ?/ ?(?-i:\\p{Lu})[a-z ]{1,40}");
        assertThat(filter.mayMatch("Shoppers queue outside the store on Sunday. / Reuters staff")).isTrue();
        assertThat(filter.mayMatch("Fares rose 3/4 of a point. Riders said the cuts " + "hurt ".repeat(8)))
                .isFalse();
    }

    @Test
    void ruleWhoseEndFollowsAnUnboundedRunIsCheckedOnThatRunsEnd() throws RuleException {
        // "\\s+" then one word of up to 9 letters: the line must hold a space in its last 10 code points
        RulePrefilter filter = prefilter("line c .{0,300}[.!]\\s+[a-z]{1,9}");
        assertThat(filter.mayMatch("The vote is on Friday. Tomorrow")).isTrue();
        assertThat(filter.mayMatch("The vote is on Friday. Tomorrowandtomorrowandtomorrow")).isFalse();
    }

    @Test
    void literalIsFoundInAnyCaseRe2jMatches() throws RuleException {
        assertThat(prefilter("line c .{0,20}\\bcookies\\b.{0,20}").mayMatch("We use CoO\u212Aie\u017F here")).isTrue();
    }

    @Test
    void anAlternativeIsKeyedOnItsRarestClauseAndChecksTheOthersWhenAsked() throws RuleException {
        RulePrefilter prefilter = prefilter("line c .{0,40}\\b(his|her)\\b.{0,40}\\bnewsletter\\b.{0,40}");
        LiteralScan scan = prefilter.scan();
        assertThat(scan.scan("his newsletter").clauseCount()).isEqualTo(1); // the newsletter, not the common words
        assertThat(prefilter.mayMatch("Sign up to her newsletter")).isTrue();
        assertThat(prefilter.mayMatch("Sign up to the newsletter")).isFalse();
        assertThat(prefilter.mayMatch("Her letter and his")).isFalse();
    }

    @Test
    void rarityCountsLettersAboveOtherCharsAndSingleCharsAsNone() {
        assertThat(RulePrefilter.rarity(java.util.List.of("NEWSLETTER"))).isEqualTo(40);
        assertThat(RulePrefilter.rarity(java.util.List.of("ON ", "NEWSLETTER"))).isEqualTo(9);
        assertThat(RulePrefilter.rarity(java.util.List.of(":", "NEWSLETTER"))).isZero();
    }

    @Test
    void blockWithoutTheRuleLiteralIsRejected() throws RuleException {
        assertThat(prefilter("line c .{0,20}\\bcookies\\b.{0,20}").mayMatch("We use biscuits here")).isFalse();
    }

    @Test
    void candidatesAreTheRulesThatMightMatchInRuleOrder() throws RuleException {
        assertThat(prefilter("line a (home|menu)\nline b news\nline c .*\\bhome").candidates("Home")).containsExactly(0, 2);
    }

    @Test
    void unboundedRuleIsMatchedOnTheWholeBlock() throws RuleException {
        assertThat(prefilter("line url (https?://|www\\.)\\S+").mayMatch("https://" + "a".repeat(500))).isTrue();
    }

    @Test
    void textStartingAsARuleDoesIsPassed() throws RuleException {
        assertThat(prefilter("line nav (home|menu)").mayMatch("Menu")).isTrue();
    }

    @Test
    void firstCharacterCheckRejectsOtherStarts() throws RuleException {
        assertThat(prefilter("line nav (home|menu)").mayMatch("Xmenu")).isFalse();
    }

    @Test
    void aTextWithoutAnyLiteralStillPassesRulesThatNeedNone() throws RuleException {
        RulePrefilter filter = prefilter("line a [a-z]+\nline b .*\\bhome\nline c [a-z ]+\nline d [0-9]+");

        assertThat(filter.candidates("abc")).containsExactly(0, 2);
        assertThat(filter.candidates("123")).containsExactly(3);
        // a space is no char of rule a's matches
        assertThat(filter.candidates("at home")).containsExactly(1, 2);
    }

    @Test
    void ruleOfCapitalsRejectsABlockWithALowerCaseLetter() throws RuleException {
        RulePrefilter filter = prefilter("line caps (?-i:\\p{Lu}[\\p{Lu}\\d,:-]*( [\\p{Lu}\\d,:-]+){3,})");

        assertThat(filter.mayMatch("MAN SHOT AT GAS STATION")).isTrue();
        assertThat(filter.mayMatch("MAN SHOT AT GAS STATIoN")).isFalse();
        assertThat(filter.mayMatch("Man shot at gas station")).isFalse();
    }

    @Test
    void caseInsensitiveRuleTakesEitherCaseAndTheCharsThatFoldOntoAscii() throws RuleException {
        RulePrefilter filter = prefilter("line c (share|kin)( \\d+)?");

        assertThat(filter.mayMatch("SHARE 12")).isTrue();
        assertThat(filter.mayMatch("\u017fhare")).isTrue();
        assertThat(filter.mayMatch("share.")).isFalse();
        assertThat(filter.mayMatch("sharex")).isFalse();
    }

    @Test
    void charsOutsideAsciiAreLeftToRe2j() throws RuleException {
        // é is no ASCII char: only ASCII chars outside a rule's matches rule a block out
        assertThat(prefilter("line c [a-z]{1,10}").mayMatch("caf\u00e9")).isTrue();
        assertThat(prefilter("line c [a-z]{1,10}").mayMatch("cafe!")).isFalse();
    }

    @Test
    void ruleWithADotSaysNothingOfItsChars() throws RuleException {
        assertThat(prefilter("line c ab.").mayMatch("ab!")).isTrue();
    }

    /** Upper-cased lines of the tune pages (as headlines in capitals are), against the project's own rules. */
    @Test
    void noRuleOfTheProjectIsLeftOutOnUpperCasedLinesOfTheTunePages() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.load(java.nio.file.Path.of("rules")).all().stream()
                .filter(rule -> rule.kind().isRegex()).toList());
        java.util.Random random = new java.util.Random(13);
        int matched = 0;
        for (String id : wirewash.quality.Bench.ids("tune").subList(15, 30)) {
            for (String line : wirewash.quality.Bench.text(id).split("\n")) {
                String upper = line.strip().toUpperCase(java.util.Locale.ROOT);
                if (upper.isEmpty()) continue;
                matched += assertNoMatchingRuleLeftOut(rules, upper, random);
            }
        }
        assertThat(matched).isGreaterThan(50);
    }

    /** Every line of the benchmark's text pages, against the project's own rules: no matching rule left out. */
    @Test
    void noRuleOfTheProjectThatMatchesALineIsLeftOut() throws Exception {
        java.util.List<Rule> lines = RuleLoader.load(java.nio.file.Path.of("rules")).all().stream()
                .filter(rule -> rule.kind().isRegex()).toList();
        java.util.Map<RuleKind, java.util.List<Rule>> byKind = new java.util.EnumMap<>(RuleKind.class);
        for (Rule rule : lines) byKind.computeIfAbsent(rule.kind(), k -> new java.util.ArrayList<>()).add(rule);
        java.util.Map<RuleKind, RulePrefilter> filters = new java.util.EnumMap<>(RuleKind.class);
        byKind.forEach((kind, rules) -> filters.put(kind, RulePrefilter.of(rules)));
        int matched = 0;
        try (var pages = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/bench/text"))) {
            for (java.nio.file.Path page : pages.sorted().limit(20).toList()) {
                String dump;
                try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(page))) {
                    dump = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                for (String line : dump.split("\n")) {
                    String text = line.strip();
                    for (var entry : byKind.entrySet()) {
                        int[] candidates = filters.get(entry.getKey()).candidates(text);
                        for (int r = 0; r < entry.getValue().size(); r++) {
                            if (!entry.getValue().get(r).matches(text)) continue;
                            matched++;
                            assertThat(candidates).as("%s rule %d on %s", entry.getKey(), r, text).contains(r);
                        }
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    /** Endings the project's caption, byline and prompt rules read at a line's end, and what may follow them. */
    private static final String[] ENDINGS = {"Jane Doe/AP", "Jane Doe / Reuters", "Mark Lee/Getty Images",
        "© AFP via Getty Images", "(Jane Doe/AFP via Getty Images)", "(AP Photo/Jane Doe)", "Photo by Jane Doe",
        "Photo: Jane Doe", "Image: Hanwha Q Cells", "Source: Reuters", "Handout", "| 3 hours ago",
        "- Nov 19, 2019", "— 11/19/2019", "Updated 1 days ago", "2 min read", "17 comments", "Follow her on Twitter",
        "She tweets at @jdoe.", "By Jane Doe, Staff Writer", "Jane Doe, AP Auto Writer", "Jane Doe@janedoe",
        "Jane Doe @janedoe / 2 days", "you agree to our use of cookies", "in your inbox.", "Getty Images",
        "Kathrin Ziegler/Getty", "J.R.R. Tolkien/AP", "and/or", "https://example.com/a/b", "(Pa)"};
    private static final String[] WORDS = {"the", "mayor", "said", "on", "Sunday", "Shoppers", "queue", "outside",
        "by", "photo", "and", "her", "follow", "Jane", "Doe", "/", "AP", "(", ")", "\"", "“", "”", "’", "-", "|",
        "2019", "11/19", "é", "Ünal", "Łódź", "Twitter", "ago", "hours", "©", "@jdoe", "."};

    /**
     * Seeded random lines with a rule's ending set at every distance from the line's end (prose or a sentence's
     * end before it, random words after it, or none), against the project's rules whose alternatives say what their
     * end holds ({@link com.google.re2j.MatchReach.Tail}): every rule RE2J matches is a candidate, and the rule
     * set gives the first of each kind. The endings are what those rules match, so the line's end is where an
     * alternative's end is looked for.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void noRuleOfTheProjectIsLeftOutWhateverFollowsTheEndItReads(long seed) throws Exception {
        java.util.List<Rule> tailed = RuleLoader.load(java.nio.file.Path.of("rules")).all().stream()
                .filter(rule -> rule.kind().isRegex()).filter(rule -> com.google.re2j.MatchReach
                        .branches(rule.pattern(), true).stream().anyMatch(branch -> !branch.tails().isEmpty()))
                .toList();
        assertThat(tailed).hasSizeGreaterThan(50);
        RuleSet rules = new RuleSet(tailed);
        java.util.Random random = new java.util.Random(seed);
        int matched = 0;
        for (int n = 0; n < 1_500; n++) {
            StringBuilder text = new StringBuilder();
            int before = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(12);
            for (int w = 0; w < before; w++) text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            if (random.nextBoolean()) text.append("Shoppers queue outside on Sunday").append(".!?".charAt(random.nextInt(3)));
            if (random.nextBoolean()) text.append(' ');
            text.append(ENDINGS[random.nextInt(ENDINGS.length)]);
            int after = random.nextInt(3) == 0 ? random.nextInt(8) : 0;
            for (int w = 0; w < after; w++) text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            matched += assertNoMatchingRuleLeftOut(rules, text.toString().strip(), random);
        }
        assertThat(matched).isGreaterThan(300);
    }

    /** Rules of every kind whose literals are single chars (a colon, a slash, k, µ, ſ, i) or start with one. */
    private static final String SINGLE_CHAR_RULES = String.join("\n",
            "line a .*:",
            "line b [a-z ]{0,8}:\\s*\\w{1,3}",
            "line c .{0,6}\\bk\\b.{0,4}",
            "line d (a ){1,2}a",
            "line e .*\\(.{0,4}/.{0,4}\\)",
            "line f \u00b5+s?",
            "line g .{0,3}\u017f.{0,3}:.{0,3}",
            "caption h [\\p{L} ]{1,6}/[\\p{L} ]{1,6}",
            "caption i .*[.!?]\\s*(k|s)",
            "tail j (about|more) ?:.{0,10}",
            "tail k i{1,3}",
            "byline l by:?\\s+(\\p{L}+)",
            "line m .*\\b\u017ft",
            "line n x.*i",
            "line o [^:]{0,5}:[^/]{0,5}/.*",
            "line p .*k{2}",
            "line q (?-i:K).{0,3}",
            "line r .*(?-i:k)",
            "line s [0-9]{1,2}:[0-9]{2}",
            "caption t .*\\b\u03c3\\b.{0,2}",
            "line u \u00df.{0,3}",
            "line v .*\u0130",
            "line w \u0131.*",
            "tail x .{0,3}[:/].{0,3}[()].{0,3}",
            "caption y .*\\(.{0,2}\\) ?(k|\u00b5)",
            "byline z (k|s):(i|\u00b5).*");
    private static final String[] PIECES = {"a", "b", "k", "K", "\u212a", "s", "S", "\u017f", "i", "I", "\u0131",
            "\u0130", "\u00b5", "\u039c", "\u03bc", "\u00df", "\u1e9e", "\u03c3", "\u03a3", "\u03c2", ":", "/", "(", ")",
            " ", " ", " ", ".", "!", "?", "x", "0", "1", "t", "\t", "\n", "\u00e9", "\ud83d\ude00", "about", "MORE",
            "by ", "\u017ft", "a a", "12:30"};

    /**
     * Random short and long texts of those chars and their case variants: every rule that matches one is among
     * the candidates, and the rule set (one scan shared by the kinds, asked in random order) gives the first
     * matching rule of each kind, as matching every rule would.
     */
    @Test
    void noSingleCharRuleThatMatchesARandomTextIsLeftOut() throws RuleException {
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", SINGLE_CHAR_RULES));
        java.util.Random random = new java.util.Random(20240611);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            if (round % 8 == 0) text.append("word ".repeat(random.nextInt(200)));
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) text.append(PIECES[random.nextInt(PIECES.length)]);
            matched += assertNoMatchingRuleLeftOut(rules, text.toString(), random);
        }
        assertThat(matched).isGreaterThan(2000);
    }

    /** More than 64 single-char clauses: those past the 64th are found by the automaton. */
    @Test
    void noRuleIsLeftOutWhenSingleCharClausesAreMoreThan64() throws RuleException {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789:/()@.!?,|-#$%&*+;<=>[]^_{}~'\u00b5\u017f\u0131\u0130\u00df";
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < chars.length(); i++) {
            String quoted = com.google.re2j.Pattern.quote(chars.substring(i, i + 1));
            lines.append(i % 2 == 0 ? "line" : "caption").append(" r").append(i).append(" .{0,3}").append(quoted)
                    .append(i % 3 == 0 ? ".*" : ".{0,3}").append('\n');
        }
        RuleSet rules = new RuleSet(RuleLoader.parse("t.rules", lines.toString()));
        assertThat(rules.size()).isGreaterThan(64);
        java.util.Random random = new java.util.Random(7);
        int matched = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)]
                        : String.valueOf(chars.charAt(random.nextInt(chars.length()))));
            }
            matched += assertNoMatchingRuleLeftOut(rules, text.toString(), random);
        }
        assertThat(matched).isGreaterThan(1000);
    }

    /**
     * The project's rules on the lines of the tune pages, and on pairs of lines joined, each also with its case
     * changed and k, s, µ written as the Kelvin sign, long s and Greek mu: verdicts as matching every rule gives.
     */
    @Test
    void noRuleOfTheProjectIsLeftOutOnCaseVariantsOfTheTunePagesLines() throws Exception {
        RuleSet rules = new RuleSet(RuleLoader.load(java.nio.file.Path.of("rules")).all().stream()
                .filter(rule -> rule.kind().isRegex()).toList());
        java.util.Random random = new java.util.Random(11);
        int matched = 0;
        for (String id : wirewash.quality.Bench.ids("tune").subList(0, 15)) {
            String[] lines = wirewash.quality.Bench.text(id).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) continue;
                String joined = i + 1 < lines.length ? line + "\n" + lines[i + 1].strip() : line;
                for (String text : new String[] {variant(line, random), variant(joined, random)}) {
                    matched += assertNoMatchingRuleLeftOut(rules, text, random);
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    /** The text with some chars in the other case, or as another char that folds to them. */
    /** Each kind's prefilter, built once per list of rules. */
    private final java.util.Map<java.util.List<Rule>, RulePrefilter> prefilters = new java.util.IdentityHashMap<>();

    private static String variant(String text, java.util.Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int dice = random.nextInt(4);
            if (dice == 0 && (c == 'k' || c == 'K')) out.append('\u212a');
            else if (dice == 0 && (c == 's' || c == 'S')) out.append('\u017f');
            else if (dice == 0 && c == '\u00b5') out.append('\u03bc');
            else if (dice == 1) out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            else out.append(c);
        }
        return out.toString();
    }

    /**
     * Checks every rule of every kind against one text: a rule that matches is a candidate of its kind's
     * prefilter, and the first of each kind is what the rule set gives, kinds asked in random order of one
     * {@link RuleText}. Returns how many rules matched.
     */
    private int assertNoMatchingRuleLeftOut(RuleSet set, String text, java.util.Random random) {
        RuleText ruleText = new RuleText(text);
        java.util.List<RuleKind> kinds = new java.util.ArrayList<>(java.util.List.of(RuleKind.values()));
        kinds.removeIf(kind -> !kind.isRegex());
        java.util.Collections.shuffle(kinds, random);
        int matched = 0;
        for (RuleKind kind : kinds) {
            java.util.List<Rule> ofKind = set.of(kind);
            int[] candidates = prefilters.computeIfAbsent(ofKind, RulePrefilter::of).candidates(text);
            Rule first = null;
            for (int r = 0; r < ofKind.size(); r++) {
                if (!ofKind.get(r).matches(text)) continue;
                matched++;
                if (first == null) first = ofKind.get(r);
                assertThat(candidates).as("%s %s on <%s>", kind, ofKind.get(r).pattern(), text).contains(r);
            }
            assertThat(set.firstMatch(kind, ruleText)).as("%s on <%s>", kind, text).isEqualTo(first);
        }
        return matched;
    }

    /**
     * The candidates chosen with the found clauses' bits give what the plain loop over every found clause gave, for
     * every kind of the project's rules sharing one scan, on the lines of 20 benchmark pages, their case variants,
     * and 20,000 seeded random splices of their pieces.
     */
    @Test
    void candidatesAreWhatThePlainLoopChose() throws Exception {
        java.util.Map<RuleKind, java.util.List<Rule>> byKind = new java.util.EnumMap<>(RuleKind.class);
        for (Rule rule : RuleLoader.load(java.nio.file.Path.of("rules")).all()) {
            if (rule.kind().isRegex()) byKind.computeIfAbsent(rule.kind(), k -> new java.util.ArrayList<>()).add(rule);
        }
        RulePrefilter[] prefilters = RulePrefilter.shared(new java.util.ArrayList<>(byKind.values()));
        java.util.List<String> lines = new java.util.ArrayList<>();
        try (var pages = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/bench/text"))) {
            for (java.nio.file.Path page : pages.sorted().limit(20).toList()) {
                try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(page))) {
                    String dump = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    for (String line : dump.split("\n")) if (!line.isBlank()) lines.add(line.strip());
                }
            }
        }
        java.util.Random random = new java.util.Random(44);
        java.util.List<String> texts = new java.util.ArrayList<>(lines);
        for (String line : lines) texts.add(variant(line, random));
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                String line = lines.get(random.nextInt(lines.size()));
                int from = random.nextInt(line.length());
                text.append(line, from, from + random.nextInt(Math.min(200, line.length() - from) + 1));
                if (random.nextBoolean()) text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        int candidates = 0;
        for (String text : texts) {
            long codePoints = text.codePointCount(0, text.length());
            int from = -1;
            for (RulePrefilter prefilter : prefilters) {
                int start = prefilter.scanStart(text, codePoints);
                if (start >= 0) from = from < 0 ? start : Math.min(from, start);
            }
            LiteralScan scan = prefilters[0].scan();
            LiteralScan.Found found = from < 0 ? LiteralScan.Found.NONE : scan.scan(text, from);
            LiteralScan.Found plainFound = from < 0 ? LiteralScan.Found.NONE : scan.scan(text, from);
            for (RulePrefilter prefilter : prefilters) {
                int[] chosen = prefilter.candidates(text, codePoints, found);
                assertThat(chosen).as(text).containsExactly(prefilter.candidatesPlain(text, codePoints, plainFound));
                candidates += chosen.length;
            }
        }
        assertThat(candidates).isGreaterThan(1000);
    }
}
