package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a figure counts or measures: the head noun's lemma, or silence when the phrase is not plain. */
class MeasuredNounsTest {

    private static String headOf(String sentence, String figure) {
        Anchor anchor = numbers(sentence).stream().filter(c -> c.text().equals(figure)).findFirst().orElseThrow().anchor();
        return anchor == null ? "-" : anchor.head();
    }

    @ParameterizedTest(name = "{1} in \"{0}\" counts {2}")
    @CsvSource(delimiter = '|', value = {
        "Only 18 of the 60 delegates voted for the plan.            | 18          | delegate",
        "Only 18 of the 60 delegates voted for the plan.            | 60          | delegate",
        "Some 300 people died in the floods.                         | 300         | people",
        "The $500bn aid package was approved.                        | $500bn      | package",
        "Russia paid $5m in damages.                                 | $5m         | damage",
        "Turkey bought $2bn worth of arms.                           | $2bn        | arms",
        "About 5% of voters backed him.                              | 5%          | voter",
        "The city has a population of about 60 million.             | 60 million  | population",
        "The 5% pay rise was agreed.                                 | 5%          | rise",
        "The 1,000km border is closed.                               | 1,000km     | border",
        "Iran will install 3,000 uranium-enriching centrifuges.      | 3,000       | centrifuge",
        "APEC has seven of the world's 13 largest ports.             | seven       | port",
        "Spending is 60 percent of world GDP.                        | 60 percent  | gdp",
        "The 21 member nations accounting for half of trade met.     | 21          | nation",
        "Iraqis living in 15 nations start voting today.             | 15          | nation",
        "Some 300 women's groups signed the letter.                  | 300         | group",
        "Turkey imported $5bn of taxes and goods.                    | $5bn        | tax",
        "They sent 40 troops and 12 patients home.                   | 40          | troop",
        "They sent 40 troops and 12 patients home.                   | 12          | patient",
        "The 12 policemen face charges.                              | 12          | policeman",
        "Hong Kong's 6.4 million population is ageing.               | 6.4 million | population",
        "Some 1,200 police were deployed in the capital.             | 1,200       | police",
        "About 500 staff will lose their jobs.                       | 500         | staff",
        "The 120 aircraft were grounded for checks.                  | 120         | aircraft",
        "APEC has 21 members: Australia, Brunei and Canada.          | 21          | member",
        "Zia said that the 13th summit has decided to act.           | 13th        | summit",
        "Exports grew, a year-on-year increase of 39 percent.        | 39 percent  | increase",
        "The Treasury sold 17 billion dollars in six- month bills.   | 17 billion dollars | bill",
        "Trains run at speeds of up to 160 kilometers per hour.      | 160 kilometers per hour | speed",
        "The 5000m race was won by a Kenyan.                         | 5000m       | race",
        "Rebels wounded two Israeli soldiers on Monday.              | two         | soldier",
        "Portugal had 33 AIDS cases per million people.              | 33          | case",
        "Some 106,000 Bhutanese refugees have been living in camps.  | 106,000     | refugee",
        "Yemen's two ruling parties looked set to win.               | two         | party",
        "Hu praised the guidelines set by the two countries' leaders. | two        | country",
        "Under 20 people came to the meeting.                        | 20          | people",
        "Police stopped two workers' groups at the gate.             | two         | group",
        "He achieved all he could at one club.                       | one         | club",
    })
    void aFigureCountsTheNounItQuantifies(String sentence, String figure, String head) {
        assertThat(headOf(sentence, figure)).isEqualTo(head);
    }

    @ParameterizedTest(name = "{1} in \"{0}\" counts nothing named")
    @CsvSource(delimiter = '|', value = {
        "Shares rose 5% last year.                                   | 5%",
        "The company raised $5bn, investors said.                    | $5bn",
        "A total of 300 were arrested.                               | 300",
        "We got reports of more than 3,000 wounded.                  | 3,000",
        "Sales rose to 435.6 billion yen in the same period.         | 435.6 billion yen",
        "A mother of two was hurt in the crash.                      | two",
        "Two of them were hurt.                                      | Two",
        "The index fell three times this month.                      | three",
        "The plant is 5km north of the city.                         | 5km",
        "Officials said 12 of the dead were children.                | 12",
        "The two met by accident in Singapore.                       | two",
        "China will set up three to five trade and economic cooperation zones. | three to five",
        "It made China the number two country for imports.          | two",
        "Russia's world number one player lost.                      | one",
        "Profit was 47.3 million marks last year.                    | 47.3 million",
        "Demand fell to 83.3 million bpd in May.                     | 83.3 million",
        "The fund paid 700,000 punts to the premier.                 | 700,000",
        "The 5000m runner finished 13th.                             | 5000m",
        "She won the 3m springboard title again.                     | 3m",
        "Trade is in excess of two billion dollars.                  | two billion dollars",
        "2nd lead: Summit opens in Dhaka                             | 2nd",
        "The team finished 15 ahead of India.                        | 15",
        "The index fell below the 2,000 mark.                        | 2,000",
        "The blast took place 1,030 meters underground.              | 1,030 meters",
        "The record of 28 set by Alexander stood for a year.         | 28",
        "Qantas shares jumped four percent Monday amid expectations. | four percent",
        "A crowd of 500,000 lining streets cheered the runners.      | 500,000",
        "Two Israelis found murdered in West Bank                    | Two",
        "Athletes at the 23rd SEA Games were tested.                 | 23rd",
        "The ban on zero tolerance was lifted.                       | zero",
        "FAZ decided to include the Under 20 players in the team.    | 20",
        "South Africa lost six wickets for 44 runs at one stage.     | one",
        "The centre is 7 feets tall.                                 | 7",
        "Notes worth between 100,000 and one million new zaires circulate. | 100,000 and one million",
    })
    void aFigureWithoutAPlainNounCountsNothing(String sentence, String figure) {
        assertThat(headOf(sentence, figure)).isEqualTo("-");
    }

    @ParameterizedTest(name = "{1} in \"{0}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "Debt hit a 16-year high of 10.2 percent.                    | 10.2 percent | 16-year high",
        "Trade has an annual two-way volume of 500 million dollars.  | 500 million dollars | two-way volume",
        "Oil hit an all-time high of 70.85 dollars a barrel.         | 70.85 dollars | all-time high",
    })
    void aPhraseOpeningInAHyphenatedCompoundKeepsTheCompound(String sentence, String figure, String phrase) {
        Anchor anchor = numbers(sentence).stream().filter(c -> c.text().equals(figure)).findFirst().orElseThrow().anchor();
        assertThat(anchor).isNotNull();
        assertThat(anchor.phrase()).isEqualTo(phrase);
    }

    @org.junit.jupiter.api.Test
    void aLineBreakBetweenTheFigureAndItsNounIsASpace() {
        assertThat(headOf("The company would cut 1,200\njobs next year.", "1,200")).isEqualTo("job");
    }

    @org.junit.jupiter.api.Test
    void aRunTogetherTableIsNotTagged() {
        String table = "Results: " + "60 delegates, ".repeat(300) + "end.";
        assertThat(numbers(table)).isNotEmpty().allSatisfy(claim -> assertThat(claim.anchor()).isNull());
    }
}
