package org.factlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factlint.report.ReportedFinding;
import org.factlint.report.Severity;
import org.factlint.report.SourceSpan;
import org.junit.jupiter.api.Test;

/** The suppression comments on synthetic findings: each form, ids, unused and unknown ids. */
class SuppressionsTest {
    private static final Set<String> KNOWN = Set.of("event-dated-twice", "currency-conversion", Suppressions.UNUSED,
            Suppressions.UNKNOWN);

    /** A finding of {@code rule} on the first occurrence of {@code word} in {@code source}. */
    private static ReportedFinding at(String source, String rule, String word) {
        int start = source.indexOf(word);
        assertThat(start).as(word).isNotNegative();
        int line = 1 + (int) source.substring(0, start).chars().filter(c -> c == '\n').count();
        int column = start - source.lastIndexOf('\n', start - 1);
        return new ReportedFinding(rule, Severity.WARNING, "m", new SourceSpan(start, start + word.length(), line, column, word),
                List.of(), null, null);
    }

    private static List<String> apply(String source, ReportedFinding... findings) {
        List<String> out = new ArrayList<>();
        for (ReportedFinding f : Suppressions.parse(source).apply(List.of(findings), KNOWN).findings()) {
            out.add(f.location().line() + " " + f.severity().label() + " " + f.ruleId()
                    + (f.ruleId().equals("event-dated-twice") || f.ruleId().equals("currency-conversion") ? " " + f.location().text()
                    : ": " + f.message()));
        }
        return out;
    }

    @Test
    void disableNextLineSkipsBlankLinesAndCoversOnlyThatLine() {
        String source = "alpha\n<!-- factlint-disable-next-line event-dated-twice -->\n\nbeta\ngamma\n";
        assertThat(apply(source, at(source, "event-dated-twice", "beta"), at(source, "event-dated-twice", "gamma"),
                at(source, "event-dated-twice", "alpha"))).containsExactly("1 warning event-dated-twice alpha",
                "5 warning event-dated-twice gamma");
    }

    @Test
    void disableNextLineOnlyForItsRule() {
        String source = "<!-- factlint-disable-next-line currency-conversion -->\nbeta delta\n";
        assertThat(apply(source, at(source, "event-dated-twice", "beta"), at(source, "currency-conversion", "delta")))
                .containsExactly("2 warning event-dated-twice beta");
    }

    @Test
    void disableEnableRange() {
        String source = "a1\n<!-- factlint-disable event-dated-twice -->\nb2\nc3\n<!-- factlint-enable -->\nd4\n";
        assertThat(apply(source, at(source, "event-dated-twice", "a1"), at(source, "event-dated-twice", "b2"),
                at(source, "event-dated-twice", "c3"), at(source, "event-dated-twice", "d4")))
                .containsExactly("1 warning event-dated-twice a1", "6 warning event-dated-twice d4");
    }

    @Test
    void disableWithoutEnableRunsToTheEndAndEnableCanNameARule() {
        String source = "<!-- factlint-disable event-dated-twice currency-conversion -->\nb2 x2\n"
                + "<!-- factlint-enable currency-conversion -->\nc3 y3\n";
        assertThat(apply(source, at(source, "event-dated-twice", "b2"), at(source, "currency-conversion", "x2"),
                at(source, "event-dated-twice", "c3"), at(source, "currency-conversion", "y3")))
                .containsExactly("4 warning currency-conversion y3");
    }

    @Test
    void withoutIdEveryRuleAndCommasOrSpacesSeparateIds() {
        String all = "<!--factlint-disable-next-line-->\nb2 x2\n";
        assertThat(apply(all, at(all, "event-dated-twice", "b2"), at(all, "currency-conversion", "x2"))).isEmpty();
        String listed = "<!-- factlint-disable-next-line event-dated-twice,currency-conversion -->\nb2 x2\n"
                + "<!-- factlint-disable-next-line  event-dated-twice ,  currency-conversion -->\nc3 y3\n";
        assertThat(apply(listed, at(listed, "event-dated-twice", "b2"), at(listed, "currency-conversion", "x2"),
                at(listed, "event-dated-twice", "c3"), at(listed, "currency-conversion", "y3"))).isEmpty();
    }

    @Test
    void unusedSuppressionIsAnInfoFindingOnTheComment() {
        String source = "a1\n<!-- factlint-disable-next-line event-dated-twice, currency-conversion -->\nb2\n"
                + "<!-- factlint-disable -->\nc3\n<!-- factlint-enable -->\n";
        assertThat(apply(source, at(source, "event-dated-twice", "b2"))).containsExactly(
                "2 info unused-suppression: This suppression of 'currency-conversion' suppresses nothing; remove it",
                "4 info unused-suppression: This suppression comment suppresses nothing; remove it");
        ReportedFinding unused = Suppressions.parse(source).apply(List.of(), KNOWN).findings().get(0);
        assertThat(unused.location().text()).isEqualTo("<!-- factlint-disable-next-line event-dated-twice, currency-conversion -->");
        assertThat(unused.location().column()).isEqualTo(1);
        assertThat(unused.location().start()).isEqualTo(source.indexOf("<!--"));
    }

    @Test
    void unknownRuleIdIsAWarningAndNotAlsoUnused() {
        String source = "<!-- factlint-disable-next-line event-dated-twice evnt-dated-twice -->\nb2\n";
        assertThat(apply(source, at(source, "event-dated-twice", "b2"))).containsExactly(
                "1 warning unknown-rule-in-suppression: Unknown rule id 'evnt-dated-twice' in a suppression comment (see factlint rules)");
    }

    @Test
    void filesWithoutCommentsAreUntouched() {
        String source = "a1 <!-- an ordinary comment -->\n";
        List<ReportedFinding> findings = List.of(at(source, "event-dated-twice", "a1"));
        assertThat(Suppressions.parse(source).isEmpty()).isTrue();
        assertThat(Suppressions.parse(source).apply(findings, KNOWN).findings()).isSameAs(findings);
    }

    @Test
    void stackedCommentsApplyToTheSameTextLine() {
        String source = "<!-- factlint-disable-next-line event-dated-twice -->\n<!-- factlint-disable-next-line currency-conversion -->\nb2 x2\n";
        assertThat(apply(source, at(source, "event-dated-twice", "b2"), at(source, "currency-conversion", "x2"))).isEmpty();
    }
}
