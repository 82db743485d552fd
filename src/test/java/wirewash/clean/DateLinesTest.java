package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateLinesTest {
    @Test
    void findsDatesInCommonStyles() {
        assertThat(DateLines.find("11 January 2022, 13:54")).contains("2022-01-11");
        assertThat(DateLines.find("Tuesday, May 24, 2022")).contains("2022-05-24");
        assertThat(DateLines.find(" date 2022-01-11 Contributors")).contains("2022-01-11");
        assertThat(DateLines.find("Nothing here")).isEmpty();
        assertThat(DateLines.find("31 February 2022")).isEmpty();
    }

    @Test
    void recognisesRelativeTimes() {
        assertThat(DateLines.isRelativeTime("4 days ago")).isTrue();
        assertThat(DateLines.isRelativeTime("4 days ago the troops left")).isFalse();
    }
}
