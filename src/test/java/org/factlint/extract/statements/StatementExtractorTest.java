package org.factlint.extract.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementExtractorTest {
    private static List<Statement> of(String sentence) {
        return StatementExtractor.extract(sentence, 0, sentence.length(), 0);
    }

    private static <T extends Statement> T only(String sentence, Class<T> type) {
        List<Statement> found = of(sentence);
        assertThat(found).as(sentence).hasSize(1);
        assertThat(found.get(0)).isInstanceOf(type);
        return type.cast(found.get(0));
    }

    private static String span(String sentence, Figure figure) {
        return sentence.substring(figure.start(), figure.end());
    }

    @Test
    void shareInBrackets() {
        String s = "The motion was backed by 18 of the 60 delegates (25%) on Monday.";
        ShareStatement share = only(s, ShareStatement.class);
        assertThat(share.part().value()).isEqualTo(18);
        assertThat(share.whole().value()).isEqualTo(60);
        assertThat(share.percent().value()).isEqualTo(25);
        assertThat(span(s, share.percent())).isEqualTo("25%");
        assertThat(span(s, share.whole())).isEqualTo("60");
        assertThat(share.ratio()).isFalse();
    }

    @Test
    void shareForms() {
        assertThat(only("Nine out of 10 (90 percent) agreed.", ShareStatement.class).whole().value()).isEqualTo(10);
        ShareStatement or = only("It won 18 of 60 seats, or 30 per cent, in the vote.", ShareStatement.class);
        assertThat(or.percent().value()).isEqualTo(30);
        ShareStatement oneIn = only("One in four (20%) said so.", ShareStatement.class);
        assertThat(oneIn.ratio()).isTrue();
        assertThat(oneIn.whole().value()).isEqualTo(4);
        ShareStatement hedged = only("It won 18 of 60 seats (about 30%).", ShareStatement.class);
        assertThat(hedged.percent().hedge()).isEqualTo("about");
        assertThat(span("It won 18 of 60 seats (about 30%).", hedged.percent())).isEqualTo("30%");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It won 18 of 60 seats, or 30 percent of the national vote.",
            "Chapter 11 of the 1998 law (5%) applies.",
            "About 18 of the 60 delegates (25%) left.",
            "The Group of 20 (G20) met.",
            "Three of the 10 stocks (up 5%) gained.",
            "Sales rose 5% from January to March, up 3%.",
            "Ages ranged from 18 to 25, up 5 percent.",
            "Growth was 5.5 percent from 1995 to 2003, up 2 percent."})
    void noStatement(String sentence) {
        assertThat(of(sentence)).isEmpty();
    }

    @Test
    void changeAfterFigures() {
        String s = "Membership rose from 120 to 150, up 30%.";
        ChangeStatement c = only(s, ChangeStatement.class);
        assertThat(c.from().value()).isEqualTo(120);
        assertThat(c.to().value()).isEqualTo(150);
        assertThat(c.stated().value()).isEqualTo(30);
        assertThat(c.direction()).isEqualTo(1);
        assertThat(span(s, c.stated())).isEqualTo("30%");
        assertThat(only("It climbed from 80 to 100, a 25% rise.", ChangeStatement.class).stated().value()).isEqualTo(25);
        assertThat(only("It went from 80 to 100 players, an increase of 25 percent.", ChangeStatement.class).word()).isEqualTo("increase");
        assertThat(only("Costs fell from $8m to $6m, down 25%.", ChangeStatement.class).direction()).isEqualTo(-1);
    }

    @Test
    void changeBeforeFigures() {
        ChangeStatement c = only("Support was up three percent, from 11 percent to 14 percent.", ChangeStatement.class);
        assertThat(c.from().kind()).isEqualTo(Figure.Kind.PERCENT);
        assertThat(c.stated().value()).isEqualTo(3);
        ChangeStatement toFrom = only("Exports rose 25% to $5.0bn from $4.0bn.", ChangeStatement.class);
        assertThat(toFrom.from().value()).isEqualTo(4e9);
        assertThat(toFrom.to().value()).isEqualTo(5e9);
        ChangeStatement quarter = only("Profit fell 3.4 percent to 424 million dollars in the first quarter from 439 million.",
                ChangeStatement.class);
        assertThat(quarter.from().value()).isEqualTo(439e6);
        ChangeStatement points = only("The rate rose 5 percentage points, from 20% to 25%.", ChangeStatement.class);
        assertThat(points.stated().kind()).isEqualTo(Figure.Kind.POINTS);
        ChangeStatement tax = only("The tax was cut by 10 percent, from 40 to 30 percent.", ChangeStatement.class);
        assertThat(tax.from().kind()).isEqualTo(Figure.Kind.PERCENT);
        assertThat(tax.from().value()).isEqualTo(40);
    }

    @Test
    void factorChanges() {
        ChangeStatement halved = only("The deficit halved from 8m to 5m.", ChangeStatement.class);
        assertThat(halved.factor()).isEqualTo(0.5);
        assertThat(halved.from().value()).isEqualTo(8e6);
        assertThat(halved.from().precision()).isEqualTo(1e6);
        ChangeStatement scaled = only("Sales doubled from 1.5 to 3 billion yuan.", ChangeStatement.class);
        assertThat(scaled.from().value()).isEqualTo(1.5e9);
        assertThat(scaled.from().precision()).isEqualTo(1e8);
        assertThat(of("Sales nearly doubled from 1.5 to 2.7 billion yuan.")).isEmpty();
    }

    @Test
    void namedCount() {
        String s = "Three carriers fly the route: two airlines – Ryanair, easyJet and Wizz Air.";
        PartsStatement p = only(s, PartsStatement.class);
        assertThat(p.kind()).isEqualTo(PartsStatement.Kind.NAMED);
        assertThat(p.total().value()).isEqualTo(2);
        assertThat(p.parts()).extracting(Figure::text).containsExactly("Ryanair", "easyJet", "Wizz Air");
        assertThat(span(s, p.parts().get(2))).isEqualTo("Wizz Air");
        assertThat(only("Two airlines – Ryanair, easyJet and Wizz Air – fly there.", PartsStatement.class).parts()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Several airlines fly the route, including two airlines – Ryanair and easyJet.",
            "At least two airlines – Ryanair, easyJet and Wizz Air – fly there.",
            "Three countries – Ghana, Bosnia and Herzegovina – signed.",
            "Two airlines – Ryanair, easyJet and others – fly there.",
            "The $20m grant: $12m for schools, among other things, and $9m for roads.",
            "The $20m grant: $12m for schools and some $9m for roads.",
            "Prices rose: 40% in January, 45% in February and 20% in March.",
            "Of the voters, 40 percent of men and 70 percent of women backed him.",
            "Royal won slightly over 60 percent of the vote, well over the 50 percent of votes needed.",
            "A survey shows that 86 percent of students in colleges and 31 percent in primary schools have poor eyesight."})
    void noParts(String sentence) {
        assertThat(of(sentence).stream().filter(PartsStatement.class::isInstance)).isEmpty();
    }

    @Test
    void sumOfAmounts() {
        PartsStatement p = only("The $20m grant: $12m for schools and $9m for roads.", PartsStatement.class);
        assertThat(p.kind()).isEqualTo(PartsStatement.Kind.SUM);
        assertThat(p.total().value()).isEqualTo(20e6);
        assertThat(p.parts()).extracting(Figure::value).containsExactly(12e6, 9e6);
        PartsStatement three = only("A €1.5bn plan – €0.8bn for rail, €0.5bn for roads, and €0.2bn for ports.", PartsStatement.class);
        assertThat(three.parts()).hasSize(3);
    }

    @Test
    void sharesOfAVote() {
        PartsStatement p = only("In the poll, 40% voted yes, 45% no and 20% abstained.", PartsStatement.class);
        assertThat(p.kind()).isEqualTo(PartsStatement.Kind.SHARES);
        assertThat(p.parts()).extracting(Figure::value).containsExactly(40.0, 45.0, 20.0);
    }

    @Test
    void figures() {
        Figure f = Figures.read("about US$ 1.25 billion", 10);
        assertThat(f.hedge()).isEqualTo("about");
        assertThat(f.currency()).isEqualTo("US$");
        assertThat(f.value()).isEqualTo(1.25e9);
        assertThat(f.precision()).isEqualTo(1e7, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(f.start()).isEqualTo(16);
        assertThat(Figures.read("twenty-five per cent", 0).value()).isEqualTo(25);
        assertThat(Figures.read("5 percentage points", 0).kind()).isEqualTo(Figure.Kind.POINTS);
        assertThat(Figures.read("1,200", 0).exact()).isTrue();
        assertThat(Figures.read("2019", 0).looksLikeYear()).isTrue();
    }
}
