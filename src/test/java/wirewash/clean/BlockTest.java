package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockTest {
    @Test
    void labelsComeInTheirDeclaredOrderWhateverTheOrderTheyWereGiven() {
        Block block = Block.line(0, "Most read", 1);
        block.label(Label.TITLE);
        block.label(Label.CAPTION);
        block.label(Label.PROSE);
        block.label(Label.TITLE_LIKE);
        assertThat(block.labels()).containsExactly(Label.PROSE, Label.TITLE_LIKE, Label.CAPTION, Label.TITLE);
        assertThat(Block.line(1, "", 1).labels()).isEmpty();
    }

    @Test
    void theStopwordTallyFollowsTheText() {
        Block block = Block.line(0, "Troops leave", 1);
        Stopwords english = Stopwords.forLanguage("en");
        assertThat(english.count(block.stopwordTally())).isZero();
        block.setText("Troops leave at the end of the week");
        assertThat(english.count(block.stopwordTally())).isEqualTo(english.count(block.words()));
        assertThat(english.count(block.stopwordTally())).isEqualTo(4);
    }

    @Test
    void contentStemsAreKeptForOneStopwordListUntilTheTextChanges() {
        Block block = Block.line(0, "Troops leave the city", 1);
        Stopwords english = Stopwords.forLanguage("en");
        Stopwords german = Stopwords.forLanguage("de");
        assertThat(block.contentStems(english)).isNull();
        String[] stems = {"troop", "leave", "city"};
        block.keepContentStems(english, stems);
        assertThat(block.contentStems(english)).isSameAs(stems);
        assertThat(block.contentStems(german)).isNull();
        assertThat(block.contentStems(null)).isNull();
        block.setText("Troops stay");
        assertThat(block.contentStems(english)).isNull();
    }

    @Test
    void theDateFollowsTheText() {
        Block block = Block.line(0, "Posted 12 March 2024, 10:15", 1);
        assertThat(block.date()).isEqualTo(DateLines.find(block.text())).contains("2024-03-12");
        assertThat(block.date()).isSameAs(block.date());
        block.setText("Troops leave the city");
        assertThat(block.date()).isEmpty();
        for (String text : List.of("2019-07-04", "July 4, 2019 | Reuters", "04/07/2019", "In 2019 the city grew", "")) {
            block.setText(text);
            assertThat(block.date()).as(text).isEqualTo(DateLines.find(text));
        }
    }

    private static final String[] PIECES = {"the", "The", "of", "und", "Die", "DER", "über", "ÜBER", "и", "в",
        "не", "και", "το", "ve", "bir", "İÇİN", "ı", "daß", "DASS", "straße", "για", "ΣΟΦΟΣ", "政府", "かな", "😀",
        "𝐀𝐁", "Ｔｈｅ", "le", "la", "les", "de", "que", "troops", "budget", "", " ", ",", "-"};

    /**
     * Seeded edits of a page's blocks as the join filters make them (a text replaced, emptied, a block joined into
     * another, a tally read in between): every block's tally is always that of its text's words as they are now.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void theTallyIsAlwaysThatOfTheCurrentText(long seed) {
        Random random = new Random(seed);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 12; i++) blocks.add(Block.line(i, randomText(random), 1));
        for (int step = 0; step < 500; step++) {
            Block block = blocks.get(random.nextInt(blocks.size()));
            switch (random.nextInt(4)) {
                case 0 -> block.setText(randomText(random));
                case 1 -> block.setText("");
                case 2 -> {
                    Block target = blocks.get(random.nextInt(blocks.size()));
                    if (target != block && target.isKept() && block.isKept()) block.joinInto(target);
                }
                default -> block.stopwordTally();
            }
            for (Block b : blocks) {
                List<String> words = TextMeasure.words(b.text());
                Stopwords.Tally tally = b.stopwordTally();
                assertThat(tally.tokens()).as(b.text()).isEqualTo(words.size());
                for (String language : Stopwords.languages()) {
                    Stopwords list = Stopwords.forLanguage(language);
                    assertThat(list.count(tally)).as("%s in %s", language, b.text()).isEqualTo(list.count(words));
                }
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(10); i > 0; i--) out.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
        return out.toString().strip();
    }
}
