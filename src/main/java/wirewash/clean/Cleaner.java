package wirewash.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import wirewash.clean.filters.AppendedStoryFilter;
import wirewash.clean.filters.ArticleBodyFilter;
import wirewash.clean.filters.AuthorBioFilter;
import wirewash.clean.filters.AuthorBoxFilter;
import wirewash.clean.filters.ArticleEdgeFilter;
import wirewash.clean.filters.BodyLinkGuardFilter;
import wirewash.clean.filters.BoilerplateClassFilter;
import wirewash.clean.filters.BoxHeadingFilter;
import wirewash.clean.filters.BrokenLineJoinFilter;
import wirewash.clean.filters.ContentsListFilter;
import wirewash.clean.filters.BylineRuleFilter;
import wirewash.clean.filters.CaptionCreditFilter;
import wirewash.clean.filters.CaptionFilter;
import wirewash.clean.filters.CellTableFilter;
import wirewash.clean.filters.CommentRunFilter;
import wirewash.clean.filters.ConsentButtonFilter;
import wirewash.clean.filters.CommentThreadFilter;
import wirewash.clean.filters.GluedMenuFilter;
import wirewash.clean.filters.HeaderFilter;
import wirewash.clean.filters.HeadlineCardFilter;
import wirewash.clean.filters.ButtonBoxFilter;
import wirewash.clean.filters.HeadlineTeaserRunFilter;
import wirewash.clean.filters.HiddenElementFilter;
import wirewash.clean.filters.ImageAltCaptionFilter;
import wirewash.clean.filters.ImageBoxCaptionFilter;
import wirewash.clean.filters.InsetHeadlineListFilter;
import wirewash.clean.filters.InsetTeaserCardFilter;
import wirewash.clean.filters.LeadLanguageFilter;
import wirewash.clean.filters.EdgeTeaserCardFilter;
import wirewash.clean.filters.LineRuleFilter;
import wirewash.clean.filters.LinkDensityFilter;
import wirewash.clean.filters.LinkListLabelFilter;
import wirewash.clean.filters.DatedCardRunFilter;
import wirewash.clean.filters.DenseProseRunFilter;
import wirewash.clean.filters.DuplicateBlockFilter;
import wirewash.clean.filters.EmbeddedPostFilter;
import wirewash.clean.filters.MainContainerFilter;
import wirewash.clean.filters.MarkedHeadlineRunFilter;
import wirewash.clean.filters.MastheadBoxFilter;
import wirewash.clean.filters.NextStoryFilter;
import wirewash.clean.filters.NoTextFilter;
import wirewash.clean.filters.ProseLabelFilter;
import wirewash.clean.filters.RepeatedCaptionFilter;
import wirewash.clean.filters.PruningGuardFilter;
import wirewash.clean.filters.PostStampFilter;
import wirewash.clean.filters.PollBoxFilter;
import wirewash.clean.filters.PromptBoxFilter;
import wirewash.clean.filters.PullQuoteFilter;
import wirewash.clean.filters.RelatedListTailFilter;
import wirewash.clean.filters.RepeatedBlockFilter;
import wirewash.clean.filters.SelectorRuleFilter;
import wirewash.clean.filters.SentenceTeaserBoxFilter;
import wirewash.clean.filters.SignUpBoxFilter;
import wirewash.clean.filters.SiteNameFilter;
import wirewash.clean.filters.StrandedTailProseFilter;
import wirewash.clean.filters.StampedTeaserRunFilter;
import wirewash.clean.filters.SummaryBoxFilter;
import wirewash.clean.filters.ShortBlockContextFilter;
import wirewash.clean.filters.TailRuleFilter;
import wirewash.clean.filters.TableOfContentsFilter;
import wirewash.clean.filters.TeaserCardFilter;
import wirewash.clean.filters.TeaserGridFilter;
import wirewash.clean.filters.TrailingStampFilter;
import wirewash.clean.filters.TitleRunTailFilter;
import wirewash.clean.filters.WrappedLineJoinFilter;
import wirewash.internal.Validate;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.Metadata;
import wirewash.model.Problem;
import wirewash.model.RawDocument;
import wirewash.model.RemovedBlock;
import wirewash.rules.RuleKind;
import wirewash.rules.RuleSet;

