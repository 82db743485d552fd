package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.HtmlBlocks;
import wirewash.clean.Page;
import wirewash.clean.Pages;
import wirewash.model.Format;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;
import wirewash.rules.RuleSet;

class SelectorRuleFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday to discuss the budget and the new library.</p>";

    private static Page page(String html) {
        // uncapped nesting, so that a Pages.deep page is as deep as its markup
        Page page = Pages.htmlUncapped(html);
        new ProseLabelFilter().process(page);
        return page;
    }

    private static RuleSet rules(String text) throws Exception {
        return new RuleSet(RuleLoader.parse("test.rules", text));
    }

    @Test
    void removesAMatchedElementWithEverythingInside() throws Exception {
        Page page = page(PARAGRAPH.repeat(3) + "<div class=share><p>Share this story with a friend today.</p></div>");

        new SelectorRuleFilter(rules("selector share .share")).process(page);

        assertThat(page.blocks().get(3).removal().code()).isEqualTo("share");
        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void removesABlockThousandsOfLevelsInsideAMatchedElement() throws Exception {
        Page page = page(PARAGRAPH.repeat(3) + "<div class=share>"
                + Pages.deep("<p>Share this story with a friend today.</p>"));
        SelectorRuleFilter filter = new SelectorRuleFilter(rules("selector share .share"));

        assertThat(Pages.onSmallStack(() -> filter.process(page))).isTrue();

        assertThat(page.blocks().get(3).removal().code()).isEqualTo("share");
        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void removesAnElementNamedByItsOwnTextWithContainsOwnOrATextNodeSelector() throws Exception {
        for (String selector : new String[] {"div:containsOwn(advertisement)",
                "div:has(> ::text:contains(advertisement))"}) {
            Page page = page(PARAGRAPH.repeat(3) + "<div>Advertisement<span>Car dealer</span></div>"
                    + "<div><p>An advertisement for the library was printed in the paper on Friday.</p></div>");

            new SelectorRuleFilter(rules("selector advertisement " + selector)).process(page);

            assertThat(Pages.kept(page)).as(selector).hasSize(4).last().asString().startsWith("An advertisement");
            assertThat(Pages.block(page, "Advertisement").removal().code()).isEqualTo("advertisement");
        }
    }

    @Test
    void matchesTagsClassesIdsAndComplexSelectorsOfAListAsJsoupDoes() throws Exception {
        Page page = page(PARAGRAPH.repeat(4) + "<nav><p>Home and the other sections of the site.</p></nav>"
                + "<div class='box Promo'><p>A promotion for the paper's new app.</p></div>"
                + "<div id=Rail><p>The most read stories of the day here.</p></div>"
                + "<div id=rail2><p>Another box that no rule of the list names.</p></div>"
                + "<div data-kind=ad><p>An advertisement for a car dealer nearby.</p></div>");

        new SelectorRuleFilter(rules("selector furniture NAV, .promo, #Rail, div[data-kind=ad]")).process(page);

        assertThat(Pages.kept(page)).hasSize(5).last().asString().startsWith("Another box");
    }

    @Test
    void theFirstRuleInTheFilesOrderThatMatchesAnElementNamesItsReason() throws Exception {
        String box = "<div id=rail class='share promo'><p>The most read stories of the day here.</p></div>";
        String[][] cases = {
                {"selector related div[id=rail]\nselector share .share", "related"},
                {"selector share .share\nselector related div[id=rail]", "share"},
                {"selector promo .promo\nselector share .share\nselector rail #rail", "promo"},
                {"selector rail #rail\nselector promo .promo", "rail"},
                {"selector boxes div\nselector rail #rail", "boxes"}};
        for (String[] rulesAndReason : cases) {
            Page page = page(PARAGRAPH.repeat(3) + box);

            new SelectorRuleFilter(rules(rulesAndReason[0])).process(page);

            assertThat(page.blocks().get(3).removal().code()).as(rulesAndReason[0]).isEqualTo(rulesAndReason[1]);
        }
    }

    @Test
    void skipsAMatchHoldingMostOfThePagesProseAndWarns() throws Exception {
        Page page = page("<div class=subscribe>" + PARAGRAPH.repeat(3) + "</div>");

        assertThat(new SelectorRuleFilter(rules("selector subscribe .subscribe")).process(page)).isFalse();

        assertThat(page.kept()).hasSize(3);
        assertThat(page.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("test.rules:1"));
    }

    @Test
    void appliesAHostScopedRuleOnlyOnThatHost() throws Exception {
        String body = PARAGRAPH.repeat(3) + "<div class=teaser><p>More from our partners across the web.</p></div>";
        Page onHost = page("<link rel=canonical href='https://www.example.com/a'>" + body);
        Page elsewhere = page("<link rel=canonical href='https://other.org/a'>" + body);
        RuleSet rules = rules("example.com##.teaser");

        new SelectorRuleFilter(rules).process(onHost);
        new SelectorRuleFilter(rules).process(elsewhere);

        assertThat(onHost.kept()).hasSize(3);
        assertThat(elsewhere.kept()).hasSize(4);
    }

    @Test
    void removesBlocksInsideAMatchedElement() throws RuleException {
        String html = "<html><body><article><p>" + Pages.PROSE_1 + "</p></article>"
                + "<div id=comments><p>Great article, thanks for writing it up so clearly.</p></div></body></html>";
        HtmlBlocks.Result parsed = new HtmlBlocks().parse(html, "");
        Page page = new Page("h", Format.HTML, parsed.blocks(), parsed.metadata());
        new SelectorRuleFilter(RuleFiltersTest.rules("selector comment-box #comments")).process(page);
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
        assertThat(page.blocks().get(1).removal().code()).isEqualTo("comment-box");
    }

    private static final String LD = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"hasPart\": {\"@type\": "
                + "\"WebPageElement\", \"isAccessibleForFree\": false, \"cssSelector\": \".paywall\"}}</script>";

    /** A paragraph of strong prose (20 words or more). */
    private static String storyParagraph(int n) {
        return "<p>Paragraph " + n + " of the story: the council met on Monday, after weeks of delay, to discuss the "
                + "budget, which has grown by a third since last year.</p>";
    }

    private static String story(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int n = from; n <= to; n++) sb.append(storyParagraph(n));
        return sb.toString();
    }

    @Test
    void keepsAPaywallBoxThatHoldsTheStoryFromItsThirdParagraphOnAndWarns() throws Exception {
        // the metered part of the text, shipped whole in the page: it holds less than 90% of the prose
        Page page = page("<article>" + story(1, 2) + "<div class=paywall>" + story(3, 6) + "</div></article>"
                + "<div class=newsletter><p>Get our briefing every morning in your inbox.</p></div>");

        new SelectorRuleFilter(rules("selector subscribe .newsletter, .paywall")).process(page);

        assertThat(Pages.kept(page)).hasSize(6);
        assertThat(Pages.block(page, "Get our").removal().code()).isEqualTo("subscribe");
        assertThat(page.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("test.rules:1", "<div> holding", "half of its best prose block"));
    }

    @Test
    void keepsABoxInTheStorysRunHoldingHalfOfItsBestBlock() throws Exception {
        // a "read more" box from the story's sixth paragraph of ten on: its four are two thirds of the five beside it
        Page page = page("<article>" + story(1, 5) + "<div class=read-more>" + story(6, 9) + "</div></article>");

        new SelectorRuleFilter(rules("selector related-list .read-more")).process(page);

        assertThat(page.kept()).hasSize(9);
    }

    @Test
    void removesABoxOfProseAmongTheStorysParagraphsThatHoldsLittleOfIt() throws Exception {
        Page page = page("<article>" + story(1, 3) + "<div class=newsletter>" + storyParagraph(9) + "</div>"
                + story(4, 6) + "</article>");

        new SelectorRuleFilter(rules("selector subscribe .newsletter")).process(page);

        assertThat(Pages.block(page, "Paragraph 9").removal().code()).isEqualTo("subscribe");
        assertThat(page.kept()).hasSize(6);
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void removesABoxOutsideTheStorysRunOrOfAReasonThatIsNeverTheStoryHoweverLong() throws Exception {
        // a comment thread set among the article's paragraphs, longer than the story; an aside beside its body
        Page comments = page("<article>" + story(1, 2) + "<div class=comments>" + story(3, 6) + "</div></article>");
        Page aside = page("<article><div class=body>" + story(1, 2) + "</div><div class=related>" + story(3, 6)
                + "</div></article>");

        new SelectorRuleFilter(rules("selector comment-box .comments")).process(comments);
        new SelectorRuleFilter(rules("selector related-list .related")).process(aside);

        assertThat(comments.kept()).hasSize(2);
        assertThat(aside.kept()).hasSize(2);
    }

    @Test
    void removesACommentThreadHoldingMostOfTheProseUnderABrief() throws Exception {
        // a brief of one paragraph under a thread of many comments: over 90% of the prose is in the thread
        Page page = page("<article>" + story(1, 1) + "</article><div class=comments>" + story(2, 12) + "</div>");

        new SelectorRuleFilter(rules("selector comment-box .comments")).process(page);

        assertThat(Pages.kept(page)).singleElement().satisfies(t -> assertThat(t).startsWith("Paragraph 1 "));
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void keepsAPaywallBoxHoldingTheWholeBodyBesideLongerFurniture() throws Exception {
        // the body whole in ".paywall", under 90% of the page's prose: a long sponsored box sits outside the story
        Page page = page("<main><h1>Bridge</h1><div class=paywall>" + story(1, 3) + "</div></main>"
                + "<div class=sponsor>" + story(7, 8) + "</div>");

        new SelectorRuleFilter(rules("selector subscribe .paywall\nselector advertisement .sponsor")).process(page);

        assertThat(Pages.kept(page)).hasSize(4); // the headline and the three paragraphs
        assertThat(Pages.block(page, "Paragraph 7").removal().code()).isEqualTo("advertisement");
    }

    @Test
    void keepsAShortBoxThatThePagesJsonLdNamesAsItsArticlesPartBehindThePaywall() throws Exception {
        String box = "<article>" + story(1, 4) + "<div class=paywall>" + storyParagraph(5) + "</div></article>";
        Page stated = page(LD + box);
        Page silent = page(box);

        new SelectorRuleFilter(rules("selector subscribe .paywall")).process(stated);
        new SelectorRuleFilter(rules("selector subscribe .paywall")).process(silent);

        assertThat(stated.kept()).hasSize(5);
        assertThat(stated.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("JSON-LD"));
        assertThat(silent.kept()).hasSize(4);
    }

    @Test
    void keepsParagraphsOfTheClassMostOfTheStorysParagraphsCarry() throws Exception {
        // every paragraph behind the meter "<p class=paywall>", short ones too; a prompt box of the class goes
        Page page = page("<article>" + story(1, 1) + story(2, 5).replace("<p>", "<p class=paywall>")
                + "<p class=paywall>It fell by 2%.</p></article>"
                + "<div class=paywall><p>Subscribe to keep reading.</p></div>");

        new SelectorRuleFilter(rules("selector subscribe .paywall")).process(page);

        assertThat(page.kept()).hasSize(6);
        assertThat(Pages.block(page, "Subscribe to").isRemoved()).isTrue();
    }

    @Test
    void keepsShortBoxesOfOneClassThatHoldAPartOfTheStoryTogether() throws Exception {
        // the metered text cut into one-paragraph "paywall" chunks between ad slots
        Page page = page("<article>" + story(1, 3) + "<div class=paywall>" + storyParagraph(4) + "</div>"
                + "<div class=ad></div><div class=paywall>" + storyParagraph(5) + "</div></article>");

        new SelectorRuleFilter(rules("selector subscribe .paywall")).process(page);

        assertThat(page.kept()).hasSize(5);
    }

    @Test
    void guardsNoStoryPartWhenTheShareIsAboveOne() throws Exception {
        Page page = page("<article>" + story(1, 2) + "<div class=paywall>" + story(3, 6) + "</div></article>");

        new SelectorRuleFilter(rules("selector subscribe .paywall"), SelectorRuleFilter.DEFAULT_MAX_PROSE_SHARE, 1.01,
                SelectorRuleFilter.DEFAULT_UNGUARDED_REASONS, StrongProse.DEFAULT).process(page);

        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void splitsASelectorListAtItsTopLevelCommasOnly() {
        assertThat(SelectorRuleFilter.topLevelParts(".ad, [class*=native-ad]:not([class~=(^|\\s)(tag|cat)-[\\w-]*x]), #p"))
                .containsExactly(".ad", " [class*=native-ad]:not([class~=(^|\\s)(tag|cat)-[\\w-]*x])", " #p");
        assertThat(SelectorRuleFilter.topLevelParts("[title=\"a, b\"], .c\\,d, nav"))
                .containsExactly("[title=\"a, b\"]", " .c\\,d", " nav");
        assertThat(SelectorRuleFilter.topLevelParts("div:not(.a, .b")).isNull();
    }

    @Test
    void aListWithAPseudoClassPartStillMatchesItsPlainClasses() throws Exception {
        String rule = "selector advertisement .ad, [class*=native-ad]:not([class~=(^|\\s)tag-[\\w-]*native-ad])\n";
        Page page = page(PARAGRAPH.repeat(3) + "<div class=\"box AD\"><p>Advertisement for a local shop.</p></div>"
                + "<div class=\"x-native-ad\"><p>Sponsored: a paid story about shoes.</p></div>"
                + "<div class=\"tag-native-ad\"><p>More on native ads, our reporting.</p></div>");

        new SelectorRuleFilter(rules(rule)).process(page);

        assertThat(page.blocks().get(3).removal().code()).isEqualTo("advertisement");
        assertThat(page.blocks().get(4).removal().code()).isEqualTo("advertisement");
        assertThat(page.blocks().get(5).removal()).isNull();
    }
}
