package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.timeValues;
import static org.factlint.extract.ExtractionFixture.times;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrequenciesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The council meets every two weeks.                         | every two weeks=P2W
            Elections are held every 4 years.                          | every 4 years=P4Y
            The board meets once a month.                              | once a month=P1M
            Pandas breed only once every year.                         | once every year=P1Y
            The committee meets twice a year.                          | twice a year=P1Y
            The OECD publishes its twice-yearly outlook.               | twice-yearly=P1Y
            Rubbish is collected every other day.                      | every other day=P2D
            The market opens every other Friday.                       | every other Friday=XXXX-WXX-5
            Interest is paid each quarter, the bank said.              | each quarter=P1Q
            The club is open every weekday.                            | every weekday=P1WD
            The club is open every weekend.                            | every weekend=P1WE
            Orangemen march each July through the town.                | each July=XXXX-07
            The shop is busy on weekends.                              | weekends=P1WE
            The fund pays out semi-annually.                           | semi-annually=P0.5Y
            The index is rebalanced quarterly.                         | quarterly=P1Q
            Flights leave on Tuesday nights from Bombay.               | Tuesday nights=XXXX-WXX-2TNI
            She works Friday mornings at the clinic.                   | Friday mornings=XXXX-WXX-5TMO
            Rent is due on the 19th of every month.                    | the 19th of every month=XXXX-XX-19
            He must return by 7:00 p.m. every evening.                 | 7:00 p.m. every evening=XXXX-XX-XXT19:00
            The ferry leaves every day at 7:13 p.m. from the pier.     | every day at 7:13 p.m=XXXX-XX-XXT19:13
            The ferry leaves 3pm each day from the pier.               | 3pm each day=XXXX-XX-XXT15:00
            The board meets each Monday at 4pm in the hall.            | each Monday at 4pm=XXXX-WXX-1T16:00
            Markets close Thursdays at 17.30 local time.               | Thursdays at 17.30=XXXX-WXX-4T17:30
            She gets up late everyday.                                 | everyday=P1D
            The plant produces 10,000 units annually.                  | annually=P1Y
            Staff are paid hourly.                                     | hourly=PT1H
            """)
    void frequenciesAreSets(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
        assertThat(times(sentence)).filteredOn(c -> expected.startsWith(c.text() + "=")).allMatch(c -> c.type() == ClaimType.SET);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "He quoted the bi-monthly magazine Democracy.",
            "The biweekly newsletter arrived.",
            "The annual report was published.",
            "The company declared a quarterly dividend of 5 cents.",
            "Quarterly results beat forecasts.",
            "The semiannual review found nothing.",
            "Prices in everyday life rose.",
            "It happened over the past two weekends.",
            "The last few weekends were quiet.",
            "They played a different game, enlarging the gap by every quarter.",
    })
    void adjectivesAndCountedPeriodsAreNoSets(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.type() == ClaimType.SET);
    }

    @Test
    void aClockTimeAfterAPeriodLongerThanADayIsNotPartOfTheSet() {
        assertThat(timeValues("The report comes out every month, 9am on the first.")).contains("every month=P1M");
    }
}
