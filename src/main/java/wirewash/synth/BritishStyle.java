package wirewash.synth;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites American wire copy the way a British desk does: British spellings from a word list ("color" →
 * "colour", "organize" → "organise", "center" → "centre", "percent" → "per cent", "toward" → "towards"),
 * honorifics without a full stop ("Mr." → "Mr") and dates day-first with the month in full ("Jan. 2" →
 * "2 January"). The list is the generator's own and deliberately wider than what dedup folds, so measurements
 * see realistic leftovers.
 */
final class BritishStyle {
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("color", "colour"), Map.entry("colors", "colours"), Map.entry("honor", "honour"),
            Map.entry("honored", "honoured"), Map.entry("labor", "labour"), Map.entry("neighbor", "neighbour"),
            Map.entry("neighbors", "neighbours"), Map.entry("neighboring", "neighbouring"),
            Map.entry("favorite", "favourite"), Map.entry("behavior", "behaviour"), Map.entry("humor", "humour"),
            Map.entry("harbor", "harbour"), Map.entry("rumor", "rumour"), Map.entry("rumors", "rumours"),
            Map.entry("organization", "organisation"), Map.entry("organizations", "organisations"),
            Map.entry("organize", "organise"), Map.entry("organized", "organised"), Map.entry("organizers", "organisers"),
            Map.entry("recognize", "recognise"), Map.entry("recognized", "recognised"), Map.entry("realize", "realise"),
            Map.entry("realized", "realised"), Map.entry("criticize", "criticise"), Map.entry("criticized", "criticised"),
            Map.entry("apologize", "apologise"), Map.entry("emphasize", "emphasise"), Map.entry("authorized", "authorised"),
            Map.entry("analyze", "analyse"), Map.entry("analyzed", "analysed"),
            Map.entry("center", "centre"), Map.entry("centers", "centres"), Map.entry("theater", "theatre"),
            Map.entry("meters", "metres"), Map.entry("kilometers", "kilometres"), Map.entry("liters", "litres"),
            Map.entry("fiber", "fibre"), Map.entry("defense", "defence"), Map.entry("offense", "offence"),
            Map.entry("license", "licence"), Map.entry("program", "programme"), Map.entry("programs", "programmes"),
            Map.entry("traveled", "travelled"), Map.entry("traveling", "travelling"), Map.entry("canceled", "cancelled"),
            Map.entry("labeled", "labelled"), Map.entry("modeling", "modelling"), Map.entry("gray", "grey"),
            Map.entry("tire", "tyre"), Map.entry("tires", "tyres"), Map.entry("aluminum", "aluminium"),
            Map.entry("aging", "ageing"), Map.entry("jewelry", "jewellery"), Map.entry("skeptical", "sceptical"),
            Map.entry("percent", "per cent"), Map.entry("toward", "towards"), Map.entry("catalog", "catalogue"),
            Map.entry("dialog", "dialogue"), Map.entry("fulfill", "fulfil"), Map.entry("enrollment", "enrolment"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final List<String> HONORIFIC_TITLES = List.of("Mr.", "Mrs.", "Ms.", "Dr.", "St.");
    private static final Pattern HONORIFIC = Pattern.compile(
            "\\b(" + HONORIFIC_TITLES.stream().map(t -> t.substring(0, t.length() - 1)).collect(Collectors.joining("|"))
            + ")\\.");
    private static final String MONTHS = "(Jan\\.|January|Feb\\.|February|March|April|May|June|July|Aug\\.|August|"
            + "Sept\\.|September|Oct\\.|October|Nov\\.|November|Dec\\.|December)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + " (\\d{1,2})\\b(?!:)");
    private static final Map<String, String> FULL_MONTH = Map.of("Jan.", "January", "Feb.", "February",
            "Aug.", "August", "Sept.", "September", "Oct.", "October", "Nov.", "November", "Dec.", "December");

    private BritishStyle() {}

    static String rewrite(String text) {
        // the patterns run only on text that holds what every match of theirs holds: most paragraphs hold neither
        String out = HONORIFIC_TITLES.stream().anyMatch(text::contains)
                ? HONORIFIC.matcher(text).replaceAll("$1") : text;
        if (out.chars().noneMatch(c -> c >= '0' && c <= '9')) return spell(out);
        Matcher m = MONTH_DAY.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String month = FULL_MONTH.getOrDefault(m.group(1), m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(2) + " " + month));
        }
        m.appendTail(sb);
        return spell(sb.toString());
    }

    private static String spell(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String british = SPELLINGS.get(word.toLowerCase(java.util.Locale.ROOT));
            if (british == null) continue; // the word stays where it is, copied with the text around it
            String replacement = Character.isUpperCase(word.charAt(0))
                    ? Character.toUpperCase(british.charAt(0)) + british.substring(1) : british;
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
