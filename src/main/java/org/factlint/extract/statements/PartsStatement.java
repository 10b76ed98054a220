package org.factlint.extract.statements;

import java.util.List;

/**
 * A total and the parts a sentence breaks it into.
 * <ul>
 * <li>NAMED: "two airlines – Ryanair, easyJet and Wizz Air"; {@code total} is the count, each part a
 * name (value 1);</li>
 * <li>SUM: "the $20m grant: $12m for schools and $9m for roads"; parts are amounts;</li>
 * <li>SHARES: "40% voted yes, 45% no and 20% abstained"; {@code total} is null (100%).</li>
 * </ul>
 */
public record PartsStatement(int start, int end, int sentence, Kind kind, Figure total, List<Figure> parts)
        implements Statement {
    public enum Kind { NAMED, SUM, SHARES }

    public PartsStatement {
        parts = List.copyOf(parts);
    }
}
