package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;

class AuthorBioFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";

    @Test
    void removesTheAuthorsBioBelowTheStoryWithTheNameLineAboveIt() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nEmiliano Bellini\n"
                + "Emiliano joined pv magazine in March 2017. He has been reporting on solar energy since 2009.");
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY);
        assertThat(page.blocks().get(3).removal().code()).isEqualTo(AuthorBioFilter.REASON);
    }

    @Test
    void takesABioOpeningWithADescriptionOrAnAddressInBrackets() {
        for (String bio : new String[] {
            "Pulitzer Prize-winning journalist Michael Hiltzik writes a daily blog. His column appears every Sunday.",
            "Jeff Foust (jeff@example.com) is the editor and publisher of The Space Review.",
            "Julius is an LA Entertainment Reporter for Fox News."}) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + bio);
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(bio).hasSize(1);
        }
    }

    @Test
    void takesABioSetBetweenTheStorysParagraphsThatNamesItsPublication() {
        String bio = "Connor Stavros is a data journalist covering culture for the Silverton Post. He came to the "
                + "newsroom in 2010.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + bio + "\nNewsroom contacts\n" + STORY + "\n" + STORY
                + "\n" + STORY);
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, "Newsroom contacts", STORY, STORY,
                STORY);
    }

    @Test
    void takesABioAboveTheStoryWithABoxLineOnBothSides() {
        String bio = "Connor Stavros is a senior reporter covering the courts for the Silverton Post. He came to the "
                + "newsroom in 2010.";
        Page page = DenseProseRunFilterTest.labelled("Opinion\n" + bio + "\nRead more from Connor\n" + STORY + "\n"
                + STORY);
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly("Opinion", "Read more from Connor", STORY,
                STORY);
        // the story's own opening, with its next paragraph right below it, stays
        page = DenseProseRunFilterTest.labelled("Opinion\n" + bio + "\n" + STORY + "\n" + STORY);
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).hasSize(4);
    }

    @Test
    void takesTwoBiosThatShareASurname() {
        String first = "Elena Osei is a correspondent covering local government for the Northgate Herald. She joined "
                + "the newsroom in 2022.";
        String second = "Daniel Osei is a features editor covering transport for the Linton Bay Chronicle. He came to "
                + "the newsroom in 2020.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + first + "\nView all articles\n" + STORY + "\n"
                + STORY + "\n" + second + "\nView all articles\n" + STORY);
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, "View all articles", STORY, STORY,
                "View all articles", STORY);
    }

    @Test
    void keepsAReporterTheStoryIntroducesBetweenItsParagraphs() {
        // the story names her again below: she is its subject, not its author
        String intro = "Maria Lopez is a freelance journalist for Reuters who was detained at the border in May.";
        String more = "Lopez said she was held for nine hours before she was allowed to call her family.";
        String deep = "\n" + STORY + "\n" + STORY + "\n" + STORY;
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nAt the border\n" + intro + "\n" + more + deep);
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).hasSize(7);
        // nor is a paragraph that names no publication after "for"
        String noPublication = "Ana Ruiz is a reporter who has lived in the town for most of her life and knows it.";
        page = DenseProseRunFilterTest.labelled(STORY + "\nAt the border\n" + noPublication + deep);
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).hasSize(6);
    }

    @Test
    void takesABioThatGivesTheAuthorsEmailAddressInsteadOfATrade() {
        for (String bio : new String[] {
            "Kenji Watanabe writes about science for The Sentinel. Reach him at kenji@sentinel.example.com.",
            "Jane Doe can be reached at jdoe@herald.example.org."}) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + bio);
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(bio).extracting(b -> b.text()).containsExactly(STORY, STORY);
        }
    }

    @Test
    void takesABioThatSaysThePersonCoversASubjectForAPublication() {
        for (String bio : new String[] {
            "Kim Tran covers climate and energy for The Herald. She previously worked at the Tribune.",
            "Owen Price has covered state politics for the Evening Post since 2012."}) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + bio);
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(bio).extracting(b -> b.text()).containsExactly(STORY, STORY);
        }
    }

    @Test
    void takesABioToldInTwoParagraphsTheSecondOpeningWithAPronoun() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\nNadia Ferris\n"
                + "Nadia Ferris has written about farming and water rights since 2011.\n"
                + "She was previously an editor at the Coastal Review and lives in Fresno.");
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY);
        assertThat(page.blocks().get(4).removal().code()).isEqualTo(AuthorBioFilter.REASON);
    }

    @Test
    void keepsAStorysLastTwoParagraphsAboutAPersonItNamesOrWithNoTrade() {
        String[][] endings = {
            // the story names her: she is its subject
            {"Ferris said the drought had cost the valley a third of its crop.",
                "Nadia Ferris has been a farmer in the valley since 1998.", "She was once an editor at the local paper."},
            // no trade, no address: a person the story closes on
            {STORY, "Maria Lopez is a nurse at the county clinic.", "She said the shortages had worsened since May."}};
        for (String[] end : endings) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + String.join("\n", end));
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(end[1]).hasSize(4);
        }
    }

    @Test
    void keepsAStorysLastParagraphThatCoversSomethingForNoPublication() {
        for (String last : new String[] {
            "Medicare covers most of the cost, and the rest falls to the families. The council said for now it would wait.",
            "Smith covers the night shift at the depot, where the buses are repaired for the morning."}) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + last);
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(last).hasSize(3);
        }
    }

    @Test
    void keepsAStorysLastParagraphThatGivesAnAddressWithoutABiosVerb() {
        String last = "Residents with questions can write to the council at roads@council.example.gov.uk.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + last);
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY, last);
    }

    @Test
    void keepsAStorysLastParagraphAboutAPerson() {
        // a bio names the trade of writing news; the story's people are in other trades
        for (String last : new String[] {
            "McDonald joined the band in 1975 and remained in the lineup until 1982, appearing on four albums.",
            "US President Donald Trump has been eager to withdraw, but his generals have warned against it.",
            // a pronoun is no name, though the sentence names a newspaper
            "It is the third newspaper in the state to close this year, after the Daily Star shut in March.",
            // a capitalised word after an article names a thing, not a person
            "The Tribune has been the city's newspaper of record since 1881 and has covered every council vote."}) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + last);
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(last).hasSize(2);
        }
    }

    @Test
    void keepsTheLastParagraphAboutAPersonTheStoryNames() {
        // the obituary of a reporter, a politician the papers criticise: the story's subject, not its author
        String obituary = "John Smith, who led the Globe's newsroom for two decades, died on Sunday at his home in "
                + "Maine after a long illness, his family said.";
        for (String[] story : new String[][] {
            {obituary, "Smith joined the Globe in 1975 as a reporter and retired as its managing editor in 2010."},
            {"President Biden said on Monday that the talks would resume next week in Geneva.",
                "Biden has been criticised by several newspaper editorial boards for the delay."}}) {
            Page page = DenseProseRunFilterTest.labelled(story[0] + "\n" + story[1]);
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(story[1]).hasSize(2);
        }
    }

    @Test
    void keepsABioThatIsThePagesOnlyParagraph() {
        // a profile page: nothing of a story above the bio
        Page page = DenseProseRunFilterTest.labelled("Jane Doe\nJane Doe is a reporter who covers city hall for the "
                + "Daily Courier and hosts its weekly podcast.");
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).hasSize(2);
    }

    @Test
    void keepsALongParagraphAndALineAboveThatNamesSomeoneElse() {
        Page page = DenseProseRunFilterTest.labelled(STORY + "\nMayor defends the budget\n"
                + "Jane Doe is a reporter for the Daily Courier.");
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, "Mayor defends the budget");
        Page tight = DenseProseRunFilterTest.labelled(STORY + "\nJane Doe is a reporter for the Daily Courier.");
        new AuthorBioFilter(5, 8, Set.of("reporter")).process(tight);
        assertThat(tight.kept()).as("longer than maxWords").hasSize(2);
    }

    @Test
    void takesABioWithTheSitesNotesBelowItButNotOneThoseParagraphsNameAgain() {
        String bio = "Priya Raman is a reporter covering politics and local government for the Herald.";
        String citation = "Citation: Council closes the old bridge (2019, November 18) retrieved 20 November 2019 from the site.";
        String copyright = "This document is subject to copyright. No part may be reproduced without the written permission.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + STORY + "\n" + bio + "\n" + citation + "\n" + copyright);
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY, citation, copyright);
        // a person the paragraph below names again is the story's: "Raman is a reporter…" introduces a witness
        String witness = "Raman said she saw the first cracks in the bridge's deck on her way to work in March last year.";
        Page story = DenseProseRunFilterTest.labelled(STORY + "\n" + bio + "\n" + witness);
        new AuthorBioFilter().process(story);
        assertThat(story.kept()).hasSize(3);
        // more prose below than maxProseBelow allows: the bio sits in the story's run, and stays
        Page deep = DenseProseRunFilterTest.labelled(STORY + "\n" + bio + "\n" + STORY + "\n" + citation + "\n" + copyright);
        new AuthorBioFilter().process(deep);
        assertThat(deep.kept()).hasSize(5);
        Page none = DenseProseRunFilterTest.labelled(STORY + "\n" + bio + "\n" + citation);
        new AuthorBioFilter(100, 8, AuthorBioFilter.DEFAULT_TRADE_WORDS, AuthorBioFilter.DEFAULT_BIO_VERBS, 0).process(none);
        assertThat(none.kept()).as("maxProseBelow 0: the bio must be the last prose").hasSize(3);
    }

    @Test
    void removesABioBetweenTheParagraphsRightAboveAPromptToFollowItsPerson() {
        String bio = "Tom Whitley covers health and science for the paper.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + bio + "\nFollow Tom on Twitter: @tomw\n" + STORY);
        page.blocks().get(2).remove(new wirewash.model.Reason("contact", "rules", "test"));
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY);
        assertThat(page.blocks().get(1).removal().code()).isEqualTo(AuthorBioFilter.REASON);
    }

    @Test
    void keepsAStoryParagraphAboveTheSitesOwnFollowPrompt() {
        String line = "Later on Smith joined the band for a tour of the north.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + line + "\nFollow us on Twitter\n" + STORY);
        page.blocks().get(2).remove(new wirewash.model.Reason("contact", "rules", "test"));
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, line, STORY);
    }

    @Test
    void takesTheBioAboveTheAuthorsHandleLine() {
        String bio = "Priya Raman covers health and science for the paper.";
        Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + bio + "\nTwitter: @priyaraman\n" + STORY);
        page.blocks().get(2).remove(new wirewash.model.Reason("contact", "rules", "test"));
        new AuthorBioFilter().process(page);
        assertThat(page.kept()).extracting(b -> b.text()).containsExactly(STORY, STORY);
    }

    @Test
    void takesABioInTheLanguagesItsTradeWordsName() {
        String story = "A prefeitura anunciou nesta segunda-feira que a ponte velha ficará fechada até o fim das obras.";
        String berita = "Pemerintah kota mengumumkan pada hari Senin bahwa jembatan lama akan ditutup sampai perbaikan "
                + "selesai, dan warga diminta mencari jalan lain selama beberapa bulan ke depan.";
        String rasskaz = "Мэрия объявила в понедельник, что старый мост будет закрыт до конца ремонта для всех машин.";
        String storia = "Il Comune ha annunciato lunedì che il vecchio ponte resterà chiuso fino alla fine dei lavori.";
        String[][] cases = {
            {story, "Ana Souza é repórter de política do Jornal do Dia, formada pela USP."},
            {story, "Mariana Costa é colunista do Jornal do Dia e escreve às quintas-feiras."},
            {berita, "Siti Rahma adalah wartawan yang meliput isu ekonomi."},
            {rasskaz, "Мария Иванова — корреспондент отдела политики, она пишет о выборах и о работе Госдумы с 2012 года."},
            {rasskaz, "Ольга Кузнецова пишет для издания «Вести региона» с 2015 года."},
            {storia, "Marco Rossi è giornalista professionista, scrive di cronaca e politica."}};
        for (String[] c : cases) {
            Page page = labelledInItsLanguage(c[0] + "\n" + c[0] + "\n" + c[1]);
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(c[1]).extracting(b -> b.text()).containsExactly(c[0], c[0]);
        }
    }

    @Test
    void namesATradeByItsFirstCharWhetherThatCharIsAsciiOrNot() {
        // trade words of a caller's own: one opening with an ASCII letter, one with an accented letter, one Cyrillic
        AuthorBioFilter filter = new AuthorBioFilter(AuthorBioFilter.DEFAULT_MAX_WORDS,
                AuthorBioFilter.DEFAULT_MAX_HEADING_WORDS, Set.of("critic", "ébéniste", "рецензент"));
        for (String bio : new String[] {"Jane Doe is a critic at the Herald.", "Jane Doe is an ébéniste in Lyon.",
            "Jane Doe is a Рецензент at the Herald."}) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + bio);
            assertThat(filter.bioName(page.blocks().get(1))).as(bio).isNotNull();
        }
        // the default trades are not this filter's, and a word that opens with a trade's char but is none
        for (String text : new String[] {"Jane Doe is a reporter at the Herald.", "Jane Doe is a critter at the zoo.",
            "Jane Doe is an éditrice in Lyon."}) {
            Page page = DenseProseRunFilterTest.labelled(STORY + "\n" + text);
            assertThat(filter.bioName(page.blocks().get(1))).as(text).isNull();
        }
    }

    @Test
    void keepsAStorysLastParagraphInThoseLanguagesThatOpensWithAPronounOrNamesNoTrade() {
        String story = "A prefeitura anunciou nesta segunda-feira que a ponte velha ficará fechada até o fim das obras.";
        String rasskaz = "Мэрия объявила в понедельник, что старый мост будет закрыт до конца ремонта для всех машин.";
        String[][] cases = {
            // a pronoun, not a name, before the copula
            {story, "Ele é repórter há vinte anos e diz que nunca viu uma obra tão lenta na cidade."},
            {rasskaz, "Она — корреспондент с двадцатилетним стажем и говорит, что такого ремонта не помнит."},
            // a wire story's opening: a name and a dash, then the news (a trade word further on)
            {"The council voted on Monday to close the old bridge to all traffic until the repairs are done.",
                "Acme Corp (ACM) — Shares of the newspaper publisher rose 4% after it agreed to sell two titles."},
            // a person's trade that is not the writing of news
            {story, "Maria Silva é professora da escola ao lado da ponte e diz que os alunos vão atrasar."},
            // the story's subject, whom its paragraphs name: a journalist in the news
            {story + " A repórter Patrícia Lima foi a primeira a denunciar o atraso.",
                "Patrícia Lima é repórter do Jornal do Dia e recebeu ameaças depois da reportagem."},
            // a source the story cites: "пишет" with no "для" is "reports", not "writes for"
            {rasskaz, "Как пишет издание The Guardian, ремонт моста обойдется городу в два миллиарда рублей."},
            {rasskaz, "Издание The Guardian пишет о том, что ремонт моста обойдется городу в два миллиарда рублей."}};
        for (String[] c : cases) {
            Page page = labelledInItsLanguage(c[0] + "\n" + c[0] + "\n" + c[1]);
            new AuthorBioFilter().process(page);
            assertThat(page.kept()).as(c[1]).hasSize(3);
        }
    }

    /** The page's blocks labelled as the cleaner labels them, with the stopwords of the language it detects. */
    private static Page labelledInItsLanguage(String text) {
        Page page = new Page("t", wirewash.model.Format.TEXT, wirewash.clean.TextBlocks.split(text),
                wirewash.model.Metadata.EMPTY);
        page.setStopwords(wirewash.clean.Stopwords.detect(wirewash.clean.Stopwords.Tally.sum(
                page.blocks().stream().map(b -> b.stopwordTally()).toList())));
        new ProseLabelFilter().process(page);
        return page;
    }
}
