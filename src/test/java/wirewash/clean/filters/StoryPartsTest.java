package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class StoryPartsTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";
    private static final String SHORT = "<p>Get our briefing every morning.</p>";

    private static Page page(String html) {
        return Pages.run(Pages.html(html), new ProseLabelFilter());
    }

    private static Element element(Page page, String cssClass) {
        return page.blocks().get(0).element().root().selectFirst("." + cssClass);
    }

    @Test
    void aBoxInTheStorysRunHoldingHalfOfTheBestBlockIsAPart() {
        Page page = page("<article>" + PARAGRAPH.repeat(3) + "<div class=rest>" + PARAGRAPH.repeat(2) + "</div>"
                + "<div class=one>" + PARAGRAPH + "</div><div class=short>" + SHORT + "</div></article>");

        StoryParts parts = StoryParts.of(page, StrongProse.DEFAULT, 0.5);

        assertThat(parts.isPart(element(page, "rest"))).isTrue();
        assertThat(parts.words(element(page, "rest"))).isEqualTo(2 * page.blocks().get(0).wordCount());
        assertThat(parts.isPart(element(page, "one"))).isFalse(); // a third of the best block
        assertThat(parts.isPart(element(page, "short"))).isFalse();
    }

    @Test
    void theBoxAroundTheBestBlockIsAPartWhenNoStrongProseStandsBesideIt() {
        // the body whole in one box; a related box longer than the brief beside it is no part
        Page whole = page("<main><h1>Bridge</h1><div class=gated>" + PARAGRAPH.repeat(3) + "</div></main>"
                + "<div class=side>" + PARAGRAPH + "</div>");
        Page beside = page("<article><div class=body>" + PARAGRAPH + "</div><div class=related>"
                + PARAGRAPH.repeat(3) + "</div></article>");

        assertThat(StoryParts.of(whole, StrongProse.DEFAULT, 0.5).isPart(element(whole, "gated"))).isTrue();
        assertThat(StoryParts.of(whole, StrongProse.DEFAULT, 1.01).isPart(element(whole, "gated"))).isFalse();
        assertThat(StoryParts.of(beside, StrongProse.DEFAULT, 0.5).isPart(element(beside, "related"))).isFalse();
    }

    @Test
    void theBoxAroundTheBestBlockIsNoPartWhenMostOfThePagesProseIsElsewhere() {
        // a live blog's updates, a paragraph to a box, and a plea for support of two paragraphs in a box of its own
        Page page = page("<main>" + ("<div class=update>" + PARAGRAPH + "</div>").repeat(5) + "</main>"
                + "<div class=cta><section class=plea>" + PARAGRAPH.repeat(2) + "</section></div>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.5).isPart(element(page, "plea"))).isFalse();
        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.25).isPart(element(page, "plea"))).isTrue();
    }

    @Test
    void shortBoxesOfOneClassInTheStorysRunAreAPartTogether() {
        Page page = page("<article>" + PARAGRAPH.repeat(4) + "<div class=chunk>" + PARAGRAPH + "</div><div class=ad>"
                + "</div><div class=chunk>" + PARAGRAPH + "</div><div class=alone>" + PARAGRAPH + "</div></article>");

        StoryParts parts = StoryParts.of(page, StrongProse.DEFAULT, 0.5);

        assertThat(parts.isPart(element(page, "chunk"))).isTrue();
        assertThat(parts.isPart(element(page, "alone"))).isFalse();
    }

    @Test
    void aBoxWhoseParentHoldsNoParagraphOfTheStoryIsNone() {
        Page page = page("<article><div class=body>" + PARAGRAPH.repeat(2) + "</div><div class=rest>"
                + PARAGRAPH.repeat(3) + "</div></article>");

        StoryParts parts = StoryParts.of(page, StrongProse.DEFAULT, 0.5);

        assertThat(parts.isPart(element(page, "rest"))).isFalse();
    }

    @Test
    void aBoxHoldingTheLaterChunksOfASplitBodyIsAPart() {
        Page page = page("<article><div class=chunk>" + PARAGRAPH.repeat(2) + "</div><div class=rest><div class=chunk>"
                + PARAGRAPH.repeat(2) + "</div><div class=chunk>" + PARAGRAPH + "</div></div><div class=other>"
                + "<div class=teaser>" + PARAGRAPH.repeat(2) + "</div></div></article>");

        StoryParts parts = StoryParts.of(page, StrongProse.DEFAULT, 0.5);

        assertThat(parts.isPart(element(page, "rest"))).isTrue();
        assertThat(parts.isPart(element(page, "other"))).isFalse(); // its box is not one of the body's chunks
    }

    @Test
    void aWrapperOfAnyClassAroundTheRunAfterASplitIsAPart() {
        // the rest of the story after an ad slot, in a box of its own class one or two wrappers deep ("paywall",
        // "read-more-wrapper"); a box whose paragraphs are one each in cards is no run, nor a short one; a wrapper
        // that does not follow the story's first run is none
        Page page = page("<div class=page><div class=body>" + PARAGRAPH.repeat(3) + "</div><div class=ad></div>"
                + "<div class=paywall><div class=inner><div class=more>" + PARAGRAPH.repeat(2) + "</div></div></div>"
                + "<div class=cards><div class=card>" + PARAGRAPH + "</div><div class=card>" + PARAGRAPH
                + "</div></div><div class=tip><div class=x>" + PARAGRAPH + "</div></div></div>");

        StoryParts parts = StoryParts.of(page, StrongProse.DEFAULT, 0.5);

        assertThat(parts.isPart(element(page, "paywall"))).isTrue();
        assertThat(parts.isPart(element(page, "cards"))).isFalse(); // no box holds two of its paragraphs
        assertThat(parts.isPart(element(page, "tip"))).isFalse(); // a third of the best block
        Page apart = page("<div class=page><div class=body>" + PARAGRAPH.repeat(3) + "</div><div class=a></div>"
                + "<div class=b></div><div class=c></div><div class=paywall><div class=more>" + PARAGRAPH.repeat(2)
                + "</div></div></div>");
        assertThat(StoryParts.of(apart, StrongProse.DEFAULT, 0.5).isPart(element(apart, "paywall"))).isFalse();
    }

    @Test
    void aWrapperAroundOneParagraphAfterASplitIsAPartWhenItHoldsNothingElse() {
        // a short story's last chunk, one paragraph long, in a "read-more" wrapper after an ad slot; a wrapper whose
        // paragraph carries a link, a label beside it, or words to the reader is none
        String body = "<div class=page><div class=body>" + PARAGRAPH.repeat(2) + "</div><div class=ad></div>";
        Page page = page(body + "<div class=related><section class=rest>" + PARAGRAPH + "</section></div></div>");
        Page linked = page(body + "<div class=related><section class=rest>" + PARAGRAPH.replace("library",
                "<a href=/library>library</a>") + "</section></div></div>");
        Page labelled = page(body + "<div class=related><section class=rest><span>Sponsored</span>" + PARAGRAPH
                + "</section></div></div>");
        Page appeal = page(body + "<div class=related><section class=rest>" + PARAGRAPH.replace("the new library",
                "our new library") + "</section></div></div>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.5).isPart(element(page, "related"))).isTrue();
        assertThat(StoryParts.of(linked, StrongProse.DEFAULT, 0.5).isPart(element(linked, "related"))).isFalse();
        assertThat(StoryParts.of(labelled, StrongProse.DEFAULT, 0.5).isPart(element(labelled, "related"))).isFalse();
        assertThat(StoryParts.of(appeal, StrongProse.DEFAULT, 0.5).isPart(element(appeal, "related"))).isFalse();
    }

    @Test
    void aLoneParagraphOfPlainProseRightAfterTheBodysBoxIsAPartHoweverShort() {
        // the story's last paragraph past a video card, in "text-block-related" beside the body's box: a quarter of
        // the best block; with a link in it, or set apart from the body by three boxes, it is none
        String body = "<div class=page><div class=body>" + PARAGRAPH.repeat(4) + "</div><div class=video><h3><a "
                + "href=/v>Watch: the bridge</a></h3></div>";
        Page page = page(body + "<div class=text-block-related>" + PARAGRAPH + "</div></div>");
        Page linked = page(body + "<div class=text-block-related>" + PARAGRAPH.replace("library",
                "<a href=/library>library</a>") + "</div></div>");
        Page apart = page(body + "<div class=a></div><div class=b></div><div class=text-block-related>" + PARAGRAPH
                + "</div></div>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.5).isPart(element(page, "text-block-related"))).isTrue();
        assertThat(StoryParts.of(linked, StrongProse.DEFAULT, 0.5).isPart(element(linked, "text-block-related")))
                .isFalse();
        assertThat(StoryParts.of(apart, StrongProse.DEFAULT, 0.5).isPart(element(apart, "text-block-related")))
                .isFalse();
    }

    @Test
    void aLoneParagraphRightAfterTheBodysBoxIsAPartBesideAStandfirst() {
        // the standfirst, a box of text of its own, stands beside the body's box: no run of the story's paragraphs
        Page page = page("<div class=page><div class=summary>Three people have died during protests against the new "
                + "government, after clashes between its opponents and the police on Tuesday night.</div>"
                + "<div class=body>" + PARAGRAPH.repeat(4) + "</div><p class=note>Story continues after this ad</p>"
                + "<div class=outer><div><div class=text-block-related>" + PARAGRAPH + "</div></div></div></div>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.5).isPart(element(page, "outer"))).isTrue();
    }

    @Test
    void aRunOfProseNestedAmongTheStorysParagraphsIsAPartHoweverShort() {
        // the story's rest in "paywall" › "inner" after its first paragraphs in the body's box: two paragraphs of six
        String run = PARAGRAPH + PARAGRAPH.replace("library", "pool");
        Page page = page("<article>" + run.repeat(3) + "<div class=paywall><div class=inner>" + run
                + "</div></div></article>");
        // an appeal speaks to the reader; teasers open with their headlines' links
        Page appeal = page("<article>" + run.repeat(3) + "<div class=paywall><div class=inner>"
                + run.replace("The council met", "We met the council").replace("the new", "our new")
                + "</div></div></article>");
        Page teasers = page("<article>" + run.repeat(3) + "<div class=paywall><div class=inner>"
                + run.replace("<p>The council", "<p><a href=/c>The council</a>") + "</div></div></article>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.5).isPart(element(page, "paywall"))).isTrue();
        assertThat(StoryParts.of(appeal, StrongProse.DEFAULT, 0.5).isPart(element(appeal, "paywall"))).isFalse();
        assertThat(StoryParts.of(teasers, StrongProse.DEFAULT, 0.5).isPart(element(teasers, "paywall"))).isFalse();
    }

    @Test
    void aRunNestedAmongTheStorysParagraphsWithOneWordToTheReaderAmongItsHundredIsStillAPart() {
        // an opinion piece's closing run: "Let's hope we see more" is the writer's, one word among the run's many;
        // its links sit in its running text
        String run = PARAGRAPH + PARAGRAPH.replace("library", "pool")
                + "<p>The board has not said how it will pay for the <a href=/pool>new pool</a>, but let's hope we see "
                + "more of its plans before the vote, since the last budget took months to settle.</p>";
        Page page = page("<article>" + PARAGRAPH.repeat(12) + "<div class=video><h3><a href=/v>Video: Storm</a></h3>"
                + "</div><div class=text-block-related>" + run + "</div></article>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.5).isPart(element(page, "text-block-related")))
                .isTrue();
    }

    @Test
    void aParagraphOfTheStoryIsNoPartBesideNoOther() {
        Page page = page("<article><p class=lead>" + PARAGRAPH.substring(3) + "<div class=box>" + SHORT
                + "</div></article>");

        StoryParts parts = StoryParts.of(page, StrongProse.DEFAULT, 0.5);

        assertThat(parts.isPart(element(page, "lead"))).isFalse();
    }

    @Test
    void aShareAboveOneFindsNoPart() {
        Page page = page("<article>" + PARAGRAPH.repeat(3) + "<div class=rest>" + PARAGRAPH.repeat(3) + "</div>"
                + "</article>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 1.01).isPart(element(page, "rest"))).isFalse();
        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 1.0).isPart(element(page, "rest"))).isTrue();
    }

    @Test
    void shortParagraphsOfProseBesideTheBoxMarkTheStorysRun() {
        // the story opens with short sentences, each too short for strong prose; the rest is in the box
        Page page = page("<article><p>Your mindset matters. Here is why.</p><p>There is a strange gap in the online "
                + "world.</p><div class=rest>" + PARAGRAPH.repeat(3) + "</div></article>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.5).isPart(element(page, "rest"))).isTrue();
    }

    @Test
    void aBoxOfProseBetweenTheStorysParagraphsIsAnInset() {
        Page page = page("<article>" + PARAGRAPH.repeat(2) + "<div class=box>" + PARAGRAPH + "</div>"
                + PARAGRAPH + "</article>");

        assertThat(StoryParts.of(page, StrongProse.DEFAULT, 0.5).isInset(element(page, "box"))).isTrue();
    }

    @Test
    void aBoxThatClosesTheRunIsAnInsetOnlyWhenClosingCounts() {
        Page closing = page("<article>" + PARAGRAPH.repeat(3) + "<div class=box>" + PARAGRAPH + "</div></article>");
        Page between = page("<article>" + PARAGRAPH.repeat(3) + "<div class=box>" + PARAGRAPH + "</div>" + PARAGRAPH
                + "</article>");

        assertThat(StoryParts.of(closing, StrongProse.DEFAULT, 0.5).isInset(element(closing, "box"), true)).isTrue();
        assertThat(StoryParts.of(closing, StrongProse.DEFAULT, 0.5).isInset(element(closing, "box"), false)).isFalse();
        assertThat(StoryParts.of(between, StrongProse.DEFAULT, 0.5).isInset(element(between, "box"), false)).isTrue();
    }

    @Test
    void aBoxWithALinkOrBelowTheLastParagraphIsNoInset() {
        Page linked = page("<article>" + PARAGRAPH.repeat(2) + "<div class=box><p>The council met on Monday, after "
                + "weeks of delay, to <a href=/budget>discuss the budget</a>, which has grown by a third.</p></div>"
                + PARAGRAPH + "</article>");
        // below a run of two paragraphs, or above a line of text that is no paragraph (a tag line)
        Page last = page("<article>" + PARAGRAPH.repeat(2) + "<div class=box>" + PARAGRAPH + "</div></article>");
        Page aboveTags = page("<article>" + PARAGRAPH.repeat(3) + "<div class=box>" + PARAGRAPH + "</div>"
                + "<div class=tags>Filed under budget</div></article>");

        assertThat(StoryParts.of(linked, StrongProse.DEFAULT, 0.5).isInset(element(linked, "box"))).isFalse();
        assertThat(StoryParts.of(last, StrongProse.DEFAULT, 0.5).isInset(element(last, "box"))).isFalse();
        assertThat(StoryParts.of(aboveTags, StrongProse.DEFAULT, 0.5).isInset(element(aboveTags, "box"))).isFalse();
    }

    @Test
    void aRunOfParagraphsCitingASourceInTheirRunningTextIsAnInset() {
        String cited = "<p>The council met on Monday, after weeks of delay, to discuss the budget, which has grown by a "
                + "third since last year, <a href=/report>the auditor said</a>, and to vote on the new library.</p>";
        Page run = page("<article>" + PARAGRAPH.repeat(2) + "<div class=box>" + cited + PARAGRAPH + "</div>"
                + PARAGRAPH + "</article>");
        // a paragraph whose link is most of it is a teaser's line, however many paragraphs stand beside it
        Page teaser = page("<article>" + PARAGRAPH.repeat(2) + "<div class=box><p><a href=/library>The council "
                + "votes on the new library after weeks of delay</a> today</p>" + PARAGRAPH + "</div>" + PARAGRAPH
                + "</article>");

        assertThat(StoryParts.of(run, StrongProse.DEFAULT, 0.5).isInset(element(run, "box"))).isTrue();
        assertThat(StoryParts.of(teaser, StrongProse.DEFAULT, 0.5).isInset(element(teaser, "box"))).isFalse();
    }

    @Test
    void aRunOfParagraphsClosingTheBodyAboveLinesThatAreNoProseIsAnInset() {
        Page run = page("<article>" + PARAGRAPH.repeat(3) + "<div class=box>" + PARAGRAPH.repeat(2) + "</div>"
                + "<div class=tags>Filed under budget</div></article>");
        Page proseBelow = page("<article>" + PARAGRAPH.repeat(3) + "<div class=box>" + PARAGRAPH.repeat(2)
                + "</div><div class=other><p>The library will open in the spring, the council said on Monday, if "
                + "the builders keep to their plan.</p></div></article>");

        assertThat(StoryParts.of(run, StrongProse.DEFAULT, 0.5).isInset(element(run, "box"))).isTrue();
        assertThat(StoryParts.of(run, StrongProse.DEFAULT, 0.5).isInset(element(run, "box"), false)).isFalse();
        assertThat(StoryParts.of(proseBelow, StrongProse.DEFAULT, 0.5).isInset(element(proseBelow, "box"), true))
                .isFalse();
    }

    @Test
    void aBoxOfPlainProseThatClosesTheBodysRunIsAnInset() {
        // the story's last paragraph in a box of its own, below three of the body's paragraphs; an empty slot after it
        Page closing = page("<article>" + PARAGRAPH.repeat(3) + "<div class=box>" + PARAGRAPH + "</div>"
                + "<div class=slot></div></article>");

        assertThat(StoryParts.of(closing, StrongProse.DEFAULT, 0.5).isInset(element(closing, "box"))).isTrue();
    }

    @Test
    void theSitesVoiceToItsReaderIsToldOutsideQuotationMarksOnly() {
        assertThat(StoryParts.addressesReader("If you value our reporting, please give today.")).isTrue();
        assertThat(StoryParts.addressesReader("We're a nonprofit newsroom.")).isTrue();
        assertThat(StoryParts.addressesReader("“We are not going anywhere,” she told the council.")).isFalse();
        assertThat(StoryParts.addressesReader("The US embassy said \"our staff are safe\" on Monday.")).isFalse();
        assertThat(StoryParts.addressesReader("Officials told residents to use the bus.")).isFalse();
    }
}
