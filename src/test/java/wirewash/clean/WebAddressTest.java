package wirewash.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTest {
    @Test
    void readsTheHostOfAddressesAsPagesWriteThem() {
        assertThat(WebAddress.host("https://www.Example.com:8443/a?b#c")).isEqualTo("www.example.com");
        assertThat(WebAddress.host("//news.example.com/a")).isEqualTo("news.example.com");
        assertThat(WebAddress.host("http://user@example.com./a b")).isEqualTo("example.com");
        assertThat(WebAddress.host("https://bücher.example/a")).isEqualTo("xn--bcher-kva.example");
        assertThat(WebAddress.host("mailto:desk@example.com")).isNull();
        assertThat(WebAddress.host("/wiki/Category:Budgets")).isNull();
        assertThat(WebAddress.host(null)).isNull();
    }

    @Test
    void anAddressIsRelativeWhenItNamesNeitherSchemeNorHost() {
        assertThat(WebAddress.isRelative("/wiki/Category:Budgets")).isTrue();
        assertThat(WebAddress.isRelative("story.html")).isTrue();
        assertThat(WebAddress.isRelative("//example.com/a")).isFalse();
        assertThat(WebAddress.isRelative("https://example.com/a")).isFalse();
    }

    @Test
    void aShareAddressQuotesTheSentenceItShares() {
        String tweet = "https://twitter.com/share?text=Rain+fell+on+the+coast+all+week%2C+officials+said.&via=desk";
        assertThat(WebAddress.quotesText(tweet, "Rain fell on the coast all week, officials said. Click To Tweet", 6))
                .isTrue();
        assertThat(WebAddress.quotesText("https://example.com/search?q=donald+trump", "Donald Trump", 6)).isFalse();
        assertThat(WebAddress.quotesText("https://example.com/rain-fell-on-the-coast-all-week", "Rain fell on the coast"
                + " all week", 6)).isFalse();
        assertThat(WebAddress.quotesText("https://example.com/?t=%E0%A4", "Rain fell on the coast all week", 6))
                .isFalse();
    }
}
