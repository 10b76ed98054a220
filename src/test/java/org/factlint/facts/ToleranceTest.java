package org.factlint.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToleranceTest {
    private static final double USD_GBP_2025_02_25 = 0.82908 / 1.0497;

    @Test
    void aFigureWithinItsOwnRoundingHasNoGap() {
        // 500bn x 0.78983 = 394.9bn; "£395bn" covers 394.5bn..395.5bn.
        assertThat(Tolerance.conversionGap(500e9, 395e9, 1e9, USD_GBP_2025_02_25)).isZero();
    }

    @Test
    void theGapIsMeasuredFromTheNearestEdgeOfTheRounding() {
        // "£396bn" is at least 395.5bn: (395.5 - 394.915) / 394.915
        assertThat(Tolerance.conversionGap(500e9, 396e9, 1e9, USD_GBP_2025_02_25)).isCloseTo(0.00148, within(1e-4));
        assertThat(Tolerance.conversionGap(500e9, 296e9, 1e9, USD_GBP_2025_02_25)).isCloseTo(0.2492, within(1e-3));
    }

    @Test
    void roundFiguresGetTheirRoundingAllowance() {
        // "£400bn" may be rounded to the hundred billion: 350bn..450bn covers 394.9bn.
        assertThat(Tolerance.conversionGap(500e9, 400e9, 1e11, USD_GBP_2025_02_25)).isZero();
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
