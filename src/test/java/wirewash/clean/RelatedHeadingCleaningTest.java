package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wirewash.model.CleanDocument;
import wirewash.model.Format;
import wirewash.model.RawDocument;
import wirewash.rules.RuleException;
import wirewash.rules.RuleLoader;

/**
 * A related list's heading ending in a colon, right below the story or a line below it, is no list the story
 * announces: with the shipped rules the heading and its headlines go, in any of the languages the rules name.
 */
class RelatedHeadingCleaningTest {
    private static final String STORY = "City approves new budget\n\n"
            + "The city council voted on Tuesday to approve a new budget for the coming year, after a long debate that "
            + "stretched late into the evening and drew dozens of residents to the chamber to speak.\n\n"
            + "Council members said the plan would fund road repairs, two new libraries and more staff for the parks "
            + "department, while keeping the property tax rate where it has been for three years.\n\n"
            + "The mayor is expected to sign the budget next week, and the first projects could begin as early as the "
            + "spring, according to a statement from her office released after the vote.\n\n";
    private static final String LIST = "\nTeam wins the championship in overtime thriller\n"
            + "Local school opens new science wing\nStorm knocks out power across the county\n"
            + "Farmers market returns for summer season\nPolice seek witnesses after downtown crash\n";

    @ParameterizedTest
    @ValueSource(strings = {"More from Sports:", "Related:", "Read more:", "You may also like:", "Latest news:",
            "Popular now:", "Editors' picks:", "Lesen Sie auch:", "Mehr zum Thema:", "À lire aussi :",
            "Sur le même sujet :", "Te puede interesar:", "Leggi anche:", "Leia também:"})
    void aRelatedHeadingWithAColonAnnouncesNoListOfTheStorys(String heading) throws RuleException {
        for (String above : new String[] {"", "Share this story\n\n", "Filed under budget\n"}) {
            CleanDocument doc = clean(STORY + above + heading + LIST);
            assertThat(doc.paragraphs()).as(above + heading).hasSize(3)
                    .allMatch(p -> p.startsWith("The ") || p.startsWith("Council "));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tour dates:", "The qualified teams are:"})
    void aListTheStoryAnnouncesStays(String heading) throws RuleException {
        CleanDocument doc = clean(STORY + heading + LIST);
        assertThat(doc.paragraphs()).contains(heading, "Local school opens new science wing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related", "Read more", "See also"})
    void anInlinePlugWhoseLabelHasNoColonGoesFromTheStory(String label) throws RuleException {
        String[] paragraphs = STORY.strip().split("\n\n");
        String html = "<html><body><article><h1>" + paragraphs[0] + "</h1><p>" + paragraphs[1] + "</p><p><strong>"
                + label + "</strong> <a href=\"https://news.example.org/storm\">Storm knocks out power across the "
                + "county</a></p><p>" + paragraphs[2] + "</p><p>" + paragraphs[3] + "</p></article></body></html>";
        CleanDocument doc = new Cleaner(RuleLoader.load(Path.of("rules")))
                .clean(new RawDocument("page", "page.html", Format.HTML, html));
        assertThat(doc.paragraphs()).hasSize(3).noneMatch(p -> p.contains("Storm knocks out power"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MORE: ", "Related stories: ", "Recommended: ", "Also on The Herald: ", "Watch | ",
            "Don't miss » "})
    void aLabelledPlugBetweenTheStorysParagraphsGoes(String label) throws RuleException {
        String[] paragraphs = STORY.strip().split("\n\n");
        CleanDocument doc = clean(paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n" + label
                + "Storm knocks out power across the county\n\n" + paragraphs[2] + "\n\n" + paragraphs[3] + "\n");
        assertThat(doc.paragraphs()).as(label).hasSize(3).noneMatch(p -> p.contains("Storm knocks out power"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"More information: G. Petit et al., Handbook of Life Support Systems, 2019",
            "Watch the video below to see how the bridge was built."})
    void aStoryLineThatOpensWithALabelWordStays(String line) throws RuleException {
        String[] paragraphs = STORY.strip().split("\n\n");
        CleanDocument doc = clean(paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n" + paragraphs[2] + "\n\n" + line
                + "\n\n" + paragraphs[3] + "\n");
        assertThat(doc.paragraphs()).contains(line);
    }

    private static CleanDocument clean(String content) throws RuleException {
        return new Cleaner(RuleLoader.load(Path.of("rules")))
                .clean(new RawDocument("page", "page.txt", Format.TEXT, content));
    }
}
