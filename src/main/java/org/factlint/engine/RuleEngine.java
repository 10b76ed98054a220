package org.factlint.engine;

import java.util.ArrayList;
import java.util.List;
import org.factlint.facts.Finding;
import org.kie.api.runtime.KieSession;

/** Runs the rules over one document's facts and collects the findings the rules inserted. Thread-safe. */
public final class RuleEngine {
    private final RuleSet rules;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
    }

    public List<Finding> run(List<?> facts) {
        KieSession session = rules.base().newKieSession();
        try {
            for (Object fact : facts) session.insert(fact);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            for (Object object : session.getObjects(o -> o instanceof Finding)) findings.add((Finding) object);
            return findings;
        } finally {
            session.dispose();
        }
    }
}
