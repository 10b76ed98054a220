package org.factlint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeFactTest {
    private static TimeFact mention(String head, List<String> modifiers, List<String> qualifiers, String determiner) {
        return new TimeFact(0, 4, "2019", "DATE", "2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), null,
                null, head, head, modifiers, qualifiers, !determiner.equals("a"), 0);
    }

    @Test
    void sameHeadAndNothingSettingThemApartIsTheSameEvent() {
        assertThat(mention("invasion", List.of(), List.of(), "the")
                .sameEventAs(mention("invasion", List.of("full-scale"), List.of(), "its"))).isTrue();
    }

    @Test
    void differentProperNounsAreDifferentEvents() {
        assertThat(mention("war", List.of(), List.of("georgia"), "its")
                .sameEventAs(mention("war", List.of(), List.of("ukraine"), "the"))).isFalse();
    }

    @Test
    void oneQualifiedAndOneNotIsTooAmbiguous() {
        assertThat(mention("war", List.of(), List.of("georgia"), "its")
                .sameEventAs(mention("war", List.of(), List.of(), "the"))).isFalse();
    }

    @Test
    void ordinalsAndIndefinitesMarkAnotherInstance() {
        assertThat(mention("invasion", List.of("first"), List.of(), "the")
                .sameEventAs(mention("invasion", List.of("second"), List.of(), "the"))).isFalse();
        assertThat(mention("war", List.of(), List.of(), "a").sameEventAs(mention("war", List.of(), List.of(), "the")))
                .isFalse();
        assertThat(mention("war", List.of(), List.of(), "the").sameEventAs(mention("merger", List.of(), List.of(), "the")))
                .isFalse();
    }
}
