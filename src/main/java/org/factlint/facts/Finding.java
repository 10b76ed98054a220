package org.factlint.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule inserts when it flags something. Built in the rule's consequence:
 * <pre>insert(Finding.at(drools, $year).message("...").related($other, "...").arithmetic("2025 - 3 = 2022").suggest("2022"));</pre>
 * The rule id and default severity come from the rule's {@code @id} and {@code @severity} metadata.
 */
public final class Finding {
    private final String ruleId;
    private String severity;
    private final int start;
    private final int end;
    private String message = "";
    private final List<RelatedSpan> related = new ArrayList<>();
    private String arithmetic;
    private String suggestion;

    private Finding(String ruleId, String severity, int start, int end) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.start = start;
        this.end = end;
    }

    public static Finding at(RuleContext context, Spanned span) {
        Map<String, Object> meta = context.getRule().getMetaData();
        return new Finding(String.valueOf(meta.get("id")), String.valueOf(meta.get("severity")), span.start(), span.end());
    }

    public Finding message(String text) {
        this.message = text;
        return this;
    }

    public Finding related(Spanned span, String text) {
        related.add(new RelatedSpan(span.start(), span.end(), text));
        return this;
    }

    public Finding arithmetic(String text) {
        this.arithmetic = text;
        return this;
    }

    public Finding suggest(String text) {
        this.suggestion = text;
        return this;
    }

    /** Overrides the rule's default severity, e.g. "info" for a verified conversion. */
    public Finding severity(String level) {
        this.severity = level;
        return this;
    }

    public String getRuleId() { return ruleId; }
    public String getSeverity() { return severity; }
    public int getStart() { return start; }
    public int getEnd() { return end; }
    public String getMessage() { return message; }
    public List<RelatedSpan> getRelated() { return List.copyOf(related); }
    public String getArithmetic() { return arithmetic; }
    public String getSuggestion() { return suggestion; }
}
