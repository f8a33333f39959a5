package org.lurewatch.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Reads the running schema by introspection and writes, for every Query and Mutation field, the
 * smallest valid document that calls it: required arguments get dummy values built from their
 * types (nested input objects too), object results select {@code __typename}. Fields that modules
 * add later are walked without anyone listing them.
 */
public final class SchemaWalk {

    private static final String INTROSPECTION = """
            query Walk {
              __schema {
                queryType { name }
                mutationType { name }
                types {
                  name kind
                  enumValues { name }
                  inputFields { name defaultValue type { ...Ref } }
                  fields { name args { name defaultValue type { ...Ref } } type { ...Ref } }
                }
              }
            }
            fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
            """;

    /** One root field and a document calling it. */
    public record Call(String operation, String field, String document) {
    }

    private final Map<String, JsonNode> types = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    private SchemaWalk(JsonNode schema) {
        schema.path("types").forEach(t -> types.put(t.path("name").asString(), t));
        addRoot("query", schema.path("queryType").path("name").asString(null));
        addRoot("mutation", schema.path("mutationType").path("name").asString(null));
    }

    /** Introspects through {@code send} (which may be anonymous: introspection is public). */
    public static SchemaWalk of(Function<String, GraphQlClient.Reply> send) {
        GraphQlClient.Reply reply = send.apply(INTROSPECTION);
        if (reply.body().has("errors")) {
            throw new AssertionError("introspection failed: " + reply.raw());
        }
        return new SchemaWalk(reply.data().path("__schema"));
    }

    public List<Call> calls() {
        return calls;
    }

    private void addRoot(String operation, String typeName) {
        if (typeName == null || !types.containsKey(typeName)) {
            return;
        }
        for (JsonNode field : types.get(typeName).path("fields")) {
            String name = field.path("name").asString();
            StringBuilder doc = new StringBuilder(operation).append(" { ").append(name);
            List<String> args = new ArrayList<>();
            for (JsonNode arg : field.path("args")) {
                if (isRequired(arg)) {
                    args.add(arg.path("name").asString() + ": " + literal(arg.path("type"), 0));
                }
            }
            if (!args.isEmpty()) {
                doc.append('(').append(String.join(", ", args)).append(')');
            }
            if (isComposite(field.path("type"))) {
                doc.append(" { __typename }");
            }
            calls.add(new Call(operation, name, doc.append(" }").toString()));
        }
    }

    private static boolean isRequired(JsonNode argOrInputField) {
        return "NON_NULL".equals(argOrInputField.path("type").path("kind").asString())
                && argOrInputField.path("defaultValue").isNull();
    }

    private boolean isComposite(JsonNode ref) {
        JsonNode named = unwrap(ref);
        String kind = named.path("kind").asString();
        return kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION");
    }

    private static JsonNode unwrap(JsonNode ref) {
        JsonNode t = ref;
        while (t.path("ofType").isObject() && !t.path("ofType").isEmpty()) {
            t = t.path("ofType");
        }
        return t;
    }

    private String literal(JsonNode ref, int depth) {
        if (depth > 8) {
            throw new AssertionError("input types nest too deep to build a dummy value");
        }
        String kind = ref.path("kind").asString();
        switch (kind) {
            case "NON_NULL":
                return literal(ref.path("ofType"), depth);
            case "LIST":
                return "[" + literal(ref.path("ofType"), depth + 1) + "]";
            case "ENUM":
                return types.get(ref.path("name").asString()).path("enumValues").path(0).path("name").asString();
            case "INPUT_OBJECT": {
                List<String> fields = new ArrayList<>();
                for (JsonNode f : types.get(ref.path("name").asString()).path("inputFields")) {
                    if (isRequired(f)) {
                        fields.add(f.path("name").asString() + ": " + literal(f.path("type"), depth + 1));
                    }
                }
                return "{" + String.join(", ", fields) + "}";
            }
            default:
                return switch (ref.path("name").asString()) {
                    case "Int" -> "1";
                    case "Float" -> "1.5";
                    case "Boolean" -> "true";
                    case "DateTime" -> "\"2030-01-01T00:00:00Z\"";
                    default -> "\"x\"";
                };
        }
    }
}
