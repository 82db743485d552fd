package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchFurnitureTest {
    @Test
    void namesBlocksFoundInEnoughDocumentsWithCaseAndPunctuationFolded() {
        BatchFurniture furniture = BatchFurniture.builder(3)
                .add(List.of("Sign up for our newsletter!"))
                .add(List.of("SIGN UP  for our newsletter"))
                .add(List.of("sign up for our newsletter", "Only here"))
                .build();
        assertThat(furniture.isFurniture("Sign up for our newsletter.")).isTrue();
    }

    @Test
    void aLargeBatchFindsEachOfItsManyFurnitureLinesWithItsCountAndNoOtherLine() {
        // thousands of lines in the table: many probes run into a neighbour's slot
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int doc = 0; doc < 8; doc++) {
            List<String> lines = new java.util.ArrayList<>();
            for (int line = 0; line < 5_000; line++) if (line % 8 >= doc % 4) lines.add("Site line " + line);
            lines.add("Only in document " + doc);
            builder.add(lines);
        }
        BatchFurniture furniture = builder.build();

        assertThat(furniture.size()).isEqualTo(5_000 * 7 / 8);
        for (int line = 0; line < 5_000; line++) {
            int documents = 0;
            for (int doc = 0; doc < 8; doc++) if (line % 8 >= doc % 4) documents++;
            BatchFurniture.Occurrence occurrence = furniture.occurrence("Site line " + line);
            if (documents >= 3) assertThat(occurrence).as("line %d", line).isNotNull()
                    .extracting(BatchFurniture.Occurrence::documents).isEqualTo(documents);
            else assertThat(occurrence).as("line %d", line).isNull();
        }
        assertThat(furniture.occurrence("Only in document 1")).isNull();
        assertThat(furniture.occurrence("A line no document has")).isNull();
        assertThat(furniture.occurrence("...")).as("no words").isNull();
    }

    @Test
    void countsABlockRepeatedInsideOneDocumentOnce() {
        BatchFurniture furniture = BatchFurniture.builder(2).add(List.of("Share", "Share", "Share")).build();
        assertThat(furniture.isFurniture("Share")).isFalse();
    }

    @Test
    void mergedSharesCountLikeOneBuilder() {
        java.util.List<java.util.List<String>> docs = java.util.List.of(java.util.List.of("Share", "Home"),
                java.util.List.of("Share"), java.util.List.of("Share", "Home"), java.util.List.of("Home"));
        BatchFurniture.Builder one = BatchFurniture.builder();
        docs.forEach(one::add);
        BatchFurniture.Builder left = BatchFurniture.builder().add(docs.get(0)).add(docs.get(1));
        BatchFurniture.Builder right = BatchFurniture.builder().add(docs.get(2)).add(docs.get(3));
        BatchFurniture merged = left.merge(right).build();
        BatchFurniture whole = one.build();
        org.assertj.core.api.Assertions.assertThat(merged.documents()).isEqualTo(whole.documents()).isEqualTo(4);
        org.assertj.core.api.Assertions.assertThat(merged.isFurniture("Share")).isEqualTo(whole.isFurniture("Share")).isTrue();
        org.assertj.core.api.Assertions.assertThat(merged.isFurniture("Home")).isEqualTo(whole.isFurniture("Home")).isTrue();
    }

    @Test
    void countsEveryBlockOfALargeBatch() {
        BatchFurniture.Builder builder = BatchFurniture.builder(2);
        for (int doc = 0; doc < 2; doc++) {
            List<String> blocks = new java.util.ArrayList<>();
            for (int i = 0; i < 5000; i++) blocks.add("block " + i);
            builder.add(blocks);
        }
        BatchFurniture furniture = builder.add(List.of("once")).build();
        assertThat(furniture.size()).isEqualTo(5000);
        assertThat(furniture.isFurniture("Block 4999")).isTrue();
        assertThat(furniture.isFurniture("once")).isFalse();
    }

    @Test
    void aTextDumpCountsAsItsBlocks() {
        String dump = "Home | News\n\n  Sign up\u00a0 for  our newsletter!\r\n\t\n---\nStory text here.\nHome | News";
        List<String> blocks = new java.util.ArrayList<>();
        for (Block block : TextBlocks.split(dump)) blocks.add(block.text());
        BatchFurniture.Builder byBlocks = BatchFurniture.builder(2);
        BatchFurniture.Builder byDump = BatchFurniture.builder(2);
        for (int i = 0; i < 2; i++) {
            byBlocks.add(blocks);
            byDump.addTextDump(dump);
        }
        BatchFurniture expected = byBlocks.build();
        BatchFurniture actual = byDump.build();
        assertThat(actual.size()).isEqualTo(expected.size()).isEqualTo(3);
        assertThat(actual.documents()).isEqualTo(2);
        for (String block : blocks) assertThat(actual.isFurniture(block)).isEqualTo(expected.isFurniture(block));
    }

    @Test
    void aFlatTextDumpCountsAsTheSentencesItIsCutInto() {
        String menu = "Home | News | Sport | Weather | Business | Culture | Travel";
        String story = "The council voted on Monday to close the old bridge to all traffic until repairs are done. ";
        String dump = menu + " " + story.repeat(12) + "Terms of use.";
        List<String> blocks = new java.util.ArrayList<>();
        for (Block block : TextBlocks.split(dump)) blocks.add(block.text());
        assertThat(blocks).contains(menu).hasSizeGreaterThan(3);
        BatchFurniture.Builder byDump = BatchFurniture.builder(2);
        for (int i = 0; i < 2; i++) byDump.addTextDump(dump);
        BatchFurniture furniture = byDump.build();
        assertThat(furniture.isFurniture(menu)).isTrue();
        assertThat(furniture.isFurniture(dump)).isFalse();
    }

    @Test
    void blocksOfTheSameDocumentsShareTheirSampleAndAMenuOnOtherPagesDoesNot() {
        BatchFurniture.Builder builder = BatchFurniture.builder(3);
        for (int outlet = 0; outlet < 3; outlet++) {
            builder.add(List.of("Menu of outlet " + outlet, "The wire story's paragraph.", "A subheading"));
        }
        for (int page = 0; page < 20; page++) builder.add(List.of("Menu of outlet 0", "Another story " + page));
        BatchFurniture furniture = builder.build();

        BatchFurniture.Occurrence paragraph = furniture.occurrence("The wire story's paragraph.");
        BatchFurniture.Occurrence subheading = furniture.occurrence("A SUBHEADING");
        BatchFurniture.Occurrence menu = furniture.occurrence("Menu of outlet 0");
        assertThat(paragraph.documents()).isEqualTo(3);
        assertThat(menu.documents()).isEqualTo(21);
        assertThat(subheading.sameDocuments(paragraph)).isTrue();
        assertThat(furniture.occurrence("Another story 1")).isNull();
        assertThat(furniture.occurrence("Menu of outlet 1")).isNull();
        // the menu's 21 documents hold one of the story's three: the same least key with probability 1/23
        assertThat(menu.sameDocuments(paragraph)).isFalse();
    }

    @Test
    void theSampleDependsOnNeitherTheOrderOfDocumentsNorHowTheyAreShared() {
        List<List<String>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) docs.add(List.of("Home", "Story " + (i % 7), "Section " + (i % 3)));
        BatchFurniture.Builder forwards = BatchFurniture.builder();
        docs.forEach(forwards::add);
        BatchFurniture.Builder left = BatchFurniture.builder();
        BatchFurniture.Builder right = BatchFurniture.builder();
        for (int i = docs.size() - 1; i >= 0; i--) (i % 2 == 0 ? left : right).add(docs.get(i));
        BatchFurniture a = forwards.build();
        BatchFurniture b = right.merge(left).build();
        for (String text : List.of("Home", "Story 3", "Section 1", "Section 2")) {
            assertThat(b.occurrence(text)).isEqualTo(a.occurrence(text)).isNotNull();
        }
    }

    /**
     * Seeded texts of ASCII and other letters, digits, spaces and marks: the hash is FNV-1a of the text with each
     * letter or digit lowered by the JDK and each run of other chars one space between words, as documented.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void theHashIsFnvOfTheFoldedText(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String chars = "aZqQ09 .,;'!-\t\u00e9\u00c9\u00df\u0130\u0131\u03a3\u6771\u00a0\u2019\u0416\u212a\ud83d\ude00";
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) text.append(chars.charAt(random.nextInt(chars.length())));
            String value = text.toString();
            StringBuilder folded = new StringBuilder();
            boolean pending = false;
            for (char c : value.toCharArray()) {
                if (!Character.isLetterOrDigit(c)) {
                    pending = true;
                    continue;
                }
                if (pending && folded.length() > 0) folded.append(' ');
                folded.append(Character.toLowerCase(c));
                pending = false;
            }
            long expected = 0xcbf29ce484222325L;
            for (char c : folded.toString().toCharArray()) expected = (expected ^ c) * 0x100000001b3L;
            assertThat(BatchFurniture.hash(value)).as(value).isEqualTo(folded.length() == 0 ? 0 : expected);
        }
    }
}
