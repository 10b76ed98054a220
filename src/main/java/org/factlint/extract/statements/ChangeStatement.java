package org.factlint.extract.statements;

/**
 * A change between two figures stated a second way: "from 120 to 150, up 30%" ({@code stated} is
 * the percentage or number of percentage points), or "halved from 8m to 5m" ({@code factor} 0.5,
 * {@code stated} null).
 *
 * @param direction +1 when the words say it rose, -1 when it fell, 0 when they do not say
 * @param word      the word that states the change ("up", "rise", "halved")
 */
public record ChangeStatement(int start, int end, int sentence, Figure from, Figure to, Figure stated, int direction,
                              String word, double factor) implements Statement {}
