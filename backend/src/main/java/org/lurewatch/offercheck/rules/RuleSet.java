package org.lurewatch.offercheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lurewatch.offercheck.LureCategory;

/**
 * All red-flag rules, validated. Loaded once at start: a broken file fails the start with a
 * message naming the file and the rule (see {@link RuleFileParser}).
 */
public final class RuleSet {

    /** Where the rule data lives on the classpath: one file per lure category. */
    public static final String DIRECTORY = "offercheck/rules/";

    private final List<Rule> rules;
    private final Map<String, Rule> byId;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> index = new HashMap<>();
        for (Rule rule : rules) {
            if (index.put(rule.id(), rule) != null) {
                throw new RuleSetException("rule '" + rule.id() + "' is defined twice");
            }
        }
        this.byId = Map.copyOf(index);
    }

    /** The rule files of every {@link LureCategory}: offercheck/rules/job.json, travel.json, marriage.json. */
    public static RuleSet fromClasspath() {
        List<String> resources = new ArrayList<>();
        for (LureCategory category : LureCategory.values()) {
            resources.add(DIRECTORY + category.prefix() + ".json");
        }
        return fromClasspath(resources);
    }

    /** Loads the given classpath resources; ids must be unique across all of them. */
    public static RuleSet fromClasspath(List<String> resources) {
        List<Rule> all = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        ClassLoader loader = RuleSet.class.getClassLoader();
        for (String resource : resources) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new RuleSetException(resource + ": not found on the classpath");
                }
                for (Rule rule : RuleFileParser.parse(resource, in)) {
                    String earlier = fileOfId.putIfAbsent(rule.id(), resource);
                    if (earlier != null) {
                        throw new RuleSetException(resource + ": rule '" + rule.id() + "': id already used in "
                                + earlier);
                    }
                    all.add(rule);
                }
            } catch (IOException e) {
                throw new RuleSetException(resource + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return new RuleSet(all);
    }

    /** A rule set from rules built in code (tests). */
    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return rules.size();
    }
}
