package org.factlint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factlint.report.ReportedClaim;
import org.factlint.report.SourceSpan;
import org.junit.jupiter.api.Test;

class ScoringTest {

    static ReportedClaim claim(String type, int start, int end, Object value, String unit) {
        return new ReportedClaim(type, new SourceSpan(start, end, 1, start + 1, "x".repeat(end - start)), value, unit, null, null);
    }

    @Test
    void f1Arithmetic() {
        Score s = new Score(10, 8, 6);
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
        assertThat(new Score(0, 0, 0).f1()).isZero();
        assertThat(new Score(5, 0, 0).precision()).isZero();
    }

    @Test
    void spansOverlapHalfOpen() {
        assertThat(new Span(0, 5).overlaps(new Span(4, 9))).isTrue();
        assertThat(new Span(0, 5).overlaps(new Span(5, 9))).isFalse();
        assertThat(new Span(2, 3).overlap(new Span(0, 10))).isEqualTo(1);
    }

    @Test
    void matcherPrefersExactThenLargestOverlapAndIsOneToOne() {
        List<Span> gold = List.of(new Span(0, 10), new Span(20, 25));
        List<Span> system = List.of(new Span(5, 12), new Span(0, 10), new Span(21, 22), new Span(23, 30));
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(gold, system);
        assertThat(pairs).containsExactly(new SpanMatcher.Pair(0, 1), new SpanMatcher.Pair(1, 3));
    }

    @Test
    void timeMlStrippingKeepsOffsetsInTheStrippedText() {
        String xml = """
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
                <TEXT>AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> it grew for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.</TEXT>
                <TLINK lid="l1" relType="BEFORE" /></TimeML>""";
        TimeMlDocument doc = TimeMlDocument.parse("d", xml);
        assertThat(doc.dct()).isEqualTo(LocalDate.of(1998, 1, 8));
        assertThat(doc.text()).isEqualTo("AT&T said Wednesday it grew for three years.");
        assertThat(doc.timexes()).hasSize(2);
        TimeMlDocument.Timex wednesday = doc.timexes().get(0);
        assertThat(doc.text().substring(wednesday.span().start(), wednesday.span().end())).isEqualTo("Wednesday");
        assertThat(wednesday.value()).isEqualTo("1998-01-07");
        assertThat(wednesday.type()).isEqualTo("DATE");
        TimeMlDocument.Timex years = doc.timexes().get(1);
        assertThat(years.text()).isEqualTo("three years");
        assertThat(years.span()).isEqualTo(new Span(32, 43));
    }

