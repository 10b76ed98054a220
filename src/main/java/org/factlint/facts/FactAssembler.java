package org.factlint.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factlint.extract.Anchor;
import org.factlint.extract.Conversion;
import org.factlint.extract.Extraction;
import org.factlint.extract.NumericClaim;
import org.factlint.extract.TemporalClaim;
import org.factlint.extract.statements.ChangeStatement;
import org.factlint.extract.statements.Figure;
import org.factlint.extract.statements.PartsStatement;
import org.factlint.extract.statements.ShareStatement;
import org.factlint.extract.statements.Statement;
import org.factlint.rates.RateQuote;

/** Turns one document's claims into the plain records the rules match, looking up the rates conversions need. */
public final class FactAssembler {
    /** Where ECB rates come from; a lookup with nothing for the date returns empty. */
    public interface RateLookup {
        Optional<RateQuote> quote(String from, String to, LocalDate date);
    }

    private final RateLookup rates;
    private final boolean numberFacts;

    public FactAssembler(RateLookup rates) {
        this(rates, true);
    }

    /** @param numberFacts whether to insert a {@link NumberFact} for every figure (only rules that name it need them) */
    public FactAssembler(RateLookup rates, boolean numberFacts) {
        this.rates = rates;
        this.numberFacts = numberFacts;
    }

    public List<Object> assemble(String name, Extraction extraction, boolean dateAssumed) {
        List<Object> facts = new ArrayList<>();
        facts.add(new DocumentFact(name, extraction.referenceDate(), dateAssumed));
        Map<TemporalClaim, TimeFact> times = new HashMap<>();
        for (TemporalClaim claim : extraction.temporal()) {
            TimeFact fact = timeFact(claim);
            times.put(claim, fact);
            facts.add(fact);
        }
        for (org.factlint.extract.TemporalLink link : extraction.temporalLinks()) {
            facts.add(new TimeLinkFact(link.kind(), times.get(link.relative()), times.get(link.absolute())));
        }
        for (org.factlint.extract.AgeAndBirth age : extraction.agesAndBirths()) {
            facts.add(new AgeFact(age.start(), age.end(), age.text(), age.age(), times.get(age.birth()),
                    extraction.referenceDate()));
        }
        for (org.factlint.extract.ElapsedTime elapsed : extraction.elapsedTimes()) {
            facts.add(new ElapsedFact(times.get(elapsed.start()), elapsed.spanStart(), elapsed.spanEnd(), elapsed.text(),
                    elapsed.kind(), elapsed.years(), extraction.referenceDate().getYear()));
        }
        for (org.factlint.extract.CalendarNote note : extraction.calendarNotes()) {
            String weekday = note.namedWeekday() == null ? null
                    : note.namedWeekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            facts.add(new CalendarFact(note.start(), note.end(), note.text(), note.date(), weekday, note.problem()));
        }
        Map<NumericClaim, MoneyFact> money = new HashMap<>();
        if (numberFacts) for (NumericClaim claim : extraction.numeric()) facts.add(numberFact(claim));
        for (NumericClaim claim : extraction.numeric()) {
            if (claim.unit() != null && claim.type() == org.factlint.extract.ClaimType.MONEY) {
                MoneyFact fact = new MoneyFact(claim.start(), claim.end(), claim.text(), claim.unit(), claim.value(),
                        claim.precision(), claim.mod(), claim.sentence());
                money.put(claim, fact);
                facts.add(fact);
            }
        }
        for (Conversion conversion : extraction.conversions()) {
            if (!money.containsKey(conversion.source())) {
                facts.add(new UnitConversionFact(quantity(conversion.source()), quantity(conversion.target())));
                continue;
            }
            ConversionFact fact = new ConversionFact(money.get(conversion.source()), money.get(conversion.target()),
                    extraction.referenceDate());
            facts.add(fact);
            // A conversion whose date is outside every rate source gets no RateFact: the rules call it unverifiable.
            rates.quote(fact.source().currency(), fact.target().currency(), fact.date())
                    .ifPresent(q -> facts.add(new RateFact(fact, q.rate(), q.fixingDate(), q.source())));
        }
        for (Statement statement : extraction.statements()) facts.add(statementFact(statement));
        for (org.factlint.extract.MeasureMention m : extraction.measureMentions()) {
            facts.add(new MeasureFact(m.start(), m.end(), m.text(), m.value(), m.unit(), m.noun(), m.definite()));
        }
        return facts;
    }

    private static Object statementFact(Statement statement) {
        if (statement instanceof ShareStatement s) {
            return new ShareFact(figure(s.part()), figure(s.whole()), figure(s.percent()), s.ratio(), s.sentence());
        }
        if (statement instanceof ChangeStatement c) {
            return new ChangeFact(figure(c.from()), figure(c.to()), c.stated() == null ? null : figure(c.stated()),
                    c.stated() != null && c.stated().kind() == Figure.Kind.POINTS,
                    c.from().kind() == Figure.Kind.PERCENT, c.direction(), c.word(), c.factor(), c.sentence());
        }
        PartsStatement p = (PartsStatement) statement;
        return new PartsFact(p.kind().name(), p.total() == null ? null : figure(p.total()),
                p.parts().stream().map(FactAssembler::figure).toList(), p.sentence());
    }

    private static NumberFact numberFact(NumericClaim claim) {
        Anchor anchor = claim.anchor();
        return new NumberFact(claim.start(), claim.end(), claim.text(), claim.type().name(), claim.value(),
                claim.high() == null ? claim.value() : claim.high(), claim.unit(), claim.mod(),
                anchor == null ? null : anchor.head(), anchor == null ? null : anchor.phrase(),
                anchor == null ? List.of() : anchor.modifiers(), claim.sentence());
    }

    private static QuantityFact quantity(NumericClaim claim) {
        double high = claim.high() == null ? claim.value() : claim.high();
        return new QuantityFact(claim.start(), claim.end(), claim.text(), claim.value(), high, claim.unit(),
                claim.precision(), claim.mod());
    }

    private static FigureFact figure(Figure f) {
        return new FigureFact(f.start(), f.end(), f.text(), f.value(), f.low(), f.high(), f.precision(), f.hedge(),
                !f.decimal());
    }

    private static TimeFact timeFact(TemporalClaim claim) {
        Anchor anchor = claim.anchor();
        LocalDate first = claim.interval() == null ? null : claim.interval().first();
        LocalDate last = claim.interval() == null ? null : claim.interval().last();
        return new TimeFact(claim.start(), claim.end(), claim.text(), claim.type().name(), claim.value(), first, last,
                claim.arithmetic(), claim.mod(), anchor == null ? null : anchor.head(),
                anchor == null ? null : anchor.phrase(), anchor == null ? List.of() : anchor.modifiers(),
                anchor == null ? List.of() : anchor.qualifiers(), anchor != null && anchor.isDefinite(), claim.sentence());
    }
}
