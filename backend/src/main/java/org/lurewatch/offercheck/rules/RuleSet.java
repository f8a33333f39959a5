package org.lurewatch.offercheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lurewatch.warnings.Category;

/**
 * All red-flag rules, validated. Loaded once at start: a broken file fails the start with a
 * message naming the file and the rule (see {@link RuleFileParser}).
 */
public final class RuleSet {

    /** Where the rule data lives on the classpath: one file per lure category. */
    public static final String DIRECTORY = "offercheck/rules/";
    /** The words of each concept the rules' "together" groups name. */
    public static final String CONCEPTS = DIRECTORY + "concepts.json";

    private final List<Rule> rules;
    private final Map<String, Rule> byId;
    private final Map<String, Concept> concepts;

    private RuleSet(List<Rule> rules, Map<String, Concept> concepts) {
        this.rules = List.copyOf(rules);
        this.concepts = Map.copyOf(concepts);
        for (Rule rule : rules) {
            for (Rule.Together group : rule.together()) {
                for (String name : concatenated(concatenated(group.concepts(), group.without()), group.notBefore())) {
                    if (!concepts.containsKey(name)) {
                        throw new RuleSetException("rule '" + rule.id() + "' names the unknown concept '" + name + "'");
                    }
                }
            }
        }
        Map<String, Rule> index = new HashMap<>();
        for (Rule rule : rules) {
            if (index.put(rule.id(), rule) != null) {
                throw new RuleSetException("rule '" + rule.id() + "' is defined twice");
            }
        }
        this.byId = Map.copyOf(index);
    }

    /** The rule files of every category that has one ({@link RuleFiles}): offercheck/rules/job.json, travel.json, marriage.json. */
    public static RuleSet fromClasspath() {
        List<String> resources = new ArrayList<>();
        for (Category category : RuleFiles.categories()) {
            resources.add(DIRECTORY + RuleFiles.prefix(category).orElseThrow() + ".json");
        }
        return fromClasspath(resources);
    }

    /** Loads the given classpath resources; ids must be unique across all of them. */
    public static RuleSet fromClasspath(List<String> resources) {
        List<Rule> all = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        ClassLoader loader = RuleSet.class.getClassLoader();
        Map<String, Concept> concepts;
        try (InputStream in = loader.getResourceAsStream(CONCEPTS)) {
            if (in == null) {
                throw new RuleSetException(CONCEPTS + ": not found on the classpath");
            }
            concepts = RuleFileParser.parseConcepts(CONCEPTS, in);
        } catch (IOException e) {
            throw new RuleSetException(CONCEPTS + ": cannot be read: " + e.getMessage(), e);
        }
        for (String resource : resources) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new RuleSetException(resource + ": not found on the classpath");
                }
                for (Rule rule : RuleFileParser.parse(resource, in, concepts.keySet())) {
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
        return new RuleSet(all, concepts);
    }

    /** A rule set from rules built in code (tests). */
    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules, Map.of());
    }

    /** A rule set from rules and concepts built in code (tests). */
    public static RuleSet of(List<Rule> rules, List<Concept> concepts) {
        Map<String, Concept> byName = new HashMap<>();
        concepts.forEach(c -> byName.put(c.name(), c));
        return new RuleSet(rules, byName);
    }

    private static List<String> concatenated(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The concepts by name. */
    public Map<String, Concept> concepts() {
        return concepts;
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
