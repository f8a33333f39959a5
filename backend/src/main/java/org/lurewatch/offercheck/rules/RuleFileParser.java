package org.lurewatch.offercheck.rules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks one rule file. Rule data is edited by hand, by people who know the lures
 * better than JSON, so every mistake stops the start with the file, the rule and the field named,
 * instead of a rule that silently never fires.
 */
final class RuleFileParser {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> FILE_FIELDS = Set.of("category", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "weight", "phrases", "unless", "patterns",
            "together", "explanation", "source");
    private static final Set<String> TOGETHER_FIELDS = Set.of("concepts", "window", "without", "notBefore");
    private static final Set<String> CONCEPT_FIELDS = Set.of("about", "terms");
    private static final Pattern CONCEPT_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int MAX_WINDOW = 40;
    static final int MAX_CONCEPTS_TOGETHER = 4;
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "url");
    static final int MIN_WEIGHT = 1;
    static final int MAX_WEIGHT = 5;

    private final String file;
    private final Set<String> concepts;

    private RuleFileParser(String file, Set<String> concepts) {
        this.file = file;
        this.concepts = concepts;
    }

    /** @param file the name used in error messages, e.g. "offercheck/rules/job.json" */
    static List<Rule> parse(String file, InputStream in) {
        return parse(file, in, Set.of());
    }

    /** @param concepts the concept names rules may use in "together" */
    static List<Rule> parse(String file, InputStream in, Set<String> concepts) {
        return new RuleFileParser(file, concepts).parse(in);
    }

    /** Reads the concept file: {"concepts": {"name": {"about": "...", "terms": {"en": [...], ...}}}}. */
    static Map<String, Concept> parseConcepts(String file, InputStream in) {
        return new RuleFileParser(file, Set.of()).concepts(in);
    }

    private Map<String, Concept> concepts(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new RuleSetException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || root.get("concepts") == null || !root.get("concepts").isObject()) {
            throw fail(null, "the file must hold one object with \"concepts\"");
        }
        onlyKnownFields(root, Set.of("concepts"), null, "the file");
        Map<String, Concept> parsed = new java.util.LinkedHashMap<>();
        for (var entry : root.get("concepts").properties()) {
            String name = entry.getKey();
            JsonNode node = entry.getValue();
            String where = "concept '" + name + "'";
            if (!CONCEPT_NAME.matcher(name).matches()) {
                throw fail(null, where + ": a name is lower-case words joined by '-'");
            }
            if (!node.isObject()) {
                throw fail(null, where + ": must be an object with \"about\" and \"terms\"");
            }
            onlyKnownFields(node, CONCEPT_FIELDS, null, where);
            String about = nonBlank(node.get("about"), null, where + ": about");
            Map<Language, List<String>> terms = phraseLists(node.get("terms"), null, where + ": terms", true);
            if (terms.values().stream().allMatch(List::isEmpty)) {
                throw fail(null, where + ": has no terms");
            }
            parsed.put(name, new Concept(name, about, terms));
        }
        return parsed;
    }

    private List<Rule> parse(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new RuleSetException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail(null, "the file must hold one object with \"category\" and \"rules\"");
        }
        onlyKnownFields(root, FILE_FIELDS, null, "the file");
        Category category = category(root.get("category"));
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            throw fail(null, "\"rules\" must be a non-empty array");
        }
        List<Rule> parsed = new ArrayList<>(rules.size());
        int index = 0;
        for (JsonNode rule : rules) {
            parsed.add(rule(rule, category, index++));
        }
        return parsed;
    }

    private Category category(JsonNode node) {
        String name = node == null || !node.isString() ? null : node.asString();
        for (Category c : RuleFiles.categories()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw fail(null, "\"category\" must be one of JOB_OFFER, TRAVEL_OFFER, MARRIAGE_OFFER, not " + node);
    }

    private Rule rule(JsonNode node, Category category, int index) {
        if (!node.isObject()) {
            throw fail("#" + (index + 1), "a rule must be an object");
        }
        String prefix = RuleFiles.prefix(category).orElseThrow();
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isString() ? idNode.asString() : "#" + (index + 1);
        if (idNode == null || !idNode.isString() || !ID.matcher(id).matches()) {
            throw fail(id, "\"id\" must look like \"" + prefix + ".some-name\"");
        }
        if (!id.startsWith(prefix + ".")) {
            throw fail(id, "ids in a " + category + " file must start with \"" + prefix + ".\"");
        }
        onlyKnownFields(node, RULE_FIELDS, id, "a rule");

        JsonNode weightNode = node.get("weight");
        if (weightNode == null || !weightNode.isInt()) {
            throw fail(id, "\"weight\" must be a whole number from " + MIN_WEIGHT + " to " + MAX_WEIGHT);
        }
        int weight = weightNode.intValue();
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw fail(id, "weight " + weight + " is outside " + MIN_WEIGHT + ".." + MAX_WEIGHT);
        }

        Map<Language, List<String>> phrases = phraseLists(node.get("phrases"), id, "phrases",
                node.get("together") == null);
        Map<Language, List<String>> unless = phraseLists(node.get("unless"), id, "unless", false);
        List<Pattern> patterns = patterns(node.get("patterns"), id);
        List<Rule.Together> together = together(node.get("together"), id);
        if (phrases.values().stream().allMatch(List::isEmpty) && patterns.isEmpty() && together.isEmpty()) {
            throw fail(id, "a rule needs at least one phrase, pattern or group of concepts");
        }
        Map<Language, String> explanation = explanation(node.get("explanation"), id);

        JsonNode source = node.get("source");
        if (source == null || !source.isObject()) {
            throw fail(id, "\"source\" must be an object with \"title\" and \"url\"");
        }
        onlyKnownFields(source, SOURCE_FIELDS, id, "\"source\"");
        String title = nonBlank(source.get("title"), id, "source.title");
        String url = nonBlank(source.get("url"), id, "source.url");
        if (!url.startsWith("https://")) {
            throw fail(id, "source.url must start with https://");
        }
        return new Rule(id, category, weight, phrases, unless, patterns, together, explanation, title, url);
    }

    private List<Rule.Together> together(JsonNode node, String id) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            throw fail(id, "\"together\" must be a non-empty list of {\"concepts\": [...], \"window\": n}");
        }
        List<Rule.Together> groups = new ArrayList<>();
        for (JsonNode group : node) {
            if (!group.isObject()) {
                throw fail(id, "each entry of \"together\" must be an object");
            }
            onlyKnownFields(group, TOGETHER_FIELDS, id, "an entry of \"together\"");
            JsonNode names = group.get("concepts");
            if (names == null || !names.isArray() || names.isEmpty() || names.size() > MAX_CONCEPTS_TOGETHER) {
                throw fail(id, "together.concepts must list 1 to " + MAX_CONCEPTS_TOGETHER + " concept names");
            }
            List<String> list = new ArrayList<>();
            for (JsonNode name : names) {
                String n = nonBlank(name, id, "together.concepts");
                if (!concepts.contains(n)) {
                    throw fail(id, "together.concepts names \"" + n + "\", which is not in "
                            + RuleSet.CONCEPTS);
                }
                if (list.contains(n)) {
                    throw fail(id, "together.concepts names \"" + n + "\" twice");
                }
                list.add(n);
            }
            JsonNode window = group.get("window");
            if (window == null || !window.isInt() || window.intValue() < list.size()
                    || window.intValue() > MAX_WINDOW) {
                throw fail(id, "together.window must be a whole number of words from " + list.size() + " to "
                        + MAX_WINDOW);
            }
            List<String> without = conceptNames(group.get("without"), id, "together.without");
            List<String> notBefore = conceptNames(group.get("notBefore"), id, "together.notBefore");
            groups.add(new Rule.Together(list, window.intValue(), without, notBefore));
        }
        return groups;
    }

    private List<String> conceptNames(JsonNode node, String id, String field) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (!node.isArray()) {
            throw fail(id, field + " must be a list of concept names");
        }
        for (JsonNode name : node) {
            String n = nonBlank(name, id, field);
            if (!concepts.contains(n)) {
                throw fail(id, field + " names \"" + n + "\", which is not in " + RuleSet.CONCEPTS);
            }
            names.add(n);
        }
        return names;
    }

    private Map<Language, List<String>> phraseLists(JsonNode node, String id, String field, boolean required) {
        Map<Language, List<String>> lists = new EnumMap<>(Language.class);
        if (node == null && !required) {
            return lists;
        }
        if (node == null || !node.isObject()) {
            throw fail(id, "\"" + field + "\" must be an object of language → list of phrases");
        }
        for (var entry : node.properties()) {
            Language language = language(entry.getKey(), id, field);
            JsonNode list = entry.getValue();
            if (!list.isArray()) {
                throw fail(id, field + "." + language + " must be a list of phrases");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode phrase : list) {
                texts.add(nonBlank(phrase, id, field + "." + language));
            }
            lists.put(language, List.copyOf(texts));
        }
        return lists;
    }

    private List<Pattern> patterns(JsonNode node, String id) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail(id, "\"patterns\" must be a list of regular expressions");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (JsonNode p : node) {
            String regex = nonBlank(p, id, "patterns");
            if (hasUpperCaseLiteral(regex)) {
                throw fail(id, "pattern " + regex + " has upper-case letters; patterns run on the lower-cased text, "
                        + "so write them in lower case");
            }
            Pattern pattern;
            try {
                // no CASE_INSENSITIVE: the text is already lower case, and Unicode case folding per char
                // makes a pattern several times slower
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw fail(id, "pattern " + regex + " does not compile: " + e.getDescription());
            }
            if (pattern.matcher("").matches()) {
                throw fail(id, "pattern " + regex + " matches the empty text, so it would fire on everything");
            }
            patterns.add(pattern);
        }
        return patterns;
    }

    /** Upper-case letters outside escapes ("\\S", "\\p{Lu}" are fine). */
    static boolean hasUpperCaseLiteral(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
                if ((next == 'p' || next == 'P') && regex.indexOf('}', i) > 0) {
                    i = regex.indexOf('}', i);
                } else {
                    i++;
                }
            } else if (Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    private Map<Language, String> explanation(JsonNode node, String id) {
        if (node == null || !node.isObject()) {
            throw fail(id, "\"explanation\" must be an object with a sentence in each of " + Language.ALL);
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (var entry : node.properties()) {
            texts.put(language(entry.getKey(), id, "explanation"), nonBlank(entry.getValue(), id,
                    "explanation." + entry.getKey()));
        }
        List<Language> missing = Language.ALL.stream().filter(l -> !texts.containsKey(l)).toList();
        if (!missing.isEmpty()) {
            throw fail(id, "explanation is missing the language(s) " + missing);
        }
        return texts;
    }

    private Language language(String tag, String id, String field) {
        for (Language l : Language.ALL) {
            if (l.name().equals(tag)) {
                return l;
            }
        }
        throw fail(id, field + " has \"" + tag + "\", which is not one of " + Language.ALL);
    }

    private String nonBlank(JsonNode node, String id, String field) {
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw fail(id, field + " must be a non-empty text");
        }
        return node.asString().strip();
    }

    private void onlyKnownFields(JsonNode node, Set<String> known, String id, String what) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw fail(id, what + " has an unknown field \"" + name + "\" (known: " + known + ")");
            }
        }
    }

    private RuleSetException fail(String ruleId, String problem) {
        return new RuleSetException(file + (ruleId == null ? "" : ": rule '" + ruleId + "'") + ": " + problem);
    }
}
