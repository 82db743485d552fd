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
