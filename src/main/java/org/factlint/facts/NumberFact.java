package org.factlint.facts;

import java.util.List;

/**
 * Any figure the extractor found (type NUMBER, MONEY, PERCENT or QUANTITY), with what it counts or
 * measures when that could be told. The shipped rules use the narrower facts; this one is for rules a
 * newsroom writes ("a share of voters above 100%", house style for small numbers).
 *
 * @param unit      ISO 4217 code for MONEY, "%" or "pp" for PERCENT, a unit symbol for QUANTITY,
 *                  "ordinal" for "50th", else null
 * @param high      the high end of a range ("between 300 and 450"), else equal to {@code value}
 * @param mod       the hedge (APPROX, MORE_THAN, ...), or null
 * @param head      lemma of the noun it counts or measures ("delegate" for "18 of the 60 delegates";
 *                  the person's surname for an age), or null when the phrase is not plain
 * @param phrase    that noun phrase as written ("delegates"), or null
 * @param modifiers lower-case words before the head ("aid" in "a $500bn aid package")
 */
public record NumberFact(int start, int end, String text, String type, double value, double high, String unit,
                         String mod, String head, String phrase, List<String> modifiers, int sentence) implements Spanned {}
