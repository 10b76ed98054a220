package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.compositions;
import static org.factlint.extract.ExtractionFixture.timeValues;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holidays on the same day everywhere, as the composer reads them (the base scan keeps to the
 * holidays it knows); the reference date is Tuesday 25 February 2025.
 */
class HolidaysTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Unions will rally on International Workers' Day.               | International Workers' Day=2025-05-01
            Marches will be held on International Women's Day.             | International Women's Day=2025-03-08
            Veterans gathered on Armistice Day.                            | Armistice Day=2024-11-11
            """)
    void daysFixedEverywhere(String sentence, String expected) {
        assertThat(compositions(sentence)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aYearAfterTheNameIsItsYear() {
        assertThat(ExtractionFixture.extract("Veterans gathered on Armistice Day 2018.", ExtractionFixture.SEED_DATE).compositions())
                .extracting(c -> c.text() + "=" + c.value()).containsExactly("Armistice Day 2018=2018-11-11");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Churches were full on Good Friday.                             | Good Friday=2024-03-29
            Banks will close on Easter Monday.                             | Easter Monday=2025-04-21
            Shops opened early on Black Friday.                            | Black Friday=2024-11-29
            Online sales peaked on Cyber Monday.                           | Cyber Monday=2024-12-02
            Lent begins on Ash Wednesday.                                  | Ash Wednesday=2025-03-05
            The pope celebrated Palm Sunday mass.                          | Palm Sunday=2024-03-24
            Orthodox Good Friday services were held.                       | Orthodox Good Friday=2024-05-03
            """)
    void aNamedDayIsNotTheWeekdayInIt(String sentence, String expected) {
        // not "Friday" = last Friday
        assertThat(timeValues(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "Workers marched on Labor Day.",            // 1 May in much of the world, September in the US
        "Parades were held on Workers' Day.",       // without "International", a national holiday
        "Women's Day events drew crowds.",
    })
    void countryHolidaysStaySilent(String sentence) {
        assertThat(timeValues(sentence)).isEmpty();
        assertThat(compositions(sentence)).isEmpty();
    }

    /** Base claims and composed readings together ("text=value" and "text=value MOD"), as {@code factlint claims} shows them. */
    private static List<String> readings(String sentence, LocalDate reference) {
        Extraction e = ExtractionFixture.extract(sentence, reference);
        return Stream.concat(e.temporal().stream().map(c -> c.text() + "=" + c.value() + (c.mod() == null ? "" : " " + c.mod())),
                e.compositions().stream().map(c -> c.text() + "=" + c.value())).toList();
    }

    @Test
    void eidsFollowTheUmmAlQuraCalendar() {
        assertThat(HijriHolidays.between("eid al fitr", 2022, 2023)).containsExactly(LocalDate.of(2022, 5, 2), LocalDate.of(2023, 4, 21));
        assertThat(HijriHolidays.between("eid al adha", 2024, 2024)).containsExactly(LocalDate.of(2024, 6, 16));
        assertThat(HijriHolidays.between("eid al fitr", 2000, 2000)).hasSize(2); // 8 January and 27 December
        assertThat(HijriHolidays.between("eid al fitr", 1850, 1850)).isEmpty(); // before the table
        assertThat(HijriHolidays.between("eid al adha", 2200, 2200)).isEmpty(); // after it
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            meet on eid al fitr                                            | 2022-06-17 | eid al fitr=2022-05-02
            Prayers were held for Eid ul-Adha across the region.           | 2024-07-01 | Eid ul-Adha=2024-06-16 APPROX
            The truce is expected to hold through Eid-ul-Fitr.             | 2025-02-25 | Eid-ul-Fitr=2025-03-30 APPROX
            Muslims celebrated Eid al-Fitr with their families.            | 2025-02-25 | Eid al-Fitr=2024-04-10 APPROX
            Bomb hoaxes greet Eid el-Fitr in the south.                    | 2005-11-03 | Eid el-Fitr=2005-11-03 APPROX
            He was hanged on the first day of the Muslim Eid al-Adha.      | 2006-12-30 | Eid al-Adha=2006-12-31 APPROX
            """)
    void eids(String sentence, String reference, String expected) {
        assertThat(readings(sentence, LocalDate.parse(reference))).containsExactly(expected);
    }

    @Test
    void eidInAGivenYear() {
        assertThat(compositions("The mosque reopened on Eid al-Adha 2019.")).containsExactly("Eid al-Adha 2019=2019-08-11");
        // two Eids al-Fitr fell in 2000: which one is not said
        assertThat(readings("The mosque reopened on Eid al-Fitr 2000.", ExtractionFixture.SEED_DATE)).containsExactly("2000=2000");
    }

    @Test
    void orthodoxEasterByTheJulianComputus() {
        assertThat(Holidays.orthodoxEaster(2018)).isEqualTo("2018-04-08");
        assertThat(Holidays.orthodoxEaster(2021)).isEqualTo("2021-05-02");
        assertThat(Holidays.orthodoxEaster(2024)).isEqualTo("2024-05-05");
        assertThat(Holidays.orthodoxEaster(2025)).isEqualTo("2025-04-20"); // the same Sunday as the Western Easter
        assertThat(compositions("Moscow declared a truce for Orthodox Easter 2024.")).containsExactly("Orthodox Easter 2024=2024-05-05");
        assertThat(compositions("Serbs marked the Serbian Orthodox Good Friday 2020.")).containsExactly("Orthodox Good Friday 2020=2020-04-17");
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "Markets in Asia closed for the Lunar New Year holiday.",     // late January or February
        "Families gathered for Chinese New Year.",
        "The Jewish New Year begins at sundown.",                    // Rosh Hashanah, in the autumn
        "Crowds marked the Cambodian New Year in April.",
        "Serbs celebrated Orthodox Christmas Day quietly.",          // 7 January
        "Worshippers filled the church at Coptic Christmas.",       // 7 January
        "Canadian Thanksgiving Day was quiet.",                       // October
        "Charlton lost as Jermaine Easter's goal won it.",            // a footballer
        "The ceasefire held during Eid.",                             // which Eid is not said
        "The Good Friday Agreement ended decades of violence.",      // 1998, and no Friday either
        "He praised the Good Friday peace agreement.",
        "The Black Friday massacre shocked Iran.",
        "The Easter Sunday bombings killed 269 people.",              // Sri Lanka, 2019
        "Boats were turned back to Christmas Island.",
        "Tourists flew to Easter Island.",
        "Congress must act before the new year.",                     // the coming year as often as its first day
        "Officials expect growth in the new year.",
        "It was a new year of talks.",
    })
    void otherCalendarsAndBareNewYearStaySilent(String sentence) {
        assertThat(readings(sentence, ExtractionFixture.SEED_DATE)).noneMatch(r -> r.matches("(?i).*(year|christmas|easter|thanksgiving|eid|friday|sunday|monday|wednesday).*=.*"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            We will meet 5 days before new year.                           | 5 days before new year=2025-12-27
            The deal was signed 5 days before new year.                    | 5 days before new year=2024-12-27
            The law will take effect two weeks after New Year.             | two weeks after New Year=2026-01-15
            Prices fell two weeks after the new year.                      | two weeks after the new year=2025-01-15
            Markets were closed for U.S. Thanksgiving Day.                 | Thanksgiving Day=2024-11-28
            Since Christmas, prices have doubled.                          | Christmas=2024-12-25
            """)
    void newYearCountedFromAndSentenceOpeningCapitals(String sentence, String expected) {
        assertThat(readings(sentence, ExtractionFixture.SEED_DATE)).contains(expected);
    }

    @Test
    void aCountFromAHolidayWithoutTenseFarFromItIsSilent() {
        // 25 February: the last 1 January or the next, the clause does not say
        assertThat(compositions("Sales five days before new year.")).noneMatch(c -> c.startsWith("five days before"));
        assertThat(compositions("The law takes effect two weeks after New Year.")).noneMatch(c -> c.startsWith("two weeks after"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The shop opened at Christmas of last year.                     | Christmas of last year=2024-12-25
            We spent Christmas last year in Paris.                         | Christmas last year=2024-12-25
            Easter this year falls in April.                               | Easter this year=2025-04-20
            The fair returns at Easter of next year.                       | Easter of next year=2026-04-05
            """)
    void aHolidayOfARelativeYear(String sentence, String expected) {
        assertThat(compositions(sentence)).containsExactly(expected);
    }

    @Test
    void aYearAfterTheNameGivesTheBaseClaimItsDay() {
        // the year is a claim of its own; the name's day is that year's, not the one nearest the story
        assertThat(timeValues("They met on Christmas Day 2000 in Paris.")).containsExactly("Christmas Day=2000-12-25", "2000=2000");
        // "2000 people" is no year
        assertThat(readings("On Christmas, 2000 people marched.", ExtractionFixture.SEED_DATE))
                .contains("Christmas=2024-12-25").doesNotContain("Christmas, 2000=2000-12-25");
    }

    /** "text=value" of every reading, base scan and composer alike. */
    private static List<String> readings(String sentence) {
        return Stream.concat(timeValues(sentence).stream(), compositions(sentence).stream()).toList();
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "Stores sold plastic Christmas trees.",
        "It seems the spirit of Christmas is not dead.",
        "Let us celebrate Christmas and the long days of summer.",
        "Exports of Christmas commodities fell again.",
        "The children were affected by the myths surrounding Christmas.",
        "Families bought Easter eggs in bulk.",
    })
    void aBareFestivalThatIsNoTimeStaysSilent(String sentence) {
        assertThat(readings(sentence)).noneMatch(v -> v.startsWith("Christmas=") || v.startsWith("Easter="));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Markets were closed Thursday for the Thanksgiving holiday.     | Thanksgiving=2024-11-28
            Talks stalled before Christmas because of the strike.          | Christmas=2024-12-25
            Sales slowed over Easter, the retailer said.                   | Easter=2024-03-31
            """)
    void aBareFestivalAfterATimeWordIsItsDay(String sentence, String expected) {
        assertThat(readings(sentence)).contains(expected);
    }
}
