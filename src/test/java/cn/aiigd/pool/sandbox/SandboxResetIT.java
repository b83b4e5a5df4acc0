package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "Reset demo data": what the sandbox's people made goes, and the demo is told again from the start. */
class SandboxResetIT extends SandboxTestSupport {

    private List<Long> demoSuppliers() {
        return jdbc.queryForList("SELECT id FROM supplier WHERE credit_code LIKE '91______DM%' ORDER BY id", Long.class);
    }

    @Test
    void resetRemovesTheSandboxsPeopleAndSeedsTheDemoAgain() throws Exception {
        String visitor = newFollower("临时访客");
        say(visitor, "你好");
        // The portal logs a message just after answering it; wait for that row, as a person clicking reset would.
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ? AND msg_type = 'text'", visitor)).isEqualTo(1);
        List<Long> before = demoSuppliers();
        assertThat(before).hasSize(7);
        long pinnedAt = clock.instant().toEpochMilli();

        JsonNode report = json(post("/api/sandbox/reset"), 200);

        assertThat(report.get("seeded").get("stoppedAt").isNull()).as(report.toString()).isTrue();
        assertThat(report.get("seeded").get("done").size()).isEqualTo(18);
        // Other tests of this context may have left companies of their own sandbox followers: those go too.
        assertThat(report.get("removed").get("suppliers").asInt()).isGreaterThanOrEqualTo(before.size());
        List<Long> after = demoSuppliers();
        assertThat(after).hasSize(7).doesNotContainAnyElementsOf(before);
        List<String> followers = new ArrayList<>();
        json(get("/api/sandbox/followers"), 200).forEach(f -> followers.add(f.get("openid").asString()));
        assertThat(followers).hasSize(6).allMatch(o -> o.startsWith("oSandboxDemo")).doesNotContain(visitor);
        assertThat(count("SELECT COUNT(*) FROM wx_message WHERE openid = ?", visitor)).isZero();
        assertThat(count("SELECT COUNT(*) FROM recorded_message WHERE recipient LIKE 'oSandboxDemo%' AND template = 'onsite-selected'"))
                .isEqualTo(1);
        // The clock is where the test had pinned it, not where the story ended.
        assertThat(clock.instant().toEpochMilli()).isEqualTo(pinnedAt);
    }
}
