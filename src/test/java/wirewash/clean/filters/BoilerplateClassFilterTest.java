package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Block;
import wirewash.clean.Page;
import wirewash.clean.Pages;

class BoilerplateClassFilterTest {
    private static final String PARAGRAPH = "<p>The council met on Monday, after weeks of delay, to discuss the budget, "
            + "which has grown by a third since last year, and to vote on the new library.</p>";

    private static Page page(String html) {
        return Pages.html(html);
    }

    private static Block block(Page page, String prefix) {
        return Pages.block(page, prefix);
    }

    @Test
    void removesABlockInsideAnElementNamedForFurniture() {
        Page page = page("<article>" + PARAGRAPH.repeat(3)
                + "<div class=\"newsletter-box\"><p>Get our briefing every morning.</p></div></article>");

        assertThat(new BoilerplateClassFilter().process(page)).isTrue();

        assertThat(block(page, "Get our").removal().code()).isEqualTo(BoilerplateClassFilter.REASON);
    }

    @Test
    void removesASectionMenuSetBetweenTheStorysParagraphs() {
        // one-word links, too short for the link-density step, in a box named "menu" inside the story's container
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(2) + "<div class=\"menu\"><ul><li><a href=\"/m\">"
                + "Music</a></li><li><a href=\"/h\">Health</a></li><li><a href=\"/r\">Rugby</a></li></ul></div>"
                + PARAGRAPH.repeat(2) + "</article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Music").removal().code()).isEqualTo(BoilerplateClassFilter.REASON);
        assertThat(block(page, "Rugby").isRemoved()).isTrue();
        assertThat(Pages.kept(page)).hasSize(4);
    }

    @Test
    void keepsAParagraphOfTheArticleThatItsClassNamesForFurniture() {
        // the lead styled "promo-text" among the story's paragraphs: the class styles a paragraph, it names no box
        Page page = Pages.run(page("<article><p class=\"promo-text\">The mayor said on Tuesday that the town would "
                + "close its oldest bridge to lorries from next month, after engineers found cracks in two of its "
                + "arches.</p>" + PARAGRAPH.repeat(3) + "</article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The mayor said").isKept()).isTrue();
    }

    @Test
    void removesAShortParagraphNamedForFurnitureAmongTheArticlesParagraphs() {
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(3)
                + "<p class=\"promo-text\">Get our briefing every morning.</p></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Get our").isRemoved()).isTrue();
    }

    @Test
    void removesAParagraphOfProseNamedForFurnitureBesideTooFewParagraphs() {
        Page page = Pages.run(page("<article>" + PARAGRAPH + "<p class=\"promo-text\">Readers who sign up today get "
                + "the morning briefing, the weekend edition and our long reads free for the first three months.</p>"
                + "</article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Readers who sign").isRemoved()).isTrue();
    }

    @Test
    void keepsTheShortParagraphsOfTheClassTheStorysParagraphsShare() {
        // every paragraph of the story styled "share-quote" (a highlight-to-share script's hook), its short ones and
        // one-line items too
        String quote = "<p class=\"share-quote\">";
        Page page = Pages.run(page("<article>" + PARAGRAPH.replace("<p>", quote).repeat(3) + quote
                + "Spot gold added 0.1% to $1,472 an ounce.</p>" + quote + "Path A: Iceland, Bulgaria</p></article>"
                + "<div class=\"promo\"><p class=\"share-quote\">Get our briefing</p></div>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).hasSize(5);
        assertThat(block(page, "Get our").isRemoved()).isTrue(); // a box named for furniture around one still counts
    }

    @Test
    void keepsABodyHeldWholeInABoxNamedForFurniture() {
        // the whole body in a "paywall" box beside a longer comment form and menu: the box is the story's run
        Page page = Pages.run(page("<main><h1>Bridge closes</h1><div class=\"paywall\"><div class=\"inner\">"
                + PARAGRAPH.repeat(4) + "</div></div></main><div class=\"promo\">" + PARAGRAPH.replace("council", "club")
                + "</div>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept().stream().filter(b -> b.text().startsWith("The council"))).hasSize(4);
        assertThat(block(page, "The club").isRemoved()).isTrue();
    }

    @Test
    void keepsABoxThatThePagesJsonLdNamesAsItsArticlesPartBehindThePaywall() {
        // a tag line below the box: the box does not close the body's run (an inset at its end is the story's)
        String html = "<article>" + PARAGRAPH.repeat(4) + "<div class=\"paywall\">"
                + PARAGRAPH.replace("council", "club") + "</div><div class=tags>Filed under budget</div></article>";
        Page stated = Pages.run(page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"hasPart\": {\"@type\": \"WebPageElement\", \"isAccessibleForFree\": false, "
                + "\"cssSelector\": \".paywall\"}}</script>" + html), new ProseLabelFilter());
        Page silent = Pages.run(page(html), new ProseLabelFilter());

        new BoilerplateClassFilter().process(stated);
        new BoilerplateClassFilter().process(silent);

        assertThat(block(stated, "The club").isKept()).isTrue();
        assertThat(block(silent, "The club").isRemoved()).isTrue();
    }

    @Test
    void removesACaptionInsideAFigure() {
        Page page = page("<article>" + PARAGRAPH.repeat(3)
                + "<figure><img src=a.jpg><figcaption>The new library, seen from the square.</figcaption></figure>"
                + "</article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The new library").isRemoved()).isTrue();
    }

    @Test
    void stopsAtTheFirstElementNamedForContent() {
        Page page = page("<div class=has-sidebar><div class=article-body>" + PARAGRAPH.repeat(3) + "</div></div>");

        assertThat(new BoilerplateClassFilter().process(page)).isFalse();
    }

    @Test
    void looksPastASmallBoxNamedForContentInsideFurniture() {
        Page page = page("<article>" + PARAGRAPH.repeat(3) + "</article><div class=cta-letter><div class=card-body>"
                + "<p>Support us and make a difference for readers everywhere.</p></div></div>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Support us").removal().detail()).contains("token cta");
    }

    @Test
    void removesTheShortTextOfABoxNamedForAnImage() {
        Page page = page("<article>" + PARAGRAPH.repeat(3) + "<div class=\"image top\"><img src=a.jpg>"
                + "<p>In this file photo, the new library is seen from the square.</p></div></article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "In this file photo").removal().detail()).contains("token image");
    }

    @Test
    void keepsTheLongTextOfABoxNamedForAnImage() {
        Page page = page("<article>" + PARAGRAPH + "<section class=with-image>" + PARAGRAPH.repeat(3)
                + "</section></article>");

        assertThat(new BoilerplateClassFilter().process(page)).isFalse();
    }

    @Test
    void matchesWholeTokensOnly() {
        Page page = page("<div class=authoritative>" + PARAGRAPH + "</div>");

        assertThat(new BoilerplateClassFilter().process(page)).isFalse();
    }

    @Test
    void backsOffWhenTheNamesWouldTakeMostOfThePage() {
        Page page = page("<div class=comments>" + PARAGRAPH + "</div><div class=promo>" + PARAGRAPH
                + "</div><div class=related>" + PARAGRAPH + "</div>" + PARAGRAPH);

        assertThat(new BoilerplateClassFilter().process(page)).isFalse();
        assertThat(page.kept()).hasSize(4);
        assertThat(page.problems()).hasSize(1);
    }

    @Test
    void removesFurnitureHoldingMostOfThePagesWordsButFewOfItsParagraphs() {
        // a brief of two paragraphs amid teaser lists: most kept words are furniture, most prose is not
        String teasers = "<ul><li>Storm closes coast road for the weekend</li><li>Ferry fares rise again in "
                + "spring</li><li>New school opens on the hill</li><li>Farmers count the cost of the flood</li></ul>";
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(2) + "</article><div class=related>" + teasers
                + "</div><div class=promo>" + teasers + "</div><div class=trending>" + teasers + "</div>"),
                new ProseLabelFilter());

        assertThat(new BoilerplateClassFilter().process(page)).isTrue();
        assertThat(Pages.kept(page)).hasSize(2).allMatch(text -> text.startsWith("The council met"));
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void takesAFurnitureNameOnTheElementThatHoldsMostOfTheTextForLayout() {
        Page page = page("<span class=\"hs_cos_wrapper meta_field\">" + PARAGRAPH.repeat(3)
                + "<div class=newsletter><p>Get our briefing every morning.</p></div></span>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The council").isKept()).isTrue();
        assertThat(block(page, "Get our").removal().detail()).contains("token newsletter");
    }

    @Test
    void looksDeepIntoAWidgetThatNestsItsTextInLayoutBoxes() {
        Page page = page("<article>" + PARAGRAPH.repeat(4) + "</article><div class=\"zone widget-cta-letter\">"
                + "<div class=panel><div class=panel-inner><div class=card><div class=card-body><div class=row>"
                + "<div class=col><div class=inner><p>Support us and make a difference for readers everywhere.</p>"
                + "</div></div></div></div></div></div></div></div>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Support us").removal().detail()).contains("token cta");
    }

    @Test
    void stopsAtAnUnnamedElementThatHoldsMostOfTheText() {
        Page page = page("<div class=\"layout has-sidebar\"><div>" + PARAGRAPH.repeat(3)
                + "<div class=newsletter><p>Get our briefing every morning.</p></div></div></div>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Get our").removal().detail()).contains("token newsletter");
        assertThat(block(page, "The council").isKept()).isTrue();
    }

    @Test
    void splitsCamelCaseClassNames() {
        Page page = page("<article>" + PARAGRAPH.repeat(3) + "<div class=PromoSmall><div class=PromoSmall-title>"
                + "<a href=/a>Council approves the budget</a></div></div></article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Council approves").removal().detail()).contains("token promo");
    }

    @Test
    void readsMicrodataAndAriaRoles() {
        Page page = page("<article>" + PARAGRAPH.repeat(3) + "<div itemprop=author itemscope>"
                + "<p>Jane Doe covers the council.</p></div><div role=complementary><p>Key facts about the library."
                + "</p></div></article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Jane Doe").removal().detail()).contains("token author");
        assertThat(block(page, "Key facts").removal().detail()).contains("role complementary");
    }

    @Test
    void removesTheCaptionsOfAGallery() {
        Page page = page("<article>" + PARAGRAPH.repeat(3) + "<div class=slideshow><div class=slide><img src=a.jpg>"
                + "<div class=slide-text>Protesters gather outside the courthouse.</div></div></div></article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Protesters").removal().detail()).contains("token slide");
    }

    @Test
    void removesTeasersAndWhatThePageMarksAsNotContent() {
        Page page = page("<article>" + PARAGRAPH.repeat(3) + "<div class=\"story-teaser\"><p>Council approves the "
                + "budget after a long night.</p></div><div class=nocontent><p>Like this: Like Loading.</p></div>"
                + "</article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Council approves").removal().detail()).contains("token teaser");
        assertThat(block(page, "Like this").removal().detail()).contains("token nocontent");
    }

    @Test
    void splitsNamesIntoLowerCaseWords() {
        assertThat(BoilerplateClassFilter.tokens("PromoSmall-title jp_relatedposts  c-card__dek2 ABCDef"))
                .containsExactly("promo", "small", "title", "jp", "relatedposts", "c", "card", "dek2", "abcdef");
        assertThat(BoilerplateClassFilter.tokens("")).isEmpty();
    }

    /** A WordPress post: post_class() puts the post's categories, tags and author on its own element. */
    private static final String POST_CLASSES = "post-1565607 post type-post status-publish format-standard hentry "
            + "category-local-news tag-police author-jane-doe";

    @Test
    void aPostFiledUnderACategoryIsNotACategoryList() {
        // the body split around an ad: the second box named for content holds little of the text
        Page page = page("<article class=\"" + POST_CLASSES + "\"><div class=td-post-content>" + PARAGRAPH.repeat(4)
                + "</div><div class=ad-slot><span>Advertisement</span></div><div class=td-post-content>"
                + PARAGRAPH.repeat(2) + "</div></article><div>" + PARAGRAPH + "</div>");

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(7);
    }

    @Test
    void theChunksOfAPostsBodyInBoxesOfOneUnnamedClassAreThePosts() {
        // a CSS module's hashed class on each chunk, no word naming content; a quote of the body in one of them
        Page page = page("<article class=\"" + POST_CLASSES + "\"><span>Filed under Local news</span>"
                + "<div class=css-94755e>" + PARAGRAPH.repeat(2) + "<blockquote><p>We will not wait.</p></blockquote>"
                + "</div><div class=x3f1a><span>Advertisement</span></div><div class=css-94755e>"
                + PARAGRAPH.repeat(2) + "</div></article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "We will not").isKept()).isTrue();
        assertThat(block(page, "Filed under").isRemoved()).isTrue();
    }

    @Test
    void aBoxNamedOnlyByALabelClassIsStillFurnitureWhenSmall() {
        Page page = page("<article class=\"" + POST_CLASSES + "\"><div class=entry-content>" + PARAGRAPH.repeat(3)
                + "</div><div class=\"tag-cloud widget\"><p>Police, Courts, Local news</p></div></article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Police, Courts").removal().detail()).contains("token tag");
        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void aShortPostsBodyIsThePostsAmidMoreWordsOfSideBoxes() {
        // a brief of one paragraph and a quote in the post's body box; the side column holds more of the kept words
        String side = "<div class=column><p>Ummati Press, Kabar Islam, Syiar Islam, Media Islam Raya and more.</p>"
                + PARAGRAPH.repeat(3) + "</div>";
        Page page = page("<div class=\"" + POST_CLASSES + "\"><div class=postinfo>Posted on March 30 by Admin</div>"
                + "<div class=entry>" + PARAGRAPH + "<blockquote><p>We will not wait [Council minutes 2]</p>"
                + "</blockquote></div></div>" + side);

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "We will not").isKept()).isTrue();
        assertThat(block(page, "Posted on").isRemoved()).isTrue();
    }

    @Test
    void keepsTakingThePostsHeaderOutsideItsBodyForFurniture() {
        // a block of the post that no box named for content holds (its meta line): furniture as before
        Page page = page("<article class=\"" + POST_CLASSES + "\"><div><span>Filed under Local news</span></div>"
                + "<div class=td-post-content>" + PARAGRAPH.repeat(2) + "</div><div class=td-post-content>"
                + PARAGRAPH.repeat(2) + "</div></article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Filed under").isRemoved()).isTrue();
        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void aLabelWordInsideAClassNameOfAnotherKindIsFurniture() {
        Page page = page("<article class=\"post category-news\"><div class=entry-content>" + PARAGRAPH.repeat(3)
                + "</div><div class=\"post-author author-box\"><p>Jane Doe covers the council.</p></div></article>");

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Jane Doe").removal().detail()).contains("token author");
    }

    @Test
    void anElementNamedForContentAndFurnitureThatHoldsTheArticleIsTheArticle() {
        // "url-breadcrumb" on the article's own element; its body split in two chunks, the second a small one
        Page page = page("<article class=\"article__content-well url-breadcrumb\"><div class=article__body>"
                + PARAGRAPH.repeat(5) + "</div><div class=ad><span>Ad</span></div><div class=article__body>"
                + PARAGRAPH.repeat(2) + "</div></article><div>" + PARAGRAPH + "</div>");

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(8);
    }

    @Test
    void keepsTheChunksOfABodyWhoseClassAlsoNamesFurniture() {
        // a CMS's rich-text field ("meta_field ... rich_text") that holds the body in two chunks
        String chunk = "<span class=\"hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text\">";
        Page page = page("<div class=post>" + chunk + PARAGRAPH.repeat(3) + "</span><div><span>Ad</span></div>"
                + chunk + PARAGRAPH.repeat(2) + "</span><div class=post-meta><span>Posted in Local news by Jane "
                + "Doe</span></div></div><div>" + PARAGRAPH.repeat(2) + "</div>");

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(7);
        assertThat(block(page, "Posted in").removal().detail()).contains("token meta");
    }

    @Test
    void removesABoxNamedRelatedOrPromoBetweenTheStorysParagraphsThatHoldsParagraphsOfProse() {
        // two long teasers whose linked headline runs into the paragraph, and a donation appeal in an inline promo:
        // paragraphs of prose between the story's own, and furniture all the same
        String teasers = "<div class=related-stories><p><a href=/a>Flood walls fail again</a> Residents of the valley "
                + "said on Tuesday that the new walls built after last winter had failed within hours of the first "
                + "storm and that the council must pay.</p><p><a href=/b>School to close early</a> Parents were told "
                + "on Friday that the primary school on Mill Lane would close a week early because the builders "
                + "needed more time for the roof.</p></div>";
        String appeal = "<div class=inline-promo><p>Independent local journalism has never been more important, and "
                + "it has never cost more to produce than it does now, with the price of paper rising every month.</p>"
                + "<p>If you value our reporting on the council, the schools and the courts, please consider making a "
                + "small monthly contribution to keep our newsroom open for all readers.</p></div>";
        for (String box : java.util.List.of(teasers, appeal)) {
            Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(3) + box + PARAGRAPH.repeat(3) + "</article>"),
                    new ProseLabelFilter());

            new BoilerplateClassFilter().process(page);

            assertThat(page.kept()).as(Pages.kept(page).toString())
                    .allSatisfy(b -> assertThat(b.text()).startsWith("The council")).hasSize(6);
        }
    }

    @Test
    void aPostFiledUnderACategoryHoldingLessThanHalfTheTextIsStillThePostWhenItHoldsParagraphs() {
        // the body split around an ad slot into the post's element and a box of another class that holds more
        Page page = Pages.run(page("<article class=\"" + POST_CLASSES + "\"><div class=entry-content>"
                + PARAGRAPH.repeat(3) + "</div></article><div class=ad-slot><span>Advertisement</span></div>"
                + "<div class=continued>" + PARAGRAPH.repeat(4) + "</div>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(7);
    }

    @Test
    void theFirstChunkOfABodyNamedForContentAndFurnitureIsTheArticleWhenItHoldsParagraphs() {
        // "pagination-first" beside "article-body" on a chunk that holds less than half of the text
        Page page = Pages.run(page("<div class=\"article-body pagination-first\">" + PARAGRAPH.repeat(3) + "</div>"
                + "<div class=ad-slot><span>Advertisement</span></div><div class=continued>" + PARAGRAPH.repeat(4)
                + "</div>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(7);
    }

    @Test
    void aSmallBoxNamedForContentAndFurnitureWithoutParagraphsIsFurniture() {
        Page page = Pages.run(page("<div class=story>" + PARAGRAPH.repeat(4) + "</div><div class=\"related-content\">"
                + "<p>Council delays the vote on parking again</p><p>Mayor opens the new library wing</p></div>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void thePostsParagraphsSetDirectlyInItStayButItsMetaLineGoes() {
        Page page = Pages.run(page("<article class=\"" + POST_CLASSES + "\"><span>Filed under Local news</span>"
                + PARAGRAPH.repeat(3) + "</article><div class=ad-slot><span>Advertisement</span></div>"
                + "<div class=continued>" + PARAGRAPH.repeat(4) + "</div>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(7);
        assertThat(block(page, "Filed under").removal().detail()).contains("token category");
    }

    @Test
    void keepsABoxNamedForFurnitureThatHoldsTheRestOfTheStoryAndWarns() {
        // a paywall box from the story's third paragraph on, holding more than half of its words
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(2) + "<div class=\"article-paywall\">"
                + PARAGRAPH.repeat(4) + "</div><div class=\"newsletter-box\"><p>Get our briefing every morning.</p>"
                + "</div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).hasSize(6);
        assertThat(block(page, "Get our").isRemoved()).isTrue();
        assertThat(page.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("token paywall", "half of its best prose block"));
    }

    @Test
    void keepsAPaywallBoxAroundTheLaterChunksOfABodySplitIntoChunks() {
        // the body split into chunk boxes around an ad slot; the box from the second chunk on is named for the paywall
        Page page = Pages.run(page("<article><div class=\"body-chunk\">" + PARAGRAPH.repeat(2) + "</div>"
                + "<div class=\"ad-slot\"><span>Advertisement</span></div><div class=\"paywall-wrapper\">"
                + "<div class=\"body-chunk\">" + PARAGRAPH.repeat(2) + "</div><div class=\"body-chunk\">"
                + PARAGRAPH.repeat(2) + "</div></div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(6);
        assertThat(page.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("token paywall"));
    }

    private static final String FACT_BOX = "<div class=\"fact-box\"><h3>How does the levy work?</h3>"
            + "<div class=\"fact-box__content\"><p>The levy is charged on every home in the town each spring.</p>"
            + "<p>Those who own two homes pay it twice, says the council's finance office.</p>"
            + "<p>The money goes to the library, the pool and the repair of the old bridge.</p>"
            + "<p>It was first charged in 1998, when the town's mill closed and jobs were lost.</p>"
            + "<p>A family in a flat pays less than one in a house with a garden.</p>"
            + "<p>Shops and offices pay a levy of their own, set each year by the council.</p>"
            + "<p>Nowadays it brings in about a tenth of the council's yearly budget, and the mayor has said that "
            + "he would like to see it cut by half before the next election.</p></div></div>";

    @Test
    void keepsTheRestOfASplitStoryInABoxNamedForFurnitureNestedInAnotherSuchWrapper() {
        // the body's first chunk, a sign-up box, then the rest in "text-block-related" inside "related-to-story":
        // a paragraph and a fact box of short lines; only the outer wrapper stands in the story's run
        Page page = Pages.run(page("<article><div class=\"article__content\">" + PARAGRAPH.repeat(6) + "</div>"
                + "<div class=\"newsletter-signup\"><h3>Get our free daily email</h3></div>"
                + "<div class=\"related-to-story\"><div class=\"text-block-related\"><p>Tourists from six countries "
                + "were stranded in the town for a week as a result of the closure.</p>" + FACT_BOX
                + "</div></div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Tourists from").isKept()).isTrue();
        assertThat(block(page, "Those who own").isKept()).isTrue();
        // with no wrapper tested, the inner box is furniture
        Page unwrapped = Pages.run(page("<article><div class=\"article__content\">" + PARAGRAPH.repeat(6)
                + "</div><div class=\"newsletter-signup\"><h3>Get our free daily email</h3></div>"
                + "<div class=\"related-to-story\"><div class=\"text-block-related\"><p>Tourists from six "
                + "countries were stranded in the town for a week as a result of the closure.</p>" + FACT_BOX
                + "</div></div></article>"), new ProseLabelFilter());
        new BoilerplateClassFilter(BoilerplateClassFilter.DEFAULT_MAX_LEVELS,
                BoilerplateClassFilter.DEFAULT_MAX_REMOVED_SHARE, BoilerplateClassFilter.DEFAULT_MIN_CONTENT_SHARE,
                BoilerplateClassFilter.DEFAULT_NEGATIVE_TOKENS, BoilerplateClassFilter.DEFAULT_POSITIVE_TOKENS,
                BoilerplateClassFilter.DEFAULT_NEGATIVE_TAGS, BoilerplateClassFilter.DEFAULT_STRONG_PROSE, 0,
                BoilerplateClassFilter.DEFAULT_MIN_WRAPPED_SHARE).process(unwrapped);
        assertThat(block(unwrapped, "Tourists from").isKept()).isFalse();
    }

    @Test
    void keepsAShortFirstRunNamedForContentAndFurnitureWhenTheStorysRestFollowsInAWrapper() {
        // the body's first two paragraphs in a rich-text "meta_field" (its id names the post's body), a share row,
        // then the rest of the story in "js-continue" inside "related-to-story"
        String first = "<span id=\"hs_cos_wrapper_post_body\" class=\"hs_cos_wrapper hs_cos_wrapper_meta_field\">"
                + "<p>The fair opens in the city on Wednesday, and the town's firms will be there again.</p>"
                + PARAGRAPH + "</span>";
        String rest = "<div class=\"social-bar\"><span>Share this article</span><a href=\"#\">Facebook</a></div>"
                + "<div class=\"related-to-story\"><div class=\"js-continue\">" + PARAGRAPH.repeat(4) + "</div></div>";
        Page page = Pages.run(page("<div class=wysiwyg>" + first + rest + "</div>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The fair opens").isKept()).isTrue();
        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(5);
        // with no part of the story after it, the box is the meta field's furniture
        Page alone = Pages.run(page("<div class=wysiwyg>" + first + "<div class=\"social-bar\"><span>Share</span>"
                + "</div></div><div class=main>" + PARAGRAPH.repeat(4) + "</div>"), new ProseLabelFilter());
        new BoilerplateClassFilter().process(alone);
        assertThat(block(alone, "The fair opens").isKept()).isFalse();
    }

    @Test
    void keepsAStoryPartInABoxNamedForTheStorysTextThatAFurnitureNamedZoneFrames() {
        // the story's last part, an embedded post under a short line, in "story-body__part" inside "promo-zone"
        // right after the story's first run and a label: too little prose to be a part by its words
        Page page = Pages.run(page("<article><div class=\"entry\">" + PARAGRAPH.repeat(4) + "</div>"
                + "<p class=\"story-note\">Continue reading below</p><div class=\"promo-zone\">"
                + "<div class=\"story-body__part\"><p>See the posts:</p><blockquote><p>The council resolves to "
                + "observe a minute of silence in honour of the late mayor.</p><p>— Town Council (@council) "
                + "October 9, 2018</p></blockquote></div></div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "See the posts").isKept()).isTrue();
        assertThat(block(page, "The council resolves").isKept()).isTrue();
        assertThat(page.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("token promo", "story-body__part"));
    }

    @Test
    void removesAPromotionInABoxNamedForTextThatAFurnitureNamedZoneFramesWhenItSpeaksToTheReader() {
        Page page = Pages.run(page("<article><div class=\"entry\">" + PARAGRAPH.repeat(4) + "</div>"
                + "<div class=\"promo-zone\"><div class=\"article-text\"><p>Our reporters cover the council every "
                + "week, and you can read every story first in the app.</p></div></div></article>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Our reporters").isRemoved()).isTrue();
    }

    @Test
    void keepsTheStorysContinuationInABoxNamedForFurnitureThatAButtonRightAboveItLinksTo() {
        // "Expand article" links to the box that holds the story's last paragraph, "related-box", whose link
        // makes it no plain paragraph that stands for the story's on its own
        String rest = "<p>According to the organisers, the tour will also visit six towns in the north that the band "
                + "has not played since it <a href=\"/history\">first went on the road</a>, fifty years ago.</p>";
        Page page = Pages.run(page("<article><div class=\"article__body\">" + PARAGRAPH.repeat(4) + "</div>"
                + "<div class=\"continue-reading\"><a class=\"btn\" href=\"#rest\">Expand article</a></div>"
                + "<div class=\"related-box\" id=\"rest\">" + rest + "</div></article>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "According to the organisers").isKept()).isTrue();
        assertThat(page.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("token related", "in-page link"));
        // a button that links elsewhere, or a link in a box of more text, makes no continuation of the box below it
        for (String above : new String[] {"<div><a href=\"#top\">Expand article</a></div>",
                "<div><p>Read on: <a href=\"#rest\">Expand article</a></p></div>"}) {
            Page other = Pages.run(page("<article><div class=\"article__body\">" + PARAGRAPH.repeat(4) + "</div>"
                    + above + "<div class=\"related-box\" id=\"rest\">" + rest + "</div></article>"),
                    new ProseLabelFilter());
            new BoilerplateClassFilter().process(other);
            assertThat(block(other, "According to the organisers").isRemoved()).isTrue();
        }
    }

    @Test
    void removesACommentThreadThatACommentCountRightAboveItLinksTo() {
        Page page = Pages.run(page("<article><div class=\"article__body\">" + PARAGRAPH.repeat(4) + "</div>"
                + "<div><a href=\"#comments\">12 comments</a></div><div class=\"comments\" id=\"comments\"><p>The "
                + "council should have voted on the library years ago, and the budget was never the real problem.</p>"
                + "</div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The council should").isRemoved()).isTrue();
    }

    @Test
    void keepsTheStorysRestInABoxNamedForTextAndFurnitureSetOutsideTheBodysWrapper() {
        // the body's box inside a column with its tag line below, then a label and "paywall-content" with the rest;
        // the same box holding teasers that open with their headlines' links is furniture
        String body = "<div class=\"site\"><div class=\"main-col\"><div class=\"article-body\">"
                + PARAGRAPH.repeat(4) + "</div><div class=\"article-footer\"><span>Tags: council</span></div></div>"
                + "<p class=\"story-note\">Story continues after this ad</p><div class=\"paywall-content\">";
        String rest = "<p>Closer to home, the council's Monday announcement to add five bidders for the bridge works was "
                + "welcomed by the firms, who said they had waited for years.</p><p>The new bidders will compete for "
                + "contracts worth about two million pounds over the next ten years, the council said.</p>";
        Page page = Pages.run(page(body + rest + "</div></div>"), new ProseLabelFilter());
        Page teasers = Pages.run(page(body + rest.replace("<p>Closer to home", "<p><a href=\"/a\">Closer to home</a>")
                .replace("<p>The new bidders", "<p><a href=\"/b\">The new bidders</a>") + "</div></div>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);
        new BoilerplateClassFilter().process(teasers);

        assertThat(block(page, "Closer to home").isKept()).isTrue();
        assertThat(block(page, "The new bidders").isKept()).isTrue();
        assertThat(block(teasers, "Closer to home").isRemoved()).isTrue();
    }

    @Test
    void removesARelatedBoxOfTeaserCardsNestedInAnotherSuchWrapperAfterTheStorysRun() {
        // teaser cards, each a headline and a one-paragraph summary: no run of the story's paragraphs in the wrapper
        String card = "<div class=\"card\"><h3><a href=\"/a\">Bridge repairs begin</a></h3><p>Work on the old "
                + "bridge began on Monday and will go on for most of the summer, the council said in a "
                + "statement.</p></div>";
        Page page = Pages.run(page("<article><div class=\"article__content\">" + PARAGRAPH.repeat(6) + "</div>"
                + "<div class=\"related-wrapper\"><div class=\"related-list\">" + card.repeat(3)
                + "</div></div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).noneMatch(b -> b.text().startsWith("Work on the old"));
        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(6);
    }

    @Test
    void removesAnAppealInABoxNamedForFurnitureNestedInAWrapperBelowTheStory() {
        // a plea for support of two long paragraphs, in a "cta" box inside a bare wrapper past the story's run
        String plea = "<p>We do this work every day at no cost to you, but it is far from free to produce, and we "
                + "cannot afford to slow down now that so many readers count on our reporting.</p>";
        Page page = Pages.run(page("<article><div class=\"article__content\">" + PARAGRAPH.repeat(4) + "</div>"
                + "<div class=\"wrap\"><div class=\"cta\"><div class=\"cta-inner\">" + plea.repeat(2)
                + "</div></div></div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).noneMatch(b -> b.text().startsWith("We do this work"));
    }

    @Test
    void removesABoxNamedForFurnitureInAnotherLanguage() {
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(3) + "<div class=\"verwandte-artikel\"><h3>Mehr "
                + "zum Thema</h3><p>Stadtrat beschließt neuen Haushalt</p></div><section class=\"commentaires\"><p>Je "
                + "suis tout à fait d'accord avec cet article, il était temps que quelqu'un en parle enfin, vraiment."
                + "</p></section><div class=\"compartir\"><span>Compartir</span></div></article>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(Pages.kept(page)).hasSize(3);
        assertThat(block(page, "Mehr").removal().detail()).contains("token verwandte");
        assertThat(block(page, "Je suis").removal().detail()).contains("token commentaires");
    }

    @Test
    void removesACommentThreadAmongTheStorysParagraphsHoweverLong() {
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(2) + "<div class=\"comment-list\">"
                + PARAGRAPH.repeat(4) + "</div></article><p>The end.</p>"), new ProseLabelFilter());

        new BoilerplateClassFilter(BoilerplateClassFilter.DEFAULT_MAX_LEVELS, 0.9,
                BoilerplateClassFilter.DEFAULT_MIN_CONTENT_SHARE, BoilerplateClassFilter.DEFAULT_NEGATIVE_TOKENS,
                BoilerplateClassFilter.DEFAULT_POSITIVE_TOKENS, BoilerplateClassFilter.DEFAULT_NEGATIVE_TAGS)
                .process(page);

        assertThat(page.kept()).hasSize(3);
    }

    @Test
    void keepsAParagraphOfTheStorysKindInABoxNamedForAnImage() {
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(3) + "<div class=\"image-float-left\"><img "
                + "src=a.jpg><p>The library, which the town has wanted for a decade, would open in the spring of next "
                + "year, the mayor said on Monday.</p></div><div class=\"image-box\"><img src=b.jpg><span>The "
                + "council chamber on Monday.</span></div>" + PARAGRAPH + "</article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The library").isKept()).isTrue();
        assertThat(block(page, "The council chamber").isRemoved()).isTrue();
    }

    @Test
    void theFirstChunkOfASplitBodyWhoseIdNamesFurnitureIsTheArticles() {
        // its id "story-share-wrapper", the later chunks of other classes, one paragraph shape in all of them
        Page page = Pages.run(page("<div id=story-share-wrapper>" + PARAGRAPH.repeat(2) + "</div>"
                + "<div class=ad-slot><span>Advertisement</span></div><div class=article-body__chunk>"
                + PARAGRAPH.repeat(3) + "</div><div class=body-part>" + PARAGRAPH.repeat(2) + "</div>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(7);
    }

    @Test
    void aRelatedBoxBesideTheBodysChunksWithTeasersInCardsIsFurniture() {
        String teaser = "<div class=card><p>Residents who live near the river say the new flood wall, which took "
                + "three years to build, has already changed how they plan for the winter storms.</p></div>";
        Page page = Pages.run(page("<div class=story-body>" + PARAGRAPH.repeat(3) + "</div><div class=\"related-content\">"
                + teaser + teaser.replace("river", "harbour") + "</div><div class=story-body-more>"
                + PARAGRAPH.repeat(3) + "</div>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Residents who live near the river").isRemoved()).isTrue();
        assertThat(page.kept()).filteredOn(b -> b.text().startsWith("The council")).hasSize(6);
    }

    @Test
    void aCommentSectionNamedForContentBesideTheBodysChunksIsFurniture() {
        // comments are prose of the body's shape, but a comment section is never a chunk of the body
        Page page = Pages.run(page("<div class=story-body>" + PARAGRAPH.repeat(2) + "</div><div class=\"comments-content\">"
                + "<p>I have lived here for thirty years and I have never seen the council spend so much on so little, "
                + "frankly.</p><p>The library is the one thing in this town that works, and they want to close it again "
                + "next year.</p></div><div class=story-body-more>" + PARAGRAPH.repeat(3) + "</div>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "I have lived").isRemoved()).isTrue();
    }

    @Test
    void aBoxNamedForWhatItIsFreeOfIsNoFurniture() {
        // "promo-free" and "comments-enabled": what the element is free of or has switched on
        Page page = Pages.run(page("<div class=wrap>" + PARAGRAPH.repeat(3) + "<div class=promo-free><p>The mayor "
                + "said the bridge would close to lorries from next month after engineers found cracks in two of its "
                + "arches.</p></div><div class=comments-enabled><p>Work on the repairs is due to start in the "
                + "spring and should take about a year to finish, the council said.</p></div></div>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The mayor said").isKept()).isTrue();
        assertThat(block(page, "Work on the repairs").isKept()).isTrue();
    }

    @Test
    void aBoxNamedForAFreeTrialsPromotionIsFurniture() {
        // "promo-free-trial": the state word does not end the name
        Page page = Pages.run(page("<div class=wrap>" + PARAGRAPH.repeat(3) + "<div class=promo-free-trial><p>Start "
                + "your free trial today.</p></div></div>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Start your").isRemoved()).isTrue();
    }

    @Test
    void aBoxThatHasAShareBarIsNoFurniture() {
        // "has-share" names what the box comes with; a box of its own named "share-bar" inside it goes
        Page page = Pages.run(page("<div class=wrap>" + PARAGRAPH.repeat(3) + "<div class=\"chunk has-share\"><p>The "
                + "mayor said the bridge would close to lorries from next month after engineers found cracks in two of "
                + "its arches.</p><div class=share-bar><p>Share on Facebook</p></div></div></div>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The mayor said").isKept()).isTrue();
        assertThat(block(page, "Share on").isRemoved()).isTrue();
    }

    private static final String INSET_PARAGRAPH = "<p>The board will hold a second hearing on the plan in March, and "
            + "residents who missed the first one can send their comments in writing until then.</p>";

    @Test
    void keepsTheStorysParagraphsInABoxNamedForFurnitureBetweenTwoOfItsParagraphs() {
        // a CMS sets one of the story's paragraphs in a box its template names "related-content"
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(2) + "<div class=\"related-content\">"
                + INSET_PARAGRAPH + "</div>" + PARAGRAPH.repeat(2) + "</article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The board will").isKept()).isTrue();
    }

    @Test
    void keepsTheStorysParagraphsInAFooterNamedBoxBetweenTwoOfItsParagraphsOnly() {
        // a "footer-note" box between two of the story's paragraphs holds the story's text; below the last paragraph
        // a box named for a footer is the site's, however plain its prose
        Page between = Pages.run(page("<article>" + PARAGRAPH.repeat(3) + "<div class=\"footer-note\">"
                + INSET_PARAGRAPH + "</div>" + PARAGRAPH + "</article>"), new ProseLabelFilter());
        Page below = Pages.run(page("<article>" + PARAGRAPH.repeat(3) + "<div class=\"footer-note\">"
                + INSET_PARAGRAPH + "</div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(between);
        new BoilerplateClassFilter().process(below);

        assertThat(block(between, "The board will").isKept()).isTrue();
        assertThat(block(below, "The board will").removal().code()).isEqualTo(BoilerplateClassFilter.REASON);
    }

    @Test
    void removesARelatedBoxOfLinksBetweenTheStorysParagraphs() {
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(2) + "<div class=\"related-content\"><p><a href=\""
                + "/news/hearing\">The board will hold a second hearing on the plan in March, and residents who "
                + "missed the first one can write in</a></p></div>" + PARAGRAPH.repeat(2) + "</article>"),
                new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The board will").removal().code()).isEqualTo(BoilerplateClassFilter.REASON);
    }

    @Test
    void removesANewsletterBoxWithItsFormBetweenTheStorysParagraphs() {
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(2) + "<div class=\"newsletter-body\"><p>Get the "
                + "best of our journalism delivered to your inbox every weekday morning, with the stories you need to "
                + "start the day.</p><form><input type=\"email\"><button>Sign up</button></form></div>"
                + PARAGRAPH.repeat(2) + "</article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "Get the best").removal().code()).isEqualTo(BoilerplateClassFilter.REASON);
    }

    @Test
    void removesAFurnitureBoxOfProseBelowTheStorysLastParagraphThatSpeaksToTheReaderOrFollowsAShortRun() {
        // a promo's pitch set after the story speaks in the site's voice; below two paragraphs, a box of plain
        // prose is no close of a body's run
        Page pitch = Pages.run(page("<article>" + PARAGRAPH.repeat(3) + "<div class=\"promo\"><p>Our reporters "
                + "cover the council every week, and a subscription of a year at half price keeps them at it.</p>"
                + "</div></article>"), new ProseLabelFilter());
        Page shortRun = Pages.run(page("<article>" + PARAGRAPH.repeat(2) + "<div class=\"promo\">" + INSET_PARAGRAPH
                + "</div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(pitch);
        new BoilerplateClassFilter().process(shortRun);

        assertThat(block(pitch, "Our reporters").isRemoved()).isTrue();
        assertThat(block(shortRun, "The board will").isRemoved()).isTrue();
    }

    @Test
    void keepsTheStorysLastParagraphInABoxNamedForFurnitureAtTheEndOfTheBodysRun() {
        // the CMS set the story's closing paragraph in a "teaser-body" box; an empty ad slot after it holds no text
        Page page = Pages.run(page("<article>" + PARAGRAPH.repeat(3) + "<div class=\"teaser-body\">"
                + INSET_PARAGRAPH + "</div><div class=ad-slot></div></article>"), new ProseLabelFilter());

        new BoilerplateClassFilter().process(page);

        assertThat(block(page, "The board will").isKept()).isTrue();
    }
}
