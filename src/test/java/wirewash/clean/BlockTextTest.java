package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockTextTest {
    @Test
    void collapsesAllKindsOfWhitespaceAndTrims() {
        assertThat(BlockText.normalise("  a\u00A0\u00A0b\n\t c\u3000d  ")).isEqualTo("a b c d");
    }

    @Test
    void dropsInvisibleCharacters() {
        assertThat(BlockText.normalise("\uFEFFin\u00ADvis\u200Bible")).isEqualTo("invisible");
    }

    @Test
    void countsLinkCharactersAndSpacesBetweenThem() {
        BlockText text = new BlockText().append("See ", false).append("World  news", true).append(" now", false);

        assertThat(text.toString()).isEqualTo("See World news now");
        assertThat(text.linkChars()).isEqualTo("World news".length());
    }

    @Test
    void countsTheLinksSetInsideASentence() {
        BlockText text = new BlockText().append("The ", false).append("Senate", true).append(" voted on the ", false)
                .append("bill", true).append(", which ", false).append("critics", true).append(" opposed.", false);

        assertThat(text.sentenceLinkChars()).isEqualTo("Senate".length() + "bill".length() + "critics".length());
    }

    @Test
    void countsNoLinkThatEndsTheBlockAndIsMostOfItsText() {
        // a promotion of another story: the link is what the line is about, the words before it only point to it
        BlockText promo = new BlockText().append("Also read ", false)
                .append("Mayor says the transport plan will be delayed until next year", true).append(".", false);
        // a sentence that ends on a link, in words mostly its own
        BlockText sentence = new BlockText().append("The mayor said the delay was due to the ", false)
                .append("transport plan", true).append(".", false);

        assertThat(promo.linkChars()).isPositive();
        assertThat(promo.sentenceLinkChars()).isZero();
        assertThat(sentence.sentenceLinkChars()).isEqualTo("transport plan".length());
        assertThat(new BlockText(0.2).append("The mayor blamed the ", false).append("transport plan", true)
                .append(".", false).sentenceLinkChars()).isZero();
    }

    @Test
    void countsALongLinkInsideASentenceThatGoesOnAfterIt() {
        BlockText text = new BlockText().append("As ", false)
                .append("the mayor said on Monday when the plan was delayed", true).append(" it is late.", false);

        assertThat(text.sentenceLinkChars()).isEqualTo("the mayor said on Monday when the plan was delayed".length());
    }

    @Test
    void countsNoLinkThatOpensOrEndsTheBlockOrFollowsALabelOrASeparator() {
        BlockText text = new BlockText().append("Opening", true).append(" words, then ", false)
                .append("Read more:", false).append(" A headline", true).append(" | ", false)
                .append("News", true).append(", ", false).append("Sport", true).append(" and the end of ", false)
                .append("the block", true);

        assertThat(text.linkChars()).isEqualTo("Opening".length() + "A headline".length() + "News".length()
                + "Sport".length() + "the block".length());
        assertThat(text.sentenceLinkChars()).isZero();
    }

    @Test
    void takesAnAsciiCharForASpaceExactlyWhenJavaCallsItWhiteSpaceOrASpaceChar() {
        for (char c = 0; c < 128; c++) {
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertThat(BlockText.normalise("a" + c + "b")).as("char %d", (int) c).isEqualTo(space ? "a b" : "a" + c + "b");
        }
    }

    @Test
    void takesAnyOtherCodePointForASpaceExactlyWhenJavaCallsItWhiteSpaceOrASpaceChar() {
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (int c = 128; c <= Character.MAX_CODE_POINT; c++) {
            if (c == 0x200B || c == 0xFEFF || c == 0x00AD || (c <= 0xFFFF && Character.isSurrogate((char) c))) continue;
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            String inside = new String(Character.toChars(c));
            if (!BlockText.normalise("a" + inside + "b").equals(space ? "a b" : "a" + inside + "b")) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertThat(wrong).isEmpty();
    }
}