/**
 * Turns a raw document into a clean one: splits it into blocks, runs the filter chain over them, and keeps what
 * no filter removed. The chain is assembled here, in one place, in the order it runs. Thread-safe: filters are
 * stateless and every document gets its own {@link Page}.
 */
public final class Cleaner {
    /** On HTML pages, blocks above the first prose block with more words than this are article text. */
    static final int HTML_HEADER_MAX_WORDS = 15;
    /**
     * On text dumps, blocks above the first prose block with more words than this (web addresses aside) are article
     * text: a table row, a list item or a lead the prose labels missed. Menus and page titles above the article are
     * shorter.
     */
    static final int TEXT_HEADER_MAX_WORDS = 20;
    /** ... unless most of their words are capitalised: a text dump runs a whole menu into one line. */
    static final double TEXT_HEADER_MAX_CAPITALISED_SHARE = 0.8;
    /** On HTML pages, only linked title-like lines after the last paragraph are a related list. */
    static final double HTML_RELATED_MIN_LINK_DENSITY = 0.5;
    /** On HTML pages, the elements below the headline that hold article text even above the first prose block. */
    static final Set<String> HTML_BODY_TAGS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "dd", "dt");

    private final RuleSet rules;
    private final List<BlockFilter> textChain;
    private final List<BlockFilter> htmlChain;
    private final HtmlBlocks htmlBlocks = new HtmlBlocks(new HtmlMetadata());
    /** The words of paragraphs seen on earlier pages (a wire story's, printed by many outlets). */
    private final ParagraphWords paragraphWords = new ParagraphWords();

    public Cleaner(RuleSet rules) {
        this(rules, BatchFurniture.NONE);
    }

    /** A cleaner that also removes the blocks {@code furniture} found repeated across the batch. */
    public Cleaner(RuleSet rules, BatchFurniture furniture) {
        this.rules = Validate.notNull(rules, "rules");
        Validate.notNull(furniture, "furniture");
        this.textChain = chain(rules, Format.TEXT, furniture);
        this.htmlChain = chain(rules, Format.HTML, furniture);
    }

    /** This cleaner's rules with a batch's furniture: what a runner uses after its pre-pass over the batch. */
    public Cleaner withFurniture(BatchFurniture furniture) {
        return new Cleaner(rules, furniture);
    }

    /**
     * The block texts of a text dump, as the chain will first see them, for counting furniture over a batch;
     * empty for HTML, whose pages are not parsed twice.
     */
    public List<String> blockTexts(RawDocument raw) {
        Validate.notNull(raw, "raw");
        if (raw.format() != Format.TEXT) return List.of();
        List<String> texts = new ArrayList<>();
        for (Block block : TextBlocks.split(raw.content())) texts.add(block.text());
        return texts;
    }

    /**
     * Counts a document's blocks towards a batch's furniture: those of {@link #blockTexts}, hashed straight from
     * the text without cutting each one out (the runner's pre-pass reads every text dump once more for this).
     */
    public void countFurniture(RawDocument raw, BatchFurniture.Builder builder) {
        Validate.notNull(raw, "raw");
        Validate.notNull(builder, "builder");
        if (raw.format() == Format.TEXT) builder.addTextDump(raw.content());
        else builder.add(List.of());
    }

    /** The filters for one input format, in the order they run. */
    static List<BlockFilter> chain(RuleSet rules, Format format, BatchFurniture furniture) {
        boolean html = format == Format.HTML;
        List<BlockFilter> chain = new ArrayList<>();
        if (!html) chain.add(new WrappedLineJoinFilter());
        if (!html) chain.add(new BrokenLineJoinFilter(rules));
        if (!html) chain.add(new GluedMenuFilter());
        // before the prose labels: a page's own story above stories of another language loaded below it (or, on
        // HTML, a reader thread) tells the page's language, not the whole page's count; on HTML only when the page
        // states the story's language
        chain.add(new LeadLanguageFilter(html));
        chain.add(new ProseLabelFilter());
        if (!html) chain.add(new CellTableFilter());
        if (!html) chain.add(new CommentRunFilter());
        if (html) {
            chain.add(new HiddenElementFilter());
            chain.add(new SelectorRuleFilter(rules));
            chain.add(new LinkDensityFilter());
            chain.add(new BodyLinkGuardFilter());
            chain.add(new TableOfContentsFilter());
            chain.add(new CommentThreadFilter());
            chain.add(new ImageAltCaptionFilter());
            chain.add(new ImageBoxCaptionFilter());
            chain.add(new SignUpBoxFilter());
            chain.add(new HeadlineCardFilter());
            chain.add(new ButtonBoxFilter());
            chain.add(new AppendedStoryFilter());
            chain.add(new MainContainerFilter());
            chain.add(new BoilerplateClassFilter());
            chain.add(new EmbeddedPostFilter());
            chain.add(new TeaserGridFilter());
            chain.add(new PruningGuardFilter());
        }
        chain.add(new BylineRuleFilter(rules));
        chain.add(new LineRuleFilter(rules));
        if (!html) chain.add(new PollBoxFilter());
        if (!html) chain.add(new ContentsListFilter());
        if (!html) chain.add(new SummaryBoxFilter());
        if (html) chain.add(new PromptBoxFilter(rules));
        // after the byline rule, which reads the byline's name from a byline box before this step takes it
        if (html) chain.add(new AuthorBoxFilter());
        if (!html) chain.add(new DatedCardRunFilter());
        if (!html) chain.add(new HeadlineTeaserRunFilter());
        if (!html) chain.add(new MarkedHeadlineRunFilter());
        if (!html) chain.add(new InsetHeadlineListFilter());
        if (!html) chain.add(new InsetTeaserCardFilter());
        // the dense-prose step asks the next-story step where another story's header stands, before it runs
        NextStoryFilter nextStory = new NextStoryFilter(rules);
        if (!html) chain.add(new DenseProseRunFilter(nextStory));
        if (!html) chain.add(nextStory);
        if (!html) chain.add(new SentenceTeaserBoxFilter(rules));
        // after the list, dense-prose and teaser-box steps, which read the page's runs and boxes as they found them:
        // this one takes what they left of a stamped run
        if (!html) chain.add(new StampedTeaserRunFilter());
        chain.add(new TailRuleFilter(rules, html));
        chain.add(new CaptionFilter(rules));
        if (!html) chain.add(new CaptionCreditFilter());
        chain.add(new TeaserCardFilter());
        if (!html) chain.add(new TitleRunTailFilter());
        chain.add(new RepeatedBlockFilter(furniture));
        if (html) chain.add(new RepeatedCaptionFilter());
        chain.add(new NoTextFilter());
        chain.add(new HeaderFilter(HeaderFilter.DEFAULT_MIN_TITLE_WORDS,
                html ? HTML_HEADER_MAX_WORDS : TEXT_HEADER_MAX_WORDS,
                html ? HeaderFilter.DEFAULT_MAX_CAPITALISED_SHARE : TEXT_HEADER_MAX_CAPITALISED_SHARE,
                html ? HTML_BODY_TAGS : HeaderFilter.DEFAULT_BODY_TAGS, HeaderFilter.DEFAULT_MAX_DECK_LINES,
                HeaderFilter.DEFAULT_MAX_LEAD_CAPITALISED_SHARE, HeaderFilter.DEFAULT_MAX_STANDFIRST_WORDS,
                HeaderFilter.DEFAULT_MAX_OPENING_SUBHEAD_WORDS,
                block -> rules.firstMatch(RuleKind.TAIL, block.ruleText()) != null));
        chain.add(new RelatedListTailFilter(html ? HTML_RELATED_MIN_LINK_DENSITY
                : RelatedListTailFilter.DEFAULT_MIN_LINK_DENSITY));
        chain.add(new AuthorBioFilter());
        if (!html) chain.add(new MastheadBoxFilter());
        chain.add(html ? new ShortBlockContextFilter(ShortBlockContextFilter.DEFAULT_SEE_THROUGH_REASONS, Set.of(), true,
                ShortBlockContextFilter.DEFAULT_BOX_LEVELS, ShortBlockContextFilter.DEFAULT_MIN_POSTS,
                ShortBlockContextFilter.DEFAULT_MIN_LONE_WORDS, ShortBlockContextFilter.DEFAULT_MIN_RUNNING_WORDS,
                ShortBlockContextFilter.DEFAULT_MIN_RUNNING_STOPWORD_DENSITY)
                : new ShortBlockContextFilter());
        if (!html) chain.add(new StrandedTailProseFilter());
        if (html) chain.add(new BoxHeadingFilter());
        if (html) chain.add(new LinkListLabelFilter());
        if (html) chain.add(new PostStampFilter());
        if (html) chain.add(new PullQuoteFilter());
        if (html) chain.add(new TrailingStampFilter());
        if (html) chain.add(new ArticleBodyFilter(rules));
        else {
            // once the page's furniture above the story is out: the header step takes out a card's headline above the
            // first paragraph and leaves its summary as the story's first line
            chain.add(new EdgeTeaserCardFilter());
            chain.add(new ConsentButtonFilter());
            chain.add(new ArticleEdgeFilter());
            chain.add(new DuplicateBlockFilter());
        }
        // reads the metadata only, once every block's verdict is known (the copyright line's among them)
        chain.add(new SiteNameFilter());
        return List.copyOf(chain);
    }

    public List<BlockFilter> chain(Format format) {
        return format == Format.HTML ? htmlChain : textChain;
    }

    /** Cleans one document. Never throws on bad content: a failure is recorded on the result as an error. */
    public CleanDocument clean(RawDocument raw) {
        Validate.notNull(raw, "raw");
        return guarded(raw, document -> toDocument(document, run(document)));
    }

    /**
     * Runs {@code work} on one document and turns its failure into an error on that document's result, so that one
     * document never stops a batch: any {@link RuntimeException}, and a {@link StackOverflowError}, which a page's
     * content can cause (nesting deeper than some code path expected) and which leaves the thread usable once
     * unwound. Other errors (out of memory, linkage) say the job itself is in trouble and propagate.
     */
    static CleanDocument guarded(RawDocument raw, Function<RawDocument, CleanDocument> work) {
        try {
            return work.apply(raw);
        } catch (RuntimeException | StackOverflowError e) {
            String cause = e instanceof StackOverflowError
                    ? "stack overflow (the page nests deeper than the cleaner can follow)" : e.toString();
            Problem problem = Problem.error("clean", "cleaning failed: " + cause);
            return new CleanDocument(raw.id(), raw.source(), raw.format(), Metadata.EMPTY, List.of(), List.of(),
                    List.of(problem));
        }
    }

    /**
     * Splits the document into blocks and runs the chain; the page keeps every block's verdict, for explain. A
     * language the page does not state is the one its words tell, as a filter may have told it again (from the
     * page's own story, once other stories were removed), not the first count over the whole page.
     */
    public Page run(RawDocument raw) {
        Page page = blocks(raw);
        List<Block> unread = paragraphWords.lend(page.blocks());
        page.setStopwords(page.tellLanguage(block -> true));
        paragraphWords.keep(unread);
        boolean told = page.metadata().language() == null;
        if (told) page.setMetadata(page.metadata().withLanguage(page.stopwords().language()));
        for (BlockFilter filter : chain(raw.format())) filter.process(page);
        if (told) page.setMetadata(page.metadata().withLanguage(page.stopwords().language()));
        return page;
    }

    private Page blocks(RawDocument raw) {
        if (raw.format() == Format.HTML) {
            HtmlBlocks.Result parsed = htmlBlocks.parse(raw.content(), raw.source());
            Page page = new Page(raw.id(), raw.format(), parsed.blocks(), parsed.metadata());
            page.setArticleBodies(parsed.articleBodies());
            page.setGatedPartSelectors(parsed.gatedPartSelectors());
            return page;
        }
        return new Page(raw.id(), raw.format(), TextBlocks.split(raw.content()), Metadata.EMPTY);
    }

    private static CleanDocument toDocument(RawDocument raw, Page page) {
        List<String> paragraphs = new ArrayList<>();
        List<RemovedBlock> removed = new ArrayList<>();
        for (Block block : page.blocks()) {
            if (block.isKept()) paragraphs.add(block.text());
            else if (block.isRemoved()) removed.add(new RemovedBlock(block.index(), block.text(), block.removal()));
        }
        List<Problem> problems = new ArrayList<>(page.problems());
        if (paragraphs.isEmpty()) problems.add(Problem.warning("clean", "no article text left after cleaning"));
        return new CleanDocument(raw.id(), raw.source(), raw.format(), page.metadata(), paragraphs, removed, problems);
    }
}
