import java.io.File;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a seed file of N published warnings for the benchmark, cycling through the shipped
 * sample warnings (real multilingual text) with distinct slugs and publication times.
 * Usage: java -cp <jackson> SeedGen.java <shipped seed.json> <N> <out.json>
 */
public class SeedGen {

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<Map<String, Object>> samples = json.readValue(new File(args[0]), List.class);
        int n = Integer.parseInt(args[1]);
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        List<Map<String, Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> w = new java.util.LinkedHashMap<>(samples.get(i % samples.size()));
            w.put("slug", w.get("slug") + "-" + i);
            w.put("publishedAt", start.plusSeconds(3_600L * i).toString());
            w.put("expiresAt", null);
            out.add(w);
        }
        json.writeValue(new File(args[2]), out);
    }
}
