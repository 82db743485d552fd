package wirewash.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import wirewash.internal.Validate;

/**
 * Reads a page saved as Markdown (by an HTML-to-Markdown converter or a crawl service) as the plain-text dump the
 * text chain cleans: the page's visible text, one block a line, paragraphs apart by a blank line. Links keep their
 * text and lose their address; images, whose alternative text a page does not show, are left out; headings, list
 * items, quotes and table cells keep their text without their marks; emphasis marks and backslash escapes go;
 * code keeps its lines. A paragraph hard-wrapped over several lines becomes one line again. Parsed by commonmark-java
 * (CommonMark, with GitHub's pipe tables). Immutable and thread-safe.
 *
 * <p>{@link #looksLikeMarkdown} tells a Markdown page from a plain-text dump by its links: a dump holds none written
 * {@code [text](address)}, while a converted page's navigation alone holds dozens.
 */
public final class MarkdownText {
    /** Inline links or images ({@code [text](address)}), or reference definitions, that make a text Markdown. */
    public static final int DEFAULT_MIN_LINKS = 3;
    /** How far into a text to count them. */
    public static final int DEFAULT_SNIFF_CHARS = 16 * 1024;

    /** An inline link or image: bracketed text, then an address without spaces (or in angle brackets) and a title. */
    private static final Pattern INLINE_LINK = Pattern.compile(
            "\\[[^\\]\\n]*\\]\\((?:<[^>\\n]*>|[^)\\s]+)(?:\\s+\"[^\"\\n]*\")?\\)");
    /** A reference definition at a line's start: {@code [label]: address}. */
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final int minLinks;
    private final int sniffChars;

    public MarkdownText() {
        this(DEFAULT_MIN_LINKS, DEFAULT_SNIFF_CHARS);
    }

    public MarkdownText(int minLinks, int sniffChars) {
        Validate.isTrue(minLinks >= 1, "minLinks must be at least 1");
        Validate.isTrue(sniffChars >= 1, "sniffChars must be at least 1");
        this.minLinks = minLinks;
        this.sniffChars = sniffChars;
    }

    /** Whether the text's first {@code sniffChars} chars hold at least {@code minLinks} Markdown links. */
    public boolean looksLikeMarkdown(String text) {
        Validate.notNull(text, "text");
        String head = text.length() > sniffChars ? text.substring(0, sniffChars) : text;
        // most texts are dumps with no "](" and no "]:" at all: answered without a regex
        if (head.indexOf("](") < 0 && head.indexOf("]:") < 0) return false;
        int found = count(INLINE_LINK.matcher(head));
        return found >= minLinks || found + count(REFERENCE_DEFINITION.matcher(head)) >= minLinks;
    }

    private int count(Matcher matcher) {
        int n = 0;
        while (n < minLinks && matcher.find()) n++;
        return n;
    }

    /** The text as a plain-text dump when it {@link #looksLikeMarkdown}; else the text unchanged. */
    public String decode(String text) {
        return looksLikeMarkdown(text) ? toTextDump(text) : text;
    }

    /** The Markdown read as a plain-text dump: one block a line, paragraphs apart by a blank line. */
    public String toTextDump(String markdown) {
        Validate.notNull(markdown, "markdown");
        Dump dump = new Dump();
        dump.blocks(PARSER.parse(markdown));
        return dump.text();
    }

    /** The lines of a dump, written as the parsed tree is walked. */
    private static final class Dump {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();

        void blocks(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) block(node);
        }

        private void block(Node node) {
            if (node instanceof Heading || node instanceof Paragraph) {
                inline(node);
                endLine();
                if (!(node instanceof Paragraph) || !inTightList(node)) blank();
            } else if (node instanceof ListBlock) {
                blocks(node);
                blank();
            } else if (node instanceof ListItem || node instanceof BlockQuote) {
                blocks(node);
            } else if (node instanceof FencedCodeBlock code) {
                literalLines(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                literalLines(code.getLiteral());
            } else if (node instanceof HtmlBlock html) {
                line.append(Jsoup.parseBodyFragment(html.getLiteral()).text());
                endLine();
                blank();
            } else if (node instanceof TableBlock) {
                cells(node);
                blank();
            } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
                endLine();
            } else {
                blocks(node);
            }
        }

        /** Each cell of a table on its own line, as a dump of the page's HTML has them. */
        private void cells(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableCell) {
                    inline(child);
                    endLine();
                } else {
                    cells(child);
                }
            }
        }

        private static boolean inTightList(Node paragraph) {
            Node item = paragraph.getParent();
            return item instanceof ListItem && item.getParent() instanceof ListBlock list && list.isTight();
        }

        /** The text of a block's inline content: links as their text, images left out, a hard break a new line. */
        private void inline(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text text) {
                    line.append(text.getLiteral());
                } else if (node instanceof Code code) {
                    line.append(code.getLiteral());
                } else if (node instanceof SoftLineBreak) {
                    line.append(' ');
                } else if (node instanceof HardLineBreak) {
                    endLine();
                } else if (node instanceof Image || node instanceof HtmlInline) {
                    // an image's alternative text is not shown on the page; a tag is markup
                    continue;
                } else {
                    inline(node);
                }
            }
        }

        private void literalLines(String literal) {
            endLine();
            for (String l : literal.split("\n")) {
                line.append(l);
                endLine();
            }
            blank();
        }

        /** Ends the line being written: its white space folded; nothing when it holds none but white space. */
        private void endLine() {
            String text = WHITE_SPACE.matcher(line).replaceAll(" ").strip();
            line.setLength(0);
            if (!text.isEmpty()) lines.add(text);
        }

        private void blank() {
            endLine();
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) lines.add("");
        }

        String text() {
            endLine();
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        }
    }
}
