package org.lurewatch.offercheck.rules;

import java.util.List;
import org.lurewatch.offercheck.Trigger;

/** A rule that fired on a text, with the words that fired it, in text order. */
public record FiredRule(Rule rule, List<Trigger> triggers) {

    public FiredRule {
        triggers = List.copyOf(triggers);
    }
}
