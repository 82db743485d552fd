package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import wirewash.clean.Page;
import wirewash.clean.Stopwords;
import wirewash.model.Reason;

class SiteNameFilterTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic until the repairs are done.";
    private static final Reason COPYRIGHT = new Reason("copyright", "LineRuleFilter", "a copyright line");

    /** A page of the lines, those at {@code copyrightLines} removed as a copyright rule removes them. */
    private static Page page(String text, int... copyrightLines) {
        Page page = DenseProseRunFilterTest.labelled(text);
        for (int at : copyrightLines) page.blocks().get(at).remove(COPYRIGHT);
        return page;
    }

    private static String site(Page page) {
        new SiteNameFilter().process(page);
        return page.metadata().site();
    }

    @Test
    void takesTheNameTwoPromptsStateAndRemovesNothing() {
        Page page = page("The Verge homepage\nFollow The Verge online:\nTech\n" + STORY + "\n" + STORY);
        assertThat(site(page)).isEqualTo("The Verge");
        assertThat(page.kept()).hasSize(5);
        assertThat(site(page("Search SlashGear\n" + STORY + "\nSubscribe to SlashGear newsletters"))).isEqualTo("SlashGear");
        // told apart case aside and with its "the": "SFGATE" is "SFGate", "the Los Angeles Times" "Los Angeles Times"
        assertThat(site(page("About SFGATE\n" + STORY + "\nMore From SFGate"))).isEqualTo("SFGATE");
        assertThat(site(page(STORY + "\nMore From the Los Angeles Times\nCopyright © 2019, Los Angeles Times | Terms of"
                + " Service", 2))).isEqualTo("the Los Angeles Times");
    }

    @Test
    void readsTheOwnerOfACopyrightLine() {
        String[][] lines = {
            {"© 2005-2019 SlashGear, All Rights Reserved.", "SlashGear"},
            {"Copyright 2019. Washington Examiner. All Rights Reserved.", "Washington Examiner"},
            {"© 2019 Vox Media, LLC. All Rights Reserved", "Vox Media"},
            {"© 2019 POLYGRAPH.info All Rights Reserved.", "POLYGRAPH.info"},
            {"copyright Inexhibit 2019 - ISSN: 2283-5474", "Inexhibit"},
            {"© Telegraph Media Group Limited 2019", "Telegraph Media Group"},
            {"© 2018 Copyright India Post Media Pvt. Ltd.. All Rights reserved.", "India Post Media"},
            {"This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, LLC.",
                "FOX News Network"},
            {"© Phys.org 2003 - 2019 powered by Science X Network", "Phys.org"},
            {"Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지", "Entermedia.co.kr"},
        };
        for (String[] line : lines) {
            assertThat(site(page(STORY + "\n" + line[0], 1))).as(line[0]).isEqualTo(line[1]);
        }
    }

    @Test
    void takesNoOwnerALineDoesNotName() {
        assertThat(site(page(STORY + "\n© 2019 All rights reserved.", 1))).isNull();
        assertThat(site(page(STORY + "\nCopyright", 1))).isNull();
        // a copyright line a rule left in the story is the story's sentence, not the page's foot
        assertThat(site(page(STORY + "\n© 2019 The Hollywood Reporter"))).isNull();
    }

    @Test
    void takesNoPronounNorASectionNamedOnce() {
        assertThat(site(page("About Us\nContact Us\nFollow Us\n" + STORY))).isNull();
        assertThat(site(page(STORY + "\nMore from Politics\nAbout the author"))).isNull();
        // a sentence that opens like a prompt is no prompt
        assertThat(site(page("Follow the money and you will find who paid for the new stadium in the end, he said.\n"
                + "Follow the money and you will see it all\n" + STORY))).isNull();
    }

    @Test
    void takesNoOwnerWhenCreditsNameOthers() {
        // photo credits a copyright rule removes name their photographers: no one owner, no site
        Page page = page("© John Brecher\n" + STORY + "\n© Lucy Nicholson\n" + STORY + "\n© 2019 Microsoft", 0, 2, 4);
        assertThat(site(page)).isNull();
        // but a prompt naming one of them again decides
        page = page("© Reuters\n" + STORY + "\n© 2019 ScienceAlert Pty Ltd. All rights reserved.\nAbout ScienceAlert", 0, 2);
        assertThat(site(page)).isEqualTo("ScienceAlert");
    }

    @Test
    void keepsASiteTheMetadataStatesAlready() {
        Page page = page("Follow The Verge online:\nThe Verge homepage\n" + STORY);
        page.setMetadata(page.metadata().withSite("Verge"));
        assertThat(site(page)).isEqualTo("Verge");
    }

    @Test
    void readsPagesOfOtherLanguagesByTheirOwnFunctionWords() {
        Page page = page("Sobre Nós\n" + STORY + "\nCopyright © 2010 AUTORACING. Todos os direitos reservados.", 2);
        page.setStopwords(Stopwords.forLanguage("pt"));
        assertThat(site(page)).isEqualTo("AUTORACING");
    }

    /** The regex-free end-stop cut gives what the regex it replaces gave, on fixed and random words. */
    @Test
    void cutsTheEndStopAsTheRegexDid() {
        String[] fixed = {"", " ", "  ", "a", " a", "a ", " a b  c ", "\t\n\u000B\f\r", "a\u00a0b c", "© 2005-2019 SlashGear,",
            "2019.", "2019,", "2019.,", "2019.\n", "2019.\r\n", "2019,\r", "x.\u2028", ".\u0085", "\n", ".", ",", "a.b"};
        for (String text : fixed) {
            assertThat(SiteNameFilter.withoutEndStop(text)).as(text).isEqualTo(text.replaceAll("[.,]$", ""));
        }
        String alphabet = "aZ9 .,\t\n\r\u000B\f\u00a0\u0085\u2028\u2029©–-";
        Random random = new Random(44);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(SiteNameFilter.withoutEndStop(t)).as(t).isEqualTo(t.replaceAll("[.,]$", ""));
        }
    }
}
