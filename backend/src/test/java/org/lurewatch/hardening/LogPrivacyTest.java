package org.lurewatch.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lurewatch.support.LoopbackHttp;
import org.lurewatch.support.StaffClient;
import org.lurewatch.support.TipApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A representative session (tip, follow-up, staff sign-in right and wrong, malformed and unknown requests)
 * from a distinctive loopback address and user agent, with the production structured log format and the
 * portal's own loggers at DEBUG: nothing the tipster sent or holds appears anywhere in the output.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lurewatch.embedded-mongo.in-memory=true", "logging.structured.format.console=ecs",
                "logging.level.org.lurewatch=DEBUG",
                "lurewatch.admin.initial-password=" + StaffClient.ADMIN_PASSWORD})
class LogPrivacyTest {

    static final String PEER = "127.31.41.59";
    static final String AGENT = "LogProbeAgent/3.14 (distinctive)";
    static final String STORY = "Zanzibar-quokka-7731 recruiter promised a casino job in Shwe Kokko";
    static final String PLACE = "Quokkaville-7731";
    static final String MESSAGE = "Follow-up-narwhal-5521 he called again";

    @LocalServerPort
    int port;

    @Test
    void nothingIdentifyingReachesTheLog(CapturedOutput output) {
        LoopbackHttp http = new LoopbackHttp(port, PEER);
        Map<String, String> headers = Map.of("User-Agent", AGENT);
        TipApi tipster = new TipApi((doc, vars) -> http.query(doc, vars, headers).body());

        String receipt = tipster.submitForReceipt(TipApi.tip(Map.of("story", STORY, "place", PLACE,
                "contact", "quokka.contact@example.org")));
        assertThat(tipster.status(receipt).path("data").path("tipStatus").path("status").asString()).isEqualTo("RECEIVED");
        assertThat(tipster.addMessage(receipt, MESSAGE).has("errors")).isFalse();
        tipster.status("1234 5678 9012 3456");

        byte[] goodLogin = ("{\"username\":\"admin\",\"password\":\"" + StaffClient.ADMIN_PASSWORD + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(http.post("/staff/session", "application/json", goodLogin, headers).status()).isEqualTo(200);
        byte[] badLogin = "{\"username\":\"admin\",\"password\":\"wrong-password-walrus\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(http.post("/staff/session", "application/json", badLogin, headers).status()).isGreaterThanOrEqualTo(400);
        assertThat(http.post("/graphql", "application/json", ("{\"query\": \"" + STORY).getBytes(StandardCharsets.UTF_8),
                headers).status()).isEqualTo(400);
        http.post("/graphql", "text/plain", STORY.getBytes(StandardCharsets.UTF_8), headers);
        assertThat(http.get("/no/such/" + PLACE, headers).status()).isEqualTo(404);

        String log = output.getAll();
        assertThat(log).as("the structured format is on").contains("\"ecs\":{\"version\"");
        String digits = receipt.replaceAll("\\D", "");
        for (String secret : List.of(PEER, AGENT, "LogProbeAgent", receipt, digits, "Zanzibar-quokka", PLACE, "narwhal",
                "quokka.contact", "1234 5678 9012 3456", "wrong-password-walrus", StaffClient.ADMIN_PASSWORD)) {
            assertThat(log).as("log must not contain %s", secret).doesNotContain(secret);
        }
    }
}
