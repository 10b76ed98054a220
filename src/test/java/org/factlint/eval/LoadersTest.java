package org.factlint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadersTest {

    @Test
    void recognizersCasesSkipOnlyDotnetUnsupportedByDefault() throws Exception {
        String json = """
                [{"Input": "It costs $ 75 million.", "Results": [{"Text": "$ 75 million", "TypeName": "currency",
                   "Resolution": {"value": "75000000", "unit": "Dollar"}, "Start": 9, "End": 20}]},
                 {"Input": "5 cents", "NotSupported": "javascript, python", "Results": [{"Text": "5 cents", "TypeName": "currency",
                   "Resolution": {"value": "5", "unit": "Cent"}, "Start": 0, "End": 6}]},
                 {"Input": "10 us dollar", "NotSupported": "dotnet, java", "Results": []}]""";
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<EvalCase> cases = RecognizersSpecs.parse("Currency", "c.json", new ObjectMapper().readTree(json), false, skipped);
        assertThat(cases).hasSize(2);
        assertThat(skipped).containsEntry("Currency", 1);
        EvalCase.Expected money = cases.get(0).expected().get(0);
        assertThat(money.span()).isEqualTo(new Span(9, 21));
        assertThat(money.value()).isEqualTo(new ExpectedValue.Amount(75e6, Set.of("USD")));
        assertThat(((ExpectedValue.Amount) cases.get(1).expected().get(0).value()).value()).isEqualTo(0.05);

        Map<String, Integer> strictSkipped = new LinkedHashMap<>();
        assertThat(RecognizersSpecs.parse("Currency", "c.json", new ObjectMapper().readTree(json), true, strictSkipped)).hasSize(1);
    }

    @Test
    void datesRowSumsTheDateTimeSubtypesThatAreNoTimesOfDay() {
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (String[] row : new String[][] {{"DateTime", "10", "6"}, {"DateTime/date", "4", "3"}, {"DateTime/time", "3", "0"},
                {"DateTime/set", "3", "3"}, {"Percent", "2", "2"}}) {
            Counts c = new Counts();
            c.gold = Integer.parseInt(row[1]);
            c.value = Integer.parseInt(row[2]);
            counts.put(row[0], c);
        }
        Map<String, Counts> withRow = RecognizersSpecs.withDatesRow(counts);
        assertThat(withRow.keySet()).containsExactly("DateTime", "DateTime/date", "DateTime/time", "DateTime/set",
                RecognizersSpecs.DATES_ROW, "Percent");
        assertThat(withRow.get(RecognizersSpecs.DATES_ROW).gold).isEqualTo(7);
        assertThat(withRow.get(RecognizersSpecs.DATES_ROW).value).isEqualTo(6);
        assertThat(RecognizersSpecs.withDatesRow(Map.of("Percent", new Counts()))).containsOnlyKeys("Percent");
    }

    @Test
    void recognizersDateTimeTakesTimexAndRangeAlternatives() throws Exception {
        String json = """
                [{"Input": "in the 1990 s", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"}, "Results": [{"Text": "1990 s",
                  "Start": 7, "End": 12, "TypeName": "datetimeV2.daterange", "Resolution": {"values": [{"timex": "(1990-01-01,2000-01-01,P10Y)",
                  "type": "daterange", "start": "1990-01-01", "end": "2000-01-01"}]}}]}]""";
        List<EvalCase> cases = RecognizersSpecs.parse("DateTime", "d.json", new ObjectMapper().readTree(json), false, new LinkedHashMap<>());
        EvalCase c = cases.get(0);
        assertThat(c.reference()).isEqualTo(LocalDate.of(2016, 11, 7));
        assertThat(c.expected().get(0).subtype()).isEqualTo("daterange");
        assertThat(ValueMatcher.matches(c.expected().get(0).value(), "199", null)).isTrue();
    }

    @Test
    void anOpenRangeIsScoredByTheYearItsStartOrEndDayResolves() throws Exception {
        String json = """
                [{"Input": "since August", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"}, "Results": [{"Text": "since August",
                  "Start": 0, "End": 11, "TypeName": "datetimeV2.daterange", "Resolution": {"values": [
                  {"timex": "XXXX-08", "Mod": "since", "type": "daterange", "start": "2016-08-01"},
                  {"timex": "XXXX-08", "Mod": "since", "type": "daterange", "start": "2017-08-01"}]}}]}]""";
        ExpectedValue since = RecognizersSpecs.parse("DateTime", "d.json", new ObjectMapper().readTree(json), false, new LinkedHashMap<>())
                .get(0).expected().get(0).value();
        assertThat(ValueMatcher.matches(since, "2016-08", null)).isTrue();
        assertThat(ValueMatcher.matches(since, "2017-08", null)).isTrue();
        assertThat(ValueMatcher.matches(since, "2015-08", null)).isFalse();
        assertThat(ValueMatcher.matches(since, "2016-09", null)).isFalse();

        // "before the end of December" ends on the day after the December it means; "after Feb" starts after it
        assertThat(RecognizersSpecs.yearFilled("XXXX-12", null, "2017-01-01")).isEqualTo("2016-12");
        assertThat(RecognizersSpecs.yearFilled("XXXX-02", "2018-03-01", null)).isEqualTo("2018-02");
        assertThat(RecognizersSpecs.yearFilled("XXXX-04-27", null, "2018-04-27")).isEqualTo("2018-04-27");
        assertThat(RecognizersSpecs.yearFilled("XXXX-11", "2018-11-10", "2018-11-21")).isEqualTo("2018-11");
        // other unknowns, or no day to read the year from, stay unresolved
        assertThat(RecognizersSpecs.yearFilled("XXXX-WXX-2", "2018-11-10", null)).isNull();
        assertThat(RecognizersSpecs.yearFilled("XXXX-08", null, null)).isNull();
        assertThat(RecognizersSpecs.yearFilled("XXXX-08", "2016-10-01", null)).isNull();
    }

    @Test
    void ducklingExamplesOutsideLatentAndNegativeCorpora() {
        String source = """
                negativeCorpus :: NegativeCorpus
                negativeCorpus = (testContext, testOptions, examples)
                  where
                    examples = [ "laughing out loud" ]

                latentCorpus :: Corpus
                latentCorpus = (testContext, testOptions {withLatent = True}, xs)
                  where
                    xs = concat
                      [ examples (datetime (2013, 2, 24, 0, 0, 0) Day)
                                 [ "the 24" ]
                      ]

                allExamples :: [Example]
                allExamples = concat
                  [ examples (datetime (2013, 2, 12, 4, 30, 0) Second)
                             [ "now"
                             , "right \\"now\\""
                             ]
                  , examples (datetimeHoliday (2013, 11, 28, 0, 0, 0) Day "Thanksgiving Day")
                             [ "thanksgiving" ]
                  , examples (datetime (2013, 2, 11, 0, 0, 0) Week)
                             [ "this week" ]
                  , examples (datetimeInterval ((2013, 2, 12, 4, 0, 0), (2013, 2, 12, 12, 0, 0)) Hour)
                             [ "this morning", "later" ]
                  ]
                """;
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<EvalCase> cases = DucklingCorpus.parse("Time", "t.hs", source, skipped);
        assertThat(cases).extracting(EvalCase::input).containsExactly("now", "right \"now\"", "thanksgiving", "this week");
        assertThat(skipped).containsEntry("Time", 2);
        assertThat(cases.get(0).expected().get(0).value()).isEqualTo(new ExpectedValue.Timex(List.of("2013-02-12T04:30:00", "PRESENT_REF")));
        assertThat(cases.get(2).expected().get(0).value()).isEqualTo(new ExpectedValue.Timex(List.of("2013-11-28")));
        assertThat(cases.get(3).expected().get(0).value()).isEqualTo(new ExpectedValue.Timex(List.of("2013-W07")));
        assertThat(cases.get(0).expected().get(0).span()).isEqualTo(new Span(0, 3));
    }

    @Test
    void ducklingSimpleValues() {
        assertThat(DucklingCorpus.value("AmountOfMoney", "simple Dollar 1e4")).isEqualTo(new ExpectedValue.Amount(1e4, Set.of("USD")));
        assertThat(DucklingCorpus.value("AmountOfMoney", "simple Cent 10")).isEqualTo(new ExpectedValue.Amount(0.1, Set.of()));
        assertThat(DucklingCorpus.value("Duration", "DurationData 30 Day")).isEqualTo(new ExpectedValue.Timex(List.of("P30D")));
        assertThat(DucklingCorpus.value("Numeral", "NumeralValue 1.1")).isEqualTo(new ExpectedValue.Amount(1.1, Set.of()));
        assertThat(DucklingCorpus.value("Time", "between (1, 2)")).isNull();
    }
}
