package wirewash.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The shipped {@code advertisement} selector of {@code rules/html.rules}. */
class AdSelectorRulesTest {
    /** The ids of the elements the shipped advertisement selectors match in the document. */
    private static java.util.List<String> matched(String html) throws RuleException {
        Document doc = Jsoup.parse(html);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (Rule rule : ShippedRules.get().of(RuleKind.SELECTOR)) {
            if (!rule.code().equals("advertisement") || !rule.appliesTo("news.example.com")) continue;
            Elements found = doc.select(rule.selector());
            for (Element e : found) if (!e.id().isEmpty() && !ids.contains(e.id())) ids.add(e.id());
        }
        return ids;
    }

    @Test
    void takesANativeAdUnitWhateverItsClassNamesAroundTheWord() throws RuleException {
        assertThat(matched("<div id=a class=native-ad><p>Sponsored: the best loans</p></div>"
                + "<div id=b class=\"js-native-advertisement slot\"><p>Paid for by a bank</p></div>"
                + "<div id=c class=\"rail native-ads-box\"><p>Partner content</p></div>")).containsExactly("a", "b", "c");
    }

    @Test
    void aPostFiledUnderNativeAdvertisingIsNoAd() throws RuleException {
        // WordPress's post_class: the story's own element names the category and the tags the post is filed under
        assertThat(matched("<article id=post class=\"post type-post hentry "
                + "category-white-label-native-advertising-platform tag-native-ads\"><p>The platform named a new chief "
                + "strategy officer on Monday.</p></article>")).isEmpty();
    }
}
