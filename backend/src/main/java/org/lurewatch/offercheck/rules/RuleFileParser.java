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
import org.lurewatch.offercheck.LureCategory;
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
            "explanation", "source");
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "url");
    static final int MIN_WEIGHT = 1;
    static final int MAX_WEIGHT = 5;

    private final String file;

    private RuleFileParser(String file) {
        this.file = file;
    }

    /** @param file the name used in error messages, e.g. "offercheck/rules/job.json" */
    static List<Rule> parse(String file, InputStream in) {
        return new RuleFileParser(file).parse(in);
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
        LureCategory category = category(root.get("category"));
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

    private LureCategory category(JsonNode node) {
        String name = node == null || !node.isString() ? null : node.asString();
        for (LureCategory c : LureCategory.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw fail(null, "\"category\" must be one of JOB_OFFER, TRAVEL_OFFER, MARRIAGE_OFFER, not " + node);
    }

    private Rule rule(JsonNode node, LureCategory category, int index) {
        if (!node.isObject()) {
            throw fail("#" + (index + 1), "a rule must be an object");
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isString() ? idNode.asString() : "#" + (index + 1);
        if (idNode == null || !idNode.isString() || !ID.matcher(id).matches()) {
            throw fail(id, "\"id\" must look like \"" + category.prefix() + ".some-name\"");
        }
        if (!id.startsWith(category.prefix() + ".")) {
            throw fail(id, "ids in a " + category + " file must start with \"" + category.prefix() + ".\"");
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

        Map<Language, List<String>> phrases = phraseLists(node.get("phrases"), id, "phrases", true);
        Map<Language, List<String>> unless = phraseLists(node.get("unless"), id, "unless", false);
        List<Pattern> patterns = patterns(node.get("patterns"), id);
        if (phrases.values().stream().allMatch(List::isEmpty) && patterns.isEmpty()) {
            throw fail(id, "a rule needs at least one phrase or pattern");
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
        return new Rule(id, category, weight, phrases, unless, patterns, explanation, title, url);
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
