package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** "Today" pinned from the sandbox page is the service's today: the account's answers follow it. */
class SandboxClockIT extends SandboxTestSupport {

    private JsonNode pinTo(String at, int status) throws Exception {
        return json(put("/api/sandbox/clock").contentType(MediaType.APPLICATION_JSON).content("{\"at\":\"" + at + "\"}"), status);
    }

    @Test
    void aPinnedDateIsTheServicesTodayUntilReleased() throws Exception {
        String openid = newFollower("看日期的人");
        JsonNode pinned = pinTo("2021-02-10", 200);
        assertThat(pinned.get("pinned").asBoolean()).isTrue();
        assertThat(OffsetDateTime.parse(pinned.get("now").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2021-02-10T10:00:00+08:00").toInstant());
        assertThat(clock.instant()).isEqualTo(OffsetDateTime.parse("2021-02-10T10:00:00+08:00").toInstant());
        String during = say(openid, "现在能报吗").get("text").asString();

        pinTo("2021-03-20T10:00:00+08:00", 200);
        String after = say(openid, "现在能报吗").get("text").asString();
        assertThat(during).contains("2021年第一批");
        assertThat(after).isNotEqualTo(during).contains("2021年第二批");

        JsonNode released = json(delete("/api/sandbox/clock"), 200);
        assertThat(released.get("pinned").asBoolean()).isFalse();
        assertThat(Duration.between(OffsetDateTime.parse(released.get("now").asString()).toInstant(), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(clock.isPinned()).isFalse();
    }

    @Test
    void thePresetsAreTheTwoMomentsOfBatchOne() throws Exception {
        JsonNode presets = json(get("/api/sandbox/clock"), 200).get("presets");
        assertThat(presets.get(0).get("label").asString()).isEqualTo("批次一申报中 2021-02-10");
        assertThat(presets.get(1).get("label").asString()).isEqualTo("批次一截止后 2021-03-20");
    }

    @Test
    void aDateItCannotReadChangesNothing() throws Exception {
        Instant before = clock.instant();
        JsonNode problem = pinTo("下周三", 400);
        assertThat(problem.toString()).contains("请填写日期");
        assertThat(clock.instant()).isEqualTo(before);
    }
}
