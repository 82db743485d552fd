package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateLinesTest {
    @Test
    void findsDatesInCommonStyles() {
        assertThat(DateLines.find("11 January 2022, 13:54")).contains("2022-01-11");
        assertThat(DateLines.find("Tuesday, May 24, 2022")).contains("2022-05-24");
        assertThat(DateLines.find(" date 2022-01-11 Contributors")).contains("2022-01-11");
        // an ISO-like date some sites print without its leading zeros
        assertThat(DateLines.find("2019-6-9")).contains("2019-06-09");
        assertThat(DateLines.find("Nothing here")).isEmpty();
        assertThat(DateLines.find("31 February 2022")).isEmpty();
    }

    @Test
    void findsNumericDatesWithTheYearLast() {
        assertThat(DateLines.find("20/11/2019 / 11:54 am")).contains("2019-11-20");
        assertThat(DateLines.find("11/19/2019 by Jane Doe")).contains("2019-11-19");
        assertThat(DateLines.find("13.11.2019, 23:06")).contains("2019-11-13");
        // both parts could be the month: a slash is read the US way, a dot the European way
        assertThat(DateLines.find("03/04/2019")).contains("2019-03-04");
        assertThat(DateLines.find("03.04.2019")).contains("2019-04-03");
        assertThat(DateLines.find("Mix 3/4 cup of flour, 2019 recipe")).isEmpty();
        assertThat(DateLines.leadingDateEnd("20/11/2019 11:54 Jane Doe")).isEqualTo(10);
    }

    @Test
    void recognisesRelativeTimes() {
        assertThat(DateLines.isRelativeTime("4 days ago")).isTrue();
        assertThat(DateLines.isRelativeTime("4 days ago the troops left")).isFalse();
    }

    @Test
    void findsWhereADateThatOpensTheLineEnds() {
        assertThat(DateLines.leadingDateEnd("20 Nov 2019 08:00 GMT")).isEqualTo(11);
        assertThat(DateLines.leadingDateEnd("Wednesday, November 20, 2019 Jane Doe")).isEqualTo(28);
        assertThat(DateLines.leadingDateEnd("Nov. 19, 2019, 8:41 AM UTC")).isEqualTo(13);
        assertThat(DateLines.leadingDateEnd("2019-11-20 08:00")).isEqualTo(10);
        assertThat(DateLines.leadingDateEnd("Jane Doe, November 20, 2019")).isEqualTo(-1);
        assertThat(DateLines.leadingDateEnd("Mayor defends the budget (2 November 2019)")).isEqualTo(-1);
        assertThat(DateLines.leadingDateEnd("31 February 2022")).isEqualTo(-1);
    }

    @Test
    void givesTheWordsBeforeALinesDate() {
        assertThat(DateLines.beforeDate("JohnnyB · 9 hours ago")).isEqualTo("JohnnyB ·");
        assertThat(DateLines.beforeDate("Jane Doe, November 20, 2019")).isEqualTo("Jane Doe,");
        assertThat(DateLines.beforeDate("Tue, 3 March 2024")).isEmpty();
        assertThat(DateLines.beforeDate("2 days ago at 07:50 am")).isEmpty();
        assertThat(DateLines.beforeDate("Jane Doe")).isNull();
    }

    @Test
    void knowsALineThatOnlyStampsAPostsTime() {
        assertThat(DateLines.isTimestamp("2 hours ago")).isTrue();
        assertThat(DateLines.isTimestamp("5h ago")).isTrue();
        assertThat(DateLines.isTimestamp("Yesterday")).isTrue();
        assertThat(DateLines.isTimestamp("Updated 3:45 PM")).isTrue();
        assertThat(DateLines.isTimestamp("2018-02-9")).isTrue();
        assertThat(DateLines.isTimestamp("Nov 3, 2019 at 9:10 am")).isTrue();
        assertThat(DateLines.isTimestamp("Posted on 12 March")).isTrue();
        assertThat(DateLines.isTimestamp("JohnnyB 9 hours ago")).isFalse();
        assertThat(DateLines.isTimestamp("Repairs and detours")).isFalse();
        assertThat(DateLines.isTimestamp("May the best team win")).isFalse();
    }

    @Test
    void knowsAPostsTerseAge() {
        assertThat(DateLines.isPostStamp("5h")).isTrue();
        assertThat(DateLines.isPostStamp("10d")).isTrue();
        assertThat(DateLines.isPostStamp("3 w")).isTrue();
        assertThat(DateLines.isPostStamp("2mo")).isTrue();
        assertThat(DateLines.isPostStamp("Yesterday at 3:14 PM")).isTrue();
        assertThat(DateLines.isPostStamp("10d ago")).isTrue();
        assertThat(DateLines.isPostStamp("5 hours")).isFalse();
        assertThat(DateLines.isPostStamp("5h of sleep")).isFalse();
        assertThat(DateLines.isPostStamp("Reply")).isFalse();
        assertThat(DateLines.isPostStamp("on Sun & Mon)")).isFalse();
    }
}
