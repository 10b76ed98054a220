package org.factlint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of the share-of-total, change and parts-and-total rules. */
class StatementFactsTest {
    private static FigureFact count(double value) {
        return new FigureFact(0, 1, FigureFact.number(value), value, value, value, 1, null, true);
    }

    private static FigureFact rounded(String text, double value, double precision, String hedge) {
        return new FigureFact(0, text.length(), text, value, value - precision / 2, value + precision / 2, precision, hedge,
                !text.matches(".*\\d\\.\\d.*"));
    }

    private static FigureFact percent(String text, double value) {
        return rounded(text, value, text.matches(".*\\d\\.\\d.*") ? 0.1 : 1, null);
    }

    @Test
    void shareOffByMoreThanItsRounding() {
        ShareFact share = new ShareFact(count(18), count(60), percent("25%", 25), false, 0);
        assertThat(share.isInconsistent()).isTrue();
        assertThat(share.arithmetic()).isEqualTo("18 / 60 = 30%");
        assertThat(share.suggestion()).isEqualTo("30%");
        assertThat(new ShareFact(count(18), count(60), percent("30 percent", 30), false, 0).isInconsistent()).isFalse();
        assertThat(new ShareFact(count(18), count(60), percent("29.5%", 29.5), false, 0).isInconsistent()).isTrue();
        assertThat(new ShareFact(count(18), count(60), rounded("28%", 28, 1, "about"), false, 0).isInconsistent()).isFalse();
        assertThat(new ShareFact(count(18), count(60), rounded("20%", 20, 1, "more than"), false, 0).isInconsistent()).isFalse();
        assertThat(new ShareFact(count(18), count(60), rounded("20%", 20, 1, "less than"), false, 0).isInconsistent()).isTrue();
    }

    @Test
    void oneInNMayBeAnyRatioThatRoundsToIt() {
        assertThat(new ShareFact(count(1), count(4), percent("24%", 24), true, 0).isInconsistent()).isFalse();
        ShareFact off = new ShareFact(count(1), count(4), percent("20%", 20), true, 0);
        assertThat(off.isInconsistent()).isTrue();
        assertThat(off.suggestion()).isEqualTo("25%");
    }

    @Test
    void relativeChange() {
        ChangeFact change = new ChangeFact(count(120), count(150), percent("30%", 30), false, false, 1, "up", 0, 0);
        assertThat(change.isRelativeOff()).isTrue();
        assertThat(change.relativeArithmetic()).isEqualTo("(150 - 120) / 120 = +25%");
        assertThat(change.relativeSuggestion()).isEqualTo("25%");
        assertThat(new ChangeFact(count(80), count(100), percent("25%", 25), false, false, 1, "rise", 0, 0).isRelativeOff()).isFalse();
        // $5bn from $4.5bn, up 10%: $5bn may be 4.5bn..5.5bn, so 10% is within reach
        ChangeFact rounded = new ChangeFact(rounded("$4.5bn", 4.5e9, 1e8, null), rounded("$5bn", 5e9, 1e9, null),
                percent("10%", 10), false, false, 1, "rose", 0, 0);
        assertThat(rounded.isRelativeOff()).isFalse();
        // the words say "down" but the figures rise: read wrongly, nothing said
        assertThat(new ChangeFact(count(120), count(150), percent("30%", 30), false, false, -1, "down", 0, 0).isRelativeOff()).isFalse();
    }

    @Test
    void percentagePointsCalledPerCent() {
        ChangeFact change = new ChangeFact(percent("20%", 20), percent("25%", 25), percent("5%", 5), false, true, 1, "up", 0, 0);
        assertThat(change.isPointsCalledPercent()).isTrue();
        assertThat(change.isRelativeOff()).isFalse();
        assertThat(change.pointsSuggestion()).isEqualTo("5 percentage points");
        assertThat(change.pointsArithmetic()).isEqualTo("25 - 20 = +5 percentage points; (25 - 20) / 20 = +25% in relative terms");
        ChangeFact relative = new ChangeFact(percent("20%", 20), percent("25%", 25), percent("25%", 25), false, true, 1, "rise", 0, 0);
        assertThat(relative.isPointsCalledPercent() || relative.isRelativeOff()).isFalse();
        ChangeFact points = new ChangeFact(percent("4.1%", 4.1), percent("5.2%", 5.2), percent("3 percentage points", 3), true, true, 1, "rose", 0, 0);
        assertThat(points.isPointsOff()).isTrue();
    }

    @Test
    void halvedAndDoubled() {
        ChangeFact counts = new ChangeFact(count(8000), count(5000), null, false, false, -1, "halved", 0.5, 0);
        assertThat(counts.isFactorOff()).isTrue();
        assertThat(counts.severityOfFactor()).isEqualTo("error");
        assertThat(counts.factorSuggestion()).isEqualTo("fell by 38%");
        ChangeFact millions = new ChangeFact(rounded("£8m", 8e6, 1e6, null), rounded("£5m", 5e6, 1e6, null), null, false, false,
                -1, "halved", 0.5, 0);
        assertThat(millions.isFactorOff()).isTrue();
        assertThat(millions.severityOfFactor()).isEqualTo("warning");
        assertThat(new ChangeFact(count(20), count(39), null, false, false, 1, "doubled", 2, 0).isFactorOff()).isFalse();
    }

    @Test
    void partsAndTotals() {
        PartsFact named = new PartsFact("NAMED", count(2), List.of(count(1), count(1), count(1)), 0);
        assertThat(named.isCountOff()).isTrue();
        assertThat(named.arithmetic()).isEqualTo("1 + 1 + 1 = 3, not 2");
        PartsFact grant = new PartsFact("SUM", rounded("$20m", 20e6, 1e6, null),
                List.of(rounded("$12m", 12e6, 1e6, null), rounded("$9m", 9e6, 1e6, null)), 0);
        assertThat(grant.isSumCertainlyOff()).isFalse();
        assertThat(grant.isSumOffAsWritten()).isTrue();
        assertThat(grant.sumSeverity()).isEqualTo("warning");
        assertThat(grant.arithmetic()).isEqualTo("12m + 9m = 21m, not 20m");
        PartsFact over = new PartsFact("SUM", rounded("$20m", 20e6, 1e6, null),
                List.of(rounded("$14m", 14e6, 1e6, null), rounded("$9m", 9e6, 1e6, null)), 0);
        assertThat(over.sumSeverity()).isEqualTo("error");
        PartsFact decimals = new PartsFact("SUM", rounded("€1.5bn", 1.5e9, 1e8, null),
                List.of(rounded("€0.8bn", 0.8e9, 1e8, null), rounded("€0.8bn", 0.8e9, 1e8, null)), 0);
        assertThat(decimals.isSumCertainlyOff() || decimals.isSumOffAsWritten()).isFalse();
        PartsFact shares = new PartsFact("SHARES", null, List.of(percent("40%", 40), percent("45%", 45), percent("20%", 20)), 0);
        assertThat(shares.isSharesOverHundred()).isTrue();
        PartsFact withinRounding = new PartsFact("SHARES", null, List.of(percent("50%", 50), percent("51%", 51)), 0);
        assertThat(withinRounding.isSharesOverHundred()).isFalse();
    }
}
