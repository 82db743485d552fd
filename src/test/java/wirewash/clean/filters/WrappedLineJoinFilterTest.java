package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;

class WrappedLineJoinFilterTest {
    private static final String WRAPPED = """
            Officials said on Tuesday that the mission had been
            completed and that the withdrawal of the remaining troops
            would take ten days, starting from the capital and moving
            out to the smaller towns in the north, where residents said
            that shops had begun to open again during the day and that
            the roads were busy.
            """;

    @Test
    void joinsTheLinesOfAParagraphHardWrappedAtAFixedWidth() {
        var page = Pages.run(Pages.text("Menu\n\n" + WRAPPED + "\nMore news"), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Menu", "Officials said on Tuesday that the mission had been "
                + "completed and that the withdrawal of the remaining troops would take ten days, starting from the "
                + "capital and moving out to the smaller towns in the north, where residents said that shops had "
                + "begun to open again during the day and that the roads were busy.", "More news");
    }

    @Test
    void readsTheWidthFromThePage() {
        var filter = new WrappedLineJoinFilter();
        assertThat(filter.width(Pages.text(WRAPPED).kept())).isEqualTo(59);
    }

    @Test
    void takesOneLongerLineForALineTheDumperLeftWhole() {
        String withLongerLine = "The mayor of the city said on Tuesday that the old bridge will shut\nMenu\n\n" + WRAPPED;
        assertThat(new WrappedLineJoinFilter().width(Pages.text(withLongerLine).kept())).isEqualTo(59);
    }

    @Test
    void leavesAListOfCapitalisedLinesOfSimilarLengthAlone() {
        String list = """
                Dozens of tricky questions that help you know each other better
                A large variety of games and puzzles for the long winter nights
                Challenges that need to be performed within a week of the game
                Additional quizzes, surprises and bonuses for every new player
                Hundreds of new tasks that will make your evenings more fun
                """;
        var page = Pages.run(Pages.text(list), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).hasSize(5);
    }

    @Test
    void joinsNoShortLineThatEndsNoSentenceOntoAFullLine() {
        var page = Pages.run(Pages.text(WRAPPED + "Council votes to close the old bridge to all traffic this week\n"
                + "album photos\ninfo\n"), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).endsWith("Council votes to close the old bridge to all traffic this week",
                "album photos", "info");
    }

    @Test
    void joinsAParagraphWrappedInAScriptWithoutCase() {
        String korean = "이유리는 이번 작품에서 강하고 강렬하게 연기하는 방법에 능한 배우라는 평가를 다시\n"
                + "한번 받았다. 그는 촬영 현장에서 늘 밝은 모습으로 동료들을 대했고, 감독은 그의\n"
                + "연기가 작품의 중심을 잡아 주었다고 말했다. 드라마는 다음 달 첫 방송을 앞두고\n"
                + "있으며 시청자들의 기대가 크다.\n";
        var page = Pages.run(Pages.text(korean), new WrappedLineJoinFilter(40, 120, 15, 3, 0.7, 0.2));
        assertThat(Pages.kept(page)).hasSize(1);
        assertThat(WrappedLineJoinFilter.goesOnUncapitalised("한번 받았다.")).isTrue();
        assertThat(WrappedLineJoinFilter.goesOnUncapitalised("“Officials said")).isFalse();
        assertThat(WrappedLineJoinFilter.goesOnUncapitalised("“the roads")).isTrue();
    }

    @Test
    void joinsNoBulletedListItemOntoAWrappedLine() {
        var page = Pages.run(Pages.text(WRAPPED.replace("the roads were busy.", "- the roads were busy.")),
                new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).hasSize(2).last().isEqualTo("- the roads were busy.");
    }

    @Test
    void leavesLinesAloneWhenAParagraphLineIsLongerThanAnyWrapWidth() {
        String unwrapped = WRAPPED + "\n" + Pages.PROSE_1 + " " + Pages.PROSE_2 + " " + Pages.PROSE_3 + "\nthe end.";
        var filter = new WrappedLineJoinFilter(40, 80, 15, 4, 0.9, 0.2);
        assertThat(filter.width(Pages.text(unwrapped).kept())).isZero();
    }
    @Test
    void joinsAWordBrokenAfterItsHyphenWithoutASpace() {
        String wrapped = """
                Officials said on Tuesday that the mission had been
                completed and that the withdrawal of the remaining troops
                would take ten days, starting from the capital and moving
                out to the smaller towns in the north, where the long-
                suffering residents said that shops had begun to open
                again during the day and that the roads were busy.
                """;
        var page = Pages.run(Pages.text(wrapped), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).hasSize(1).first().asString().contains("where the long-suffering residents");
    }

