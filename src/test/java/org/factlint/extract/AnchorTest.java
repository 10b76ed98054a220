package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.times;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorTest {

    private static Anchor anchorOf(String sentence, String claimText) {
        List<TemporalClaim> claims = times(sentence);
        return claims.stream().filter(c -> c.text().equals(claimText)).findFirst().orElseThrow().anchor();
    }

    @Test
    void aYearBeforeANounDatesThatNoun() {
        Anchor anchor = anchorOf("Deposits fell under Russian control since the 2019 invasion.", "2019");
        assertThat(anchor.head()).isEqualTo("invasion");
        assertThat(anchor.determiner()).isEqualTo("the");
        assertThat(anchor.isDefinite()).isTrue();
    }

    @Test
    void aRelativeExpressionAfterANounDatesThatNoun() {
        Anchor anchor = anchorOf("Regions occupied by Russia following its full-scale invasion three years ago.", "three years ago");
        assertThat(anchor.head()).isEqualTo("invasion");
        assertThat(anchor.modifiers()).containsExactly("full-scale");
        assertThat(anchor.determiner()).isEqualTo("its");
        assertThat(anchor.phrase()).isEqualTo("full-scale invasion");
    }

    @Test
    void aPossessiveProperNounIsADeterminerAndSaysWhose() {
        Anchor premodified = anchorOf("Deposits fell under control since Russia's 2019 invasion.", "2019");
        assertThat(premodified.head()).isEqualTo("invasion");
        assertThat(premodified.qualifiers()).containsExactly("russia");
        Anchor postmodified = anchorOf("Russia's invasion three years ago shocked Europe.", "three years ago");
        assertThat(postmodified.qualifiers()).containsExactly("russia");
    }

    @Test
    void onlyEventNounsAreAnchors() {
        assertThat(anchorOf("Inflation will reach 2.75 percent next year.", "next year")).isNull();
        assertThat(anchorOf("The 2019 figures were revised.", "2019")).isNull();
    }

    @Test
    void properNounsInAComplementSetEventsApart() {
        Anchor georgia = anchorOf("Russia fought its 2008 war with Georgia in five days.", "2008");
        assertThat(georgia.head()).isEqualTo("war");
        assertThat(georgia.qualifiers()).containsExactly("georgia");
    }

    @Test
    void indefiniteAndPluralPhrasesAreMarkedOrDropped() {
        assertThat(anchorOf("A war broke out in 2019 and ended later.", "2019")).satisfiesAnyOf(
                a -> assertThat(a).isNull(), a -> assertThat(a.isDefinite()).isFalse());
        assertThat(anchorOf("The 2019 elections were close.", "2019")).isNull();
    }

    @Test
    void aYearThatIsNotInsideANounPhraseDatesNothing() {
        assertThat(anchorOf("In 2019 prices rose sharply.", "2019")).isNull();
    }
}
