package wirewash.clean.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import wirewash.clean.Pages;

class GluedMenuFilterTest {
    @Test
    void removesAMenuWhoseItemsADumpRanTogether() {
        var page = Pages.run(Pages.text("ArticleMenuHomeNews›‹Back To Main MenuMetroAkron NewsThe Plain Dealer"
                + "WeatherHealth & MedicalCrimeData CentralColumnists\n\n"
                + "Share to LinkedInLinkedInShare to FacebookFacebookShare to TwitterTwitterShare to EmailEmail\n\n"
                + Pages.PROSE_1), new GluedMenuFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
        assertThat(page.blocks().get(0).removal().code()).isEqualTo(GluedMenuFilter.REASON);
        assertThat(page.blocks().get(0).removal().detail()).contains("run together");
    }

    @Test
    void keepsProseWithNamesThatHaveCapitalsInside() {
        String names = "McDonald said the new iPhone app would show YouTube clips and PlayStation games on the"
                + " LinkedIn page of the company, which JavaScript developers at McKinsey had built for it.";
        String products = "Apple's iPhone 11 and iPhone 11 Pro, the iPad Air, the MacBook Pro and AirPods Pro";
        String glued = "The entry-level model was last updated in July, while the higher-end models were refreshed"
                + " in May and in the autumn.Read more";
        var page = Pages.run(Pages.text(names + "\n\n" + products + "\n\n" + glued), new GluedMenuFilter());
        assertThat(Pages.kept(page)).containsExactly(names, products, glued);
    }

    @Test
    void removesAMenuWithAnAbbreviationInIt() {
        // "U.S. & World" has a full stop and a space, but no sentence ends there
        String menu = "HomeNewsLocalInvestigatesHealth ConnectionTexas NewsVideo Vault U.S. & WorldTrafficWeather"
                + "ForecastMaps & RadarWeather Alerts";
        var page = Pages.run(Pages.text(menu + "\n\n" + Pages.PROSE_1), new GluedMenuFilter());
        assertThat(Pages.kept(page)).containsExactly(Pages.PROSE_1);
    }

    @Test
    void rejectsThresholdsOutOfRange() {
        assertThatThrownBy(() -> new GluedMenuFilter(0, 0.1, 6.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GluedMenuFilter(3, 1.5, 6.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GluedMenuFilter(3, 0.15, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
