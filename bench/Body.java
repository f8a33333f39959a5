import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Prints a GraphQL request body: java Body.java <query file> <variables JSON> [sha256 to teach]. */
public class Body {

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Files.readString(Path.of(args[0])));
        body.put("variables", json.readValue(args[1], Map.class));
        if (args.length > 2) {
            body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", args[2])));
        }
        System.out.print(json.writeValueAsString(body));
    }
}
