package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name a data widget's lines (market quotes, a quote feed's delay note, a forecast, a match result
 * with its status, a property listing, a job board's listing) whatever the site; a story's sentence that states a price, a temperature or a score is matched by
 * none.
 */
class DataWidgetRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "FTSE 100 7,512.30 +0.42%",
            "Oil (Brent) 82.10 ▼1.05%",
            "EUR/USD 1.0842 -0.12%",
            "10-yr yield 4.21 ▲2.22%",
            "S&P 500 4,780.94 (+0.8%)",
            "Hang Seng 28,163.85 +1.80% DOW 31,729.18 ▼1.23% Bitcoin 42,101.00 ↑3.10%",
            "Live marketsFTSE 100 5,692.16 -2.21% DOW 36,968.45 ▲1.14% Oil (Brent) 82.10 ▼1.05%",
            "Markets: DAX 4,924.15 -0.42% Oil (Brent) 24,187.00 -1.01% Quotes delayed at least 15 min.",
            "Data delayed 15 minutes",
            "Quotes delayed at least 15 min.",
            "H: 21° L: 12°",
            "High 68°F / Low 51°F",
            "18°C Partly cloudy",
            "Sat 14° Light rain",
            "Today: 3° Snow",
            "Rovers 2–1 United FT",
            "Athletic 0-0 Saints 78′",
            "Sharks 101, Comets 99 (Final)",
            "3 bed semi-detached house, Oakham — £342,500",
            "2 bedroom flat in Leeds | Guide price £195,000",
            "1 bed studio · $1,450 pcm",
            "Staff Nurse, Harrington Trust, Eastfield — £24,000",
            "Electrician — Brennan Council, Northgate — £30,000",
            "Care Assistant, Thornton Group, Oakham · Competitive",
            "Chef — Nakamura Group, Fairhaven · Full-time",
            "Data analyst, Acme Ltd, Leeds | £32k–£38k a year"})
    void widgetLinesAreNamed(String line) throws RuleException {
        ShippedRules.assertNames(RuleKind.LINE, "widget", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The FTSE 100 closed up 0.4% at 7,512, its best day in a month.",
            "Shares in the company fell 12% on Tuesday.",
            "Inflation 3.2 -0.1% lower than forecast, the office said, surprised economists.",
            "It was 28° and sunny when the marathon started.",
            "Temperatures reached 41°C in Seville on Sunday, a record for June.",
            "The high will be 21° and the low 12°, forecasters said.",
            "Rovers won 2-1 at home on Saturday.",
            "The council voted 5-4 to approve the plan.",
            "Prices are delayed until the regulator reports, the minister said.",
            "Markets fell 2.1% on Monday and the FTSE 100 closed at 7,512.",
            "The team lost 101-99 in the final after extra time.",
            "3 bed homes in the town now sell for £342,500 on average.",
            "A 2 bedroom flat in Leeds costs £195,000, the survey found.",
            "Staff nurses at Harrington Trust, Eastfield, start on £24,000 a year.",
            "The post — care assistant, full-time — pays £24,000."})
    void storySentencesWithPricesTemperaturesAndScoresAreNoWidget(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