    @Test
    void joinsChineseLinesWithoutASpace() {
        String sentence = "政府官员周二表示任务已经完成剩余部队的撤离将需要十天时间从首都开始逐步撤往北部的小城镇当地居民说商店已经在白天重新开门道路也变得繁忙起来了。";
        String paragraph = sentence.repeat(3);
        StringBuilder wrapped = new StringBuilder();
        for (int i = 0; i < paragraph.length(); i += 42) {
            wrapped.append(paragraph, i, Math.min(paragraph.length(), i + 42)).append('\n');
        }
        var page = Pages.run(Pages.text(wrapped.toString()), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly(paragraph);
    }

    @Test
    void leavesAListOfHeadlinesInAScriptWithoutCaseAlone() {
        String headlines = """
                الحكومة تعلن عن خطة جديدة لإعادة بناء الجسر القديم في وسط المدينة
                وزير المالية يدافع عن الميزانية أمام البرلمان بعد جلسة طويلة
                الشرطة تغلق الطريق الرئيسي بعد حادث سير على مدخل العاصمة
                آلاف المشجعين يحتفلون بفوز الفريق في نهائي كأس البطولة الإقليمية
                ارتفاع أسعار الوقود للمرة الثالثة خلال شهر واحد في عدة مدن
                """;
        var page = Pages.run(Pages.text(headlines), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).hasSize(5);
    }

    @Test
    void joinsNoNumberedListItemOntoAWrappedLine() {
        String steps = WRAPPED + "1. Reopen the old bridge to buses and bicycles next week.\n"
                + "2. Survey every school roof in the district before winter.\n";
        var page = Pages.run(Pages.text(steps), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).endsWith("1. Reopen the old bridge to buses and bicycles next week.",
                "2. Survey every school roof in the district before winter.");
    }
    /** A text browser's dump (lynx): paragraphs set in by 3, list items by 5, their later lines by 7. */
    private static final String INDENTED = """
               Officials said on Tuesday that the mission had been
               completed and that the withdrawal of the remaining troops
               would take ten days, starting from the capital and moving
               out to the smaller towns in the north, where residents
               said that shops had begun to open again.

                 * Residents of the northern towns say that the shops
                   have opened again and the roads are busy during the
                   day.
                 * Aid groups plan to move their staff back into the
                   capital within the next two weeks, officials said.
            """;

    @Test
    void measuresAnIndentedLineToTheColumnItEndsAt() {
        assertThat(new WrappedLineJoinFilter().width(Pages.text(INDENTED).kept())).isEqualTo(60);
    }

    @Test
    void joinsAListItemsIndentedLinesThatEndAtTheBrowsersColumn() {
        // "day." would have fitted after "during the" by its length alone (52 + 1 + 4 < 57), not at its column
        var page = Pages.run(Pages.text(INDENTED), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).containsExactly("Officials said on Tuesday that the mission had been completed "
                        + "and that the withdrawal of the remaining troops would take ten days, starting from the "
                        + "capital and moving out to the smaller towns in the north, where residents said that shops "
                        + "had begun to open again.",
                "* Residents of the northern towns say that the shops have opened again and the roads are busy "
                        + "during the day.",
                "* Aid groups plan to move their staff back into the capital within the next two weeks, officials "
                        + "said.");
    }

    @Test
    void leavesIndentedLinesThatStopShortOfTheColumnApart() {
        // lines a page broke itself (a poem, an address), set in like the paragraphs: the next word would fit
        String verse = INDENTED + """

               The river runs below the bridge where we once stood,
               and the town is quiet.
            """;
        var page = Pages.run(Pages.text(verse), new WrappedLineJoinFilter());
        assertThat(Pages.kept(page)).endsWith("The river runs below the bridge where we once stood,",
                "and the town is quiet.");
    }
}
