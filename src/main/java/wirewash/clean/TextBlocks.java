package wirewash.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain-text dump into blocks, one per non-blank line, each remembering how many blank lines came
 * before it: scrapers put a blank line between paragraphs and none between the lines of a caption or a list.
 */
public final class TextBlocks {
    private TextBlocks() {}

    public static List<Block> split(String content) {
        List<Block> blocks = new ArrayList<>();
        int blankLines = 1;
        for (String raw : content.split("\n", -1)) {
            String text = normaliseSpace(raw);
            if (text.isEmpty()) {
                blankLines++;
                continue;
            }
            blocks.add(Block.line(blocks.size(), text, blankLines));
            blankLines = 0;
        }
        return blocks;
    }

    /** Collapses runs of white space (including no-break spaces) to one space and trims. */
    public static String normaliseSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
