package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Label;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.clean.Stopwords;
import wirewash.model.Reason;

class PullQuoteFilterTest {
    private static final String FIRST = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";
    private static final String SECOND = "<p>Members agreed that the library would open next spring, and nobody "
            + "bothered mentioning that the town has no money to run it, a problem for the next council.</p>";
    private static final String LAST = "<p>The vote on the library is set for the first week of March, the clerk "
            + "said, once the staff had been hired and the plans approved.</p>";

    private static Page page(String middle) {
        Page page = Pages.html("<div class=body>" + FIRST + SECOND + middle + LAST + "</div>");
        new ProseLabelFilter().process(page);
        return page;
    }

    private static void remove(Page page, String prefix, String code, String origin) {
        Pages.block(page, prefix).remove(new Reason(code, origin, "test"));
    }

    @Test
    void keepsAgainAnAsideBetweenTheParagraphsThatRepeatsTheStorysWords() {
        Page page = page("<aside class=pullquote><p>Nobody bothered mentioning that the town has no money to run it"
                + "</p></aside>");
        remove(page, "Nobody bothered", "related-list", "rules/html.rules:12");

        assertThat(new PullQuoteFilter().process(page)).isTrue();

        assertThat(Pages.block(page, "Nobody bothered").isKept()).isTrue();
    }

    @Test
    void findsTheBodysBoundsByParagraphsWhoseLinksSitInsideTheirSentences() {
        // the story's last paragraph links a third of its words inside its sentences: it still bounds the body
        String linkedLast = "<p>The vote on the <a href='/library'>library is set for the first week</a> of March, "
                + "the clerk said, once the <a href='/staff'>staff had been hired</a> and the plans approved.</p>";
        Page page = Pages.html("<div class=body>" + FIRST + SECOND + "<aside class=pullquote><p>Nobody bothered "
                + "mentioning that the town has no money to run it</p></aside>" + linkedLast + "</div>");
        new ProseLabelFilter().process(page);
        remove(page, "Nobody bothered", "related-list", "rules/html.rules:12");

        assertThat(new PullQuoteFilter().process(page)).isTrue();
    }

    @Test
    void leavesARelatedHeadlineBetweenTheParagraphsRemoved() {
        Page page = page("<aside><p>Mayor opens the new wing of the town hall after a long wait</p></aside>");
        remove(page, "Mayor opens", "related-list", "rules/html.rules:12");

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }

    @Test
    void leavesHiddenCopiesCaptionsAndLinkedLinesRemoved() {
        Page page = page("<div hidden><p>nobody bothered mentioning that the town has no money</p></div>"
                + "<figure><figcaption>The council met on Monday after weeks of delay</figcaption></figure>"
                + "<p><a href=/x>The library would open next spring</a></p>");
        remove(page, "nobody bothered", "hidden", "HiddenElementFilter");
        remove(page, "The council met on Monday after", "caption", "rules/html.rules:15");
        remove(page, "The library would", "link-dense", "LinkDensityFilter");

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }

    @Test
    void leavesARepeatAfterTheLastParagraphRemoved() {
        Page page = Pages.html("<div class=body>" + FIRST + SECOND + LAST + "</div><div class=teaser><p>Set for "
                + "the first week of March, the clerk said</p></div>");
        new ProseLabelFilter().process(page);
        remove(page, "Set for", "outside-main-content", "MainContainerFilter");

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }

    @Test
    void leavesAGalleryCaptionRepeatedUnderItsImagesRemoved() {
        String photo = "<div class=photo><img src=a.jpg><p>The council met on Monday, after weeks of delay, to discuss "
                + "the budget</p></div>";
        Page page = page(photo + photo);
        new RepeatedCaptionFilter().process(page);
        assertThat(page.blocks().stream().filter(b -> b.text().startsWith("The council met on Monday, after weeks of "
                + "delay, to discuss the budget") && b.isRemoved()).count()).isEqualTo(2);

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }

    @Test
    void keepsAgainOnlyOneCopyOfAQuoteThePagePrintsTwice() {
        String quote = "<aside class=pullquote><p>Nobody bothered mentioning that the town has no money to run it"
                + "</p></aside>";
        Page page = page(quote + quote);
        page.blocks().stream().filter(b -> b.text().startsWith("Nobody bothered"))
                .forEach(b -> b.remove(new Reason("related-list", "rules/html.rules:12", "test")));

        assertThat(new PullQuoteFilter().process(page)).isTrue();

        assertThat(Pages.kept(page).stream().filter(t -> t.startsWith("Nobody bothered")).count()).isEqualTo(1);
    }

    @Test
    void keepsAgainAQuoteThatRepeatsAChineseStory() {
        Page page = chinese("<aside><p>没有人提到镇上没有钱来维持它的运转</p></aside>");
        remove(page, "没有人提到", "related-list", "rules/html.rules:12");

        assertThat(new PullQuoteFilter().process(page)).isTrue();
    }

    /**
     * Four Chinese characters are two words: a headline that rewords the story's sentence shares runs of four
     * characters with it, as an English one shares runs of two words, and is no quote.
     */
    @Test
    void leavesAChineseHeadlineThatRewordsTheStoryRemoved() {
        Page page = chinese("<aside><p>议员们同意新图书馆明年春天开放</p></aside>");
        remove(page, "议员们同意新图书馆明年", "related-list", "rules/html.rules:12");

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }

    /** A related card links its story from its picture or a "read more", whatever its headline repeats. */
    @Test
    void leavesAnUnlinkedHeadlineInABoxWithALinkRemoved() {
        Page page = page("<aside class=card><a href=/finances><img src=a.jpg alt=\"\"></a><p>Nobody bothered "
                + "mentioning that the town has no money to run it</p></aside>");
        remove(page, "Nobody bothered", "related-list", "rules/html.rules:12");

        assertThat(new PullQuoteFilter().process(page)).isFalse();
    }

    private static Page chinese(String middle) {
        Page page = Pages.html("<div class=body><p>市议会周一开会，在拖延了几个星期之后讨论预算，预算比去年增长了三分之一，并就新图书馆"
                + "进行表决。</p><p>议员们同意新图书馆将于明年春天开放，但没有人提到镇上没有钱来维持它的运转，这是下一届议会的问题。</p>"
                + middle + "<p>市政书记说，关于图书馆的表决定于三月的第一周，届时工作人员已经聘用，计划也已获得批准。</p></div>");
        List<String> words = new ArrayList<>();
        for (Block block : page.blocks()) words.addAll(block.words());
        page.setStopwords(Stopwords.detect(words));
        new ProseLabelFilter().process(page);
        assertThat(page.blocks().stream().filter(b -> b.has(Label.PROSE)).count()).isEqualTo(3);
        return page;
    }
}
