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
import org.factlint.rates.RateQuote;

/** Turns one document's claims into the plain records the rules match, looking up the rates conversions need. */
public final class FactAssembler {
    /** Where ECB rates come from; a lookup with nothing for the date returns empty. */
    public interface RateLookup {
        Optional<RateQuote> quote(String from, String to, LocalDate date);
    }

    private final RateLookup rates;

    public FactAssembler(RateLookup rates) {
        this.rates = rates;
    }

    public List<Object> assemble(String name, Extraction extraction, boolean dateAssumed) {
        List<Object> facts = new ArrayList<>();
        facts.add(new DocumentFact(name, extraction.referenceDate(), dateAssumed));
        for (TemporalClaim claim : extraction.temporal()) facts.add(timeFact(claim));
        Map<NumericClaim, MoneyFact> money = new HashMap<>();
        for (NumericClaim claim : extraction.numeric()) {
            if (claim.unit() != null && claim.type() == org.factlint.extract.ClaimType.MONEY) {
                MoneyFact fact = new MoneyFact(claim.start(), claim.end(), claim.text(), claim.unit(), claim.value(),
                        claim.precision(), claim.mod(), claim.sentence());
                money.put(claim, fact);
                facts.add(fact);
            }
        }
        for (Conversion conversion : extraction.conversions()) {
            if (!money.containsKey(conversion.source())) continue; // unit conversions ("5km (3.1 miles)") have no rule yet
            ConversionFact fact = new ConversionFact(money.get(conversion.source()), money.get(conversion.target()),
                    extraction.referenceDate());
            facts.add(fact);
            // A conversion whose date is outside every rate source gets no RateFact: the rules call it unverifiable.
            rates.quote(fact.source().currency(), fact.target().currency(), fact.date())
                    .ifPresent(q -> facts.add(new RateFact(fact, q.rate(), q.fixingDate(), q.source())));
        }
        return facts;
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
