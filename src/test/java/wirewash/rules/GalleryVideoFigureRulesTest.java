package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name what a dump writes out of a photo gallery (its counts, buttons and hints), of a video
 * player (its control bar, its screen-reader dialogs, its notes and title labels) and of a figure's credit under
 * another name than a photo's; a story's sentences with the same words are matched by none.
 */
class GalleryVideoFigureRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"See all 14 photos", "View 9 photos", "+23", "Gallery: 20 images", "Photo gallery (12)",
            "Start slideshow", "Exit fullscreen", "Read caption", "Thumbnails", "Expand", "Swipe for more photos",
            "Scroll down for more photos", "Tap image to view gallery", "Click to enlarge", "More photos below"})
    void galleryFurnitureIsGallery(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "gallery", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Video player is loading.", "Current Time 0:00", "Duration 1:32", "Remaining Time -1:32",
            "Loaded: 0%", "Stream Type LIVE", "Playback Rate", "Chapters", "captions off, selected",
            "captions settings, opens captions settings dialog", "Picture-in-Picture", "This is a modal window.",
            "Beginning of dialog window. Escape will cancel and close the window.", "Close Modal Dialog",
            "This video can not be played", "Watch the full video above.", "More videos", "Watch more",
            "VIDEO: Firefighters battle blaze for hours", "Video | Officials give an update",
            "Image source, Getty Images", "16 hours ago · 8 min read", "09/06/2016 · 5 min read",
            "Jane Doe | 4 min read", "6 min read — Nov 3, 2019"})
    void videoPlayerFurnitureIsMedia(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "media", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Graphic by Jane Doe", "Illustration: Jane Doe/The Herald", "Photo illustration: The Herald",
            "Designed by Marcus Lee", "(AFP via Getty Images)",
            "Crews at the scene on Tuesday. — Jane Doe/The Herald", "Supporters gather outside. | AFP via Getty Images",
            "Jupiterimages, Getty Images/Creatas RF", "Jane Doe, Getty Images", "John Smith, iStockphoto",
            "Stock image, Alamy Stock Photo"})
    void figureCreditsAreCaptions(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.CAPTION, "caption", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The video cannot be played in court, the judge ruled on Tuesday.",
            "Press images showed the damage to the building.", "Video footage showed the suspect fleeing the scene.",
            "Click on any of the names to see how the senators voted on the bill.",
            "The gallery will expand its collection of modern photos next year.",
            "Chart by chart, the report lays out how the economy slowed.",
            "He said the map was drawn in 1852 by a surveyor working for the railway.",
            "The report — a 30 min read for most people — lays out how the economy slowed.",
            "The photo, taken by a Getty Images photographer, shows the crowd.",
            "Shares of Shutterstock, Getty Images and Alamy fell on Tuesday."})
    void storySentencesAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