    @Test
    void timeMlCountsStrictRelaxedValueAndType() {
        String text = "AT&T said Wednesday it grew for three years.";
        TimeMlDocument doc = new TimeMlDocument("d", LocalDate.of(1998, 1, 8), text, List.of(
                new TimeMlDocument.Timex("t1", new Span(10, 19), "DATE", "1998-01-07", "Wednesday"),
                new TimeMlDocument.Timex("t2", new Span(32, 43), "DURATION", "P3Y", "three years"),
                new TimeMlDocument.Timex("t3", new Span(0, 4), "DATE", "1998", "AT&T")));
        List<ReportedClaim> claims = List.of(
                claim("DATE", 10, 19, "1998-01-07", null),      // exact span, right value
                claim("DURATION", 28, 43, "P3Y", null),         // overlapping, right value
                claim("DATE", 5, 9, "1998-01-08", null));       // spurious
        Map<String, Counts> byGold = new TreeMap<>(), bySystem = new TreeMap<>();
        Counts overall = new Counts();
        List<Failure> failures = new java.util.ArrayList<>();
        TimeMlEval.scoreDocument(doc, claims, overall, byGold, bySystem, failures);
        assertThat(overall.gold).isEqualTo(3);
        assertThat(overall.system).isEqualTo(3);
        assertThat(overall.strict).isEqualTo(1);
        assertThat(overall.relaxed).isEqualTo(2);
        assertThat(overall.value).isEqualTo(2);
        assertThat(overall.type).isEqualTo(2);
        assertThat(overall.relaxedSpan().f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(byGold.get("DURATION").relaxed).isEqualTo(1);
        assertThat(failures).extracting(Failure::kind).containsExactlyInAnyOrder("SPAN", "MISSED", "SPURIOUS");
    }

    @Test
    void timeMlWeekNumbersWithoutZeroPaddingAreTheSameWeek() {
        assertThat(TimeMlEval.sameValue("2000-W07", "2000-W7")).isTrue();
        assertThat(TimeMlEval.sameValue("2000-W07-WE", "2000-W7-WE")).isTrue();
        assertThat(TimeMlEval.sameValue("2000-W17", "2000-W7")).isFalse();
        assertThat(TimeMlEval.sameValue("1998-WXX", "1998-W09")).isFalse();
        assertThat(TimeMlEval.sameValue("1989-11-06T17:00", "1989-11-06T17")).isTrue();
        assertThat(TimeMlEval.sameValue("1989-11-06T17:30", "1989-11-06T17")).isFalse();
    }

    @Test
    void timexEquivalences() {
        ExpectedValue range = new ExpectedValue.Timex(List.of("(2016-11-01,2016-12-01,P1M)"));
        assertThat(ValueMatcher.matches(range, "2016-11", null)).isTrue();
        assertThat(ValueMatcher.matches(range, "2016-10", null)).isFalse();
        ExpectedValue decade = new ExpectedValue.Timex(List.of("(1990-01-01,2000-01-01,P10Y)"));
        assertThat(ValueMatcher.matches(decade, "199", null)).isTrue();
        ExpectedValue week = new ExpectedValue.Timex(List.of("(2016-11-07,2016-11-14,P1W)"));
        assertThat(ValueMatcher.matches(week, "2016-W45", null)).isTrue();
        ExpectedValue quarter = new ExpectedValue.Timex(List.of("(2016-04-01,2016-07-01,P3M)"));
        assertThat(ValueMatcher.matches(quarter, "2016-Q2", null)).isTrue();
        ExpectedValue time = new ExpectedValue.Timex(List.of("2013-02-12T04:30:00"));
        assertThat(ValueMatcher.matches(time, "2013-02-12T04:30", null)).isTrue();
        assertThat(ValueMatcher.matches(new ExpectedValue.Timex(List.of("P3Y")), "P3Y", null)).isTrue();
        assertThat(ValueMatcher.matches(new ExpectedValue.Timex(List.of("T19:13")), "XXXX-XX-XXT19:13", null)).isTrue();
        assertThat(ValueMatcher.matches(new ExpectedValue.Timex(List.of("TNI")), "XXXX-XX-XXTNI", null)).isTrue();
        assertThat(ValueMatcher.matches(new ExpectedValue.Timex(List.of("TNI")), "XXXX-WXX-2TNI", null)).isFalse();
        assertThat(ValueMatcher.matches(new ExpectedValue.Timex(List.of("P3M")), "P1Q", null)).isTrue();
        assertThat(ValueMatcher.matches(new ExpectedValue.Timex(List.of("P6M")), "P2Q", null)).isTrue();
        assertThat(ValueMatcher.matches(new ExpectedValue.Timex(List.of("P3M")), "P3Q", null)).isFalse();
        assertThat(ValueMatcher.matches(new ExpectedValue.Timex(List.of("(2019-02-29,2019-03-01,P1D)")), "2019-03", null)).isFalse();
    }

    @Test
    void amountsCompareNumberAndUnit() {
        ExpectedValue usd = new ExpectedValue.Amount(75e6, Set.of("USD"));
        assertThat(ValueMatcher.matches(usd, 7.5e7, "USD")).isTrue();
        assertThat(ValueMatcher.matches(usd, 7.5e7, "EUR")).isFalse();
        assertThat(ValueMatcher.matches(usd, 7.6e7, "USD")).isFalse();
        assertThat(ValueMatcher.matches(new ExpectedValue.Amount(5, Set.of()), "P5Y", null)).isTrue();
    }

    @Test
    void caseScoringFindsExactAndSpurious() {
        EvalCase c = new EvalCase("Percent", "p#1", "up 5% and 7%", LocalDate.of(2016, 11, 7), List.of(
                new EvalCase.Expected(new Span(3, 5), "5%", null, new ExpectedValue.Amount(5, Set.of())),
                new EvalCase.Expected(new Span(10, 12), "7%", null, new ExpectedValue.Amount(7, Set.of()))));
        Map<String, Counts> counts = new HashMap<>();
        List<Failure> failures = new java.util.ArrayList<>();
        CaseEval.score(c, List.of(claim("PERCENT", 3, 5, 5.0, "%"), claim("PERCENT", 10, 12, 8.0, "%"), claim("PERCENT", 0, 2, 1.0, "%")),
                counts, failures);
        Counts p = counts.get("Percent");
        assertThat(p.gold).isEqualTo(2);
        assertThat(p.system).isEqualTo(3);
        assertThat(p.relaxed).isEqualTo(2);
        assertThat(p.value).isEqualTo(1);
        assertThat(p.valueAccuracy()).isEqualTo(0.5);
        assertThat(failures).extracting(Failure::kind).containsExactlyInAnyOrder("VALUE", "SPURIOUS");
    }

    @Test
    void numberCountsTheNumberInsideMoneyButNotAQuantityOrDuration() {
        // "earn $2000 over 3 years": the Number spec wants 2000 and 3; factlint says MONEY 2000 USD and DURATION P3Y
        EvalCase c = new EvalCase("Number", "n#1", "earn $2000 over 3 years", LocalDate.of(2016, 11, 7), List.of(
                new EvalCase.Expected(new Span(6, 10), "2000", null, new ExpectedValue.Amount(2000, Set.of())),
                new EvalCase.Expected(new Span(16, 17), "3", null, new ExpectedValue.Amount(3, Set.of()))));
        List<ReportedClaim> claims = List.of(claim("MONEY", 5, 10, 2000.0, "USD"), claim("DURATION", 16, 23, "P3Y", null));
        CaseEval.Result result = new CaseEval(any -> claims).score(List.of(c), Map.of());
        assertThat(result.counts().get("Number").value).isEqualTo(1);
        assertThat(result.failures()).extracting(Failure::kind).containsExactly("MISSED");
    }

    @Test
    void aNumericRangeMatchesAnExpectedHighPartByItsHighEnd() {
        // "walls six to 12 feet tall": the range claim covers "six to 12 feet", the expected item only "12 feet"
        ReportedClaim range = new ReportedClaim("QUANTITY", new SourceSpan(6, 20, 1, 7, "six to 12 feet"), 6.0, "ft", null, null,
                12.0, false);
        EvalCase.Expected high = new EvalCase.Expected(new Span(13, 20), "12 feet", null, new ExpectedValue.Amount(12, Set.of()));
        EvalCase.Expected whole = new EvalCase.Expected(new Span(6, 20), "six to 12 feet", null, new ExpectedValue.Amount(12, Set.of()));
        EvalCase.Expected low = new EvalCase.Expected(new Span(6, 9), "six", null, new ExpectedValue.Amount(6, Set.of()));
        assertThat(CaseEval.matchesHighEnd(high, range)).isTrue();
        assertThat(CaseEval.matchesHighEnd(whole, range)).isFalse(); // it covers the low figure too
        assertThat(ValueMatcher.matches(low.value(), range)).isTrue();
        assertThat(CaseEval.matchesHighEnd(high, claim("QUANTITY", 6, 20, 6.0, "ft"))).isFalse(); // no range
    }

    static ReportedClaim composed(int start, int end, String value, String high) {
        return new ReportedClaim("DATE", new SourceSpan(start, end, 1, start + 1, "x".repeat(end - start)), value, null, null,
                null, high, true);
    }

    @Test
    void aComposedRangeRunsFromTheStartOfItsFirstPointToTheStartOfItsSecond() {
        ExpectedValue years = new ExpectedValue.Timex(List.of("(2014-01-01,2018-01-01,P4Y)"));
        assertThat(ValueMatcher.matches(years, composed(0, 17, "2014", "2018"))).isTrue();
        assertThat(ValueMatcher.matches(years, composed(0, 17, "2014", "2019"))).isFalse();
        ExpectedValue days = new ExpectedValue.Timex(List.of("(2016-11-08,2016-11-11,P3D)"));
        assertThat(ValueMatcher.matches(days, composed(0, 11, "2016-11-08", "2016-11-11"))).isTrue();
        ExpectedValue century = new ExpectedValue.Timex(List.of("(1400-01-01,1500-01-01,P100Y)"));
        assertThat(ValueMatcher.matches(century, "14", null)).isTrue();
        ExpectedValue half = new ExpectedValue.Timex(List.of("(2019-07-01,2020-01-01,P6M)"));
        assertThat(ValueMatcher.matches(half, "2019-H2", null)).isTrue();
    }

    @Test
    void aComposedReadingStandsForTheClaimsInsideItInCaseScoring() {
        List<ReportedClaim> claims = List.of(claim("DATE", 5, 9, "2014", null), claim("DATE", 13, 17, "2018", null),
                composed(0, 17, "2014", "2018"), claim("DATE", 20, 24, "2020", null));
        assertThat(CaseEval.asOneExpression(claims)).extracting(ReportedClaim::value).containsExactly("2014", "2020");
    }
}
