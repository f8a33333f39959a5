package org.lurewatch.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** The tip API as a client uses it: fetch and solve a challenge, submit, follow up. */
public final class TipApi {

    public static final String CHALLENGE = "{ tipChallenge { challenge difficulty expiresAt algorithm } }";
    public static final String SUBMIT = """
            mutation($input: TipInput!, $proof: ProofOfWorkInput) {
              submitTip(input: $input, proofOfWork: $proof) {
                receipt language whatHappensNext retried
                emergencyNumbers { country number service language source sourceUrl checked }
              }
            }""";
    public static final String STATUS = """
            query($receipt: String!, $lang: Language) {
              tipStatus(receipt: $receipt, lang: $lang) { status statusText language submittedAt messages { text at } }
            }""";
    public static final String ADD_MESSAGE = """
            mutation($receipt: String!, $text: String!) {
              addTipMessage(receipt: $receipt, text: $text) { status statusText language messages { text at } }
            }""";

    /** Sends a document with variables and gives back the whole JSON response body. */
    @FunctionalInterface
    public interface Transport {
        JsonNode send(String document, Map<String, Object> variables);
    }

    private final Transport transport;

    public TipApi(Transport transport) {
        this.transport = transport;
    }

    public static TipApi over(GraphQlClient client) {
        return new TipApi((doc, vars) -> client.query(doc, vars).body());
    }

    public static TipApi over(LoopbackHttp client) {
        return new TipApi((doc, vars) -> client.query(doc, vars).body());
    }

    public JsonNode challenge() {
        return transport.send(CHALLENGE, Map.of()).path("data").path("tipChallenge");
    }

    /** A freshly fetched and solved proof of work. */
    public Map<String, Object> proof() {
        JsonNode c = challenge();
        String challenge = c.path("challenge").asString();
        return Map.of("challenge", challenge, "nonce", ProofOfWorkSolver.solve(challenge, c.path("difficulty").asInt()));
    }

    public JsonNode submit(Map<String, Object> input, Map<String, Object> proof) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("input", input);
        vars.put("proof", proof);
        return transport.send(SUBMIT, vars);
    }

    /** Submits with a fresh solved proof; the whole response body. */
    public JsonNode submit(Map<String, Object> input) {
        return submit(input, proof());
    }

    /** Submits and returns the receipt, failing if the answer has errors. */
    public String submitForReceipt(Map<String, Object> input) {
        JsonNode body = submit(input);
        if (body.has("errors")) {
            throw new AssertionError("submitTip failed: " + body);
        }
        return body.path("data").path("submitTip").path("receipt").asString();
    }

    public JsonNode status(String receipt) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("receipt", receipt);
        return transport.send(STATUS, vars);
    }

    public JsonNode addMessage(String receipt, String text) {
        return transport.send(ADD_MESSAGE, Map.of("receipt", receipt, "text", text));
    }

    /** A complete, valid tip input; {@code overrides} replace or add fields (a null value removes one). */
    public static Map<String, Object> tip(Map<String, Object> overrides) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("category", "JOB_OFFER");
        input.put("country", "TH");
        input.put("place", "Mae Sot");
        input.put("channel", "FACEBOOK");
        input.put("story", "They offered a job in a casino with a high salary and free flights.");
        input.put("indicators", List.of(Map.of("type", "PHONE", "value", "+66 81 234 5678")));
        input.put("inDangerNow", false);
        input.put("language", "en");
        input.put("reportingFor", "SOMEONE_ELSE");
        input.put("idempotencyKey", UUID.randomUUID().toString());
        overrides.forEach((k, v) -> {
            if (v == null) {
                input.remove(k);
            } else {
                input.put(k, v);
            }
        });
        return input;
    }

    public static Map<String, Object> tip() {
        return tip(Map.of());
    }

    public static List<Map<String, Object>> indicators(int count) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(Map.of("type", "HANDLE", "value", "line:recruiter" + i));
        }
        return list;
    }
}
