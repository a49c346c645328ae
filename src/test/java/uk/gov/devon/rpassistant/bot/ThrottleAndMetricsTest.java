package uk.gov.devon.rpassistant.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * One runaway client cannot starve the others: past a burst, a person gets one polite reply and then silence,
 * while everyone else is answered. Health probes and metrics in Prometheus format, over real HTTP.
 */
@TestPropertySource(properties = {"bot.rate-limit.burst=5", "bot.rate-limit.refill=60s"})
class ThrottleAndMetricsTest extends BotHttpTest {

    @Test
    void aPersonSendingTooFastIsToldOnceToSlowDownAndOthersAreStillAnswered() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(post(message("29:runaway", "what is fair process")).statusCode()).isBetween(200, 299);
        }
        assertThat(connector.messages()).hasSize(5).allSatisfy(reply -> assertThat(reply.toString())
                .contains("Fair process"));

        connector.clear();
        post(message("29:runaway", "what is fair process"));
        post(message("29:runaway", "what is fair process"));
        post(message("29:runaway", "what is fair process"));
        List<JsonNode> toRunaway = connector.messages();
        assertThat(toRunaway).hasSize(1);
        assertThat(toRunaway.get(0).path("text").asText()).isEqualTo(Throttle.SLOW_DOWN);

        connector.clear();
        post(message("29:someone-else", "what is fair process"));
        assertThat(connector.messages()).hasSize(1);
        assertThat(connector.messages().get(0).toString()).contains("Fair process");

        assertThat(prometheus()).contains("rp_turns_rate_limited_total 3.0");
    }

    @Test
    void healthProbesAreUpAndMetricsCountAnswersByBandWithALatencyHistogram() throws Exception {
        assertThat(get("/actuator/health/liveness")).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness")).contains("\"status\":\"UP\"");

        post(message("29:metrics-user", "what is restorative practice"));
        post(message("29:metrics-user", "what's the best pizza in Exeter"));

        String metrics = prometheus();
        assertThat(metrics).containsPattern("rp_answers_total\\{band=\"answered\"[^}]*\\} [1-9]")
                .containsPattern("rp_answers_total\\{band=\"not_known\"[^}]*\\} [1-9]")
                .contains("rp_answer_duration_seconds_bucket")
                .contains("rp_questions_not_recorded_total")
                .contains("rp_knowledge_reloads_total");
    }

    private ObjectNode message(String user, String text) {
        ObjectNode activity = activities.personalMessage(text);
        activity.putObject("from").put("id", user).put("aadObjectId", "aad-" + user);
        activity.putObject("conversation").put("id", "a:" + user).put("conversationType", "personal");
        return activity;
    }

    private String prometheus() throws Exception {
        return get("/actuator/prometheus");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
