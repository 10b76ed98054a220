package org.factlint.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToleranceTest {
    private static final double USD_GBP_2025_02_25 = 0.82908 / 1.0497;

    @Test
    void aFigureWithinItsOwnRoundingHasNoGap() {
        // $500.0bn x 0.78983 = 394.9bn; "£395bn" covers 394.5bn..395.5bn.
        assertThat(Tolerance.conversionGap(500e9, 1e8, 395e9, 1e9, USD_GBP_2025_02_25)).isZero();
    }

    @Test
    void theGapIsMeasuredFromTheNearestRateTheFiguresCanImply() {
        // "$500.0bn (£396bn)": the lowest implied rate is 395.5 / 500.05
        double lowest = 395.5 / 500.05;
        assertThat(Tolerance.conversionGap(500e9, 1e8, 396e9, 1e9, USD_GBP_2025_02_25))
                .isCloseTo((lowest - USD_GBP_2025_02_25) / USD_GBP_2025_02_25, within(1e-9));
        // "$500 billion (£296bn)": even with $500bn read as 475bn..525bn, £296.5bn is 21% short.
        double highest = 296.5 / 475;
        assertThat(Tolerance.conversionGap(500e9, 1e11, 296e9, 1e9, USD_GBP_2025_02_25))
                .isCloseTo((USD_GBP_2025_02_25 - highest) / USD_GBP_2025_02_25, within(1e-9));
    }

    @Test
    void roundFiguresGetTheirRoundingAllowanceButAtMostFivePercentForTheSource() {
        // "£400bn" may be rounded to the hundred billion: 350bn..450bn covers 394.9bn.
        assertThat(Tolerance.conversionGap(500e9, 1e9, 400e9, 1e11, USD_GBP_2025_02_25)).isZero();
        // "$500 billion (£396bn)": the seed's figures are consistent.
        assertThat(Tolerance.conversionGap(500e9, 1e11, 396e9, 1e9, USD_GBP_2025_02_25)).isZero();
        // "10 billion" is read as 9.5bn..10.5bn, not 5bn..15bn: £5bn stays far off.
        assertThat(Tolerance.conversionGap(10e9, 1e10, 5e9, 1e9, USD_GBP_2025_02_25)).isGreaterThan(0.25);
    }

    @Test
    void restatesAFigureInTheWayItWasWritten() {
        assertThat(Tolerance.restate("£296bn", 296e9, 394.915e9, 1e9)).isEqualTo("£395bn");
        assertThat(Tolerance.restate("£8.6m", 8.6e6, 8.2908e6, 1e5)).isEqualTo("£8.3m");
        assertThat(Tolerance.restate("£1,250,000", 1.25e6, 1.3e6, 1e4)).isEqualTo("£1,300,000");
    }

    @Test
    void formatsMoneyAndPercentages() {
        assertThat(Tolerance.money(394.915e9)).isEqualTo("394.9bn");
        assertThat(Tolerance.money(8.29e6)).isEqualTo("8.3m");
        assertThat(Tolerance.percentOff(296, 394.9)).isEqualTo("-25.0%");
    }
}
