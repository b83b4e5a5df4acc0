package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox as the embedded default runs it: enabled, on a real port (the sandbox talks to its
 * own portal and in-app WeChat over HTTP), and the notice dispatcher running on its own. The hosts
 * configured for WeChat are IntegrationTest's (the test fake, on this machine, so the guard lets
 * them pass); once the server listens the sandbox points WxJava at itself, as it does with the local
 * profile's. The subclasses share this one context; it seeded the demo when it started (its schema
 * was empty).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SandboxTestSupport extends IntegrationTest {

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry r) {
        r.add("pool.sandbox.enabled", () -> "true");
        r.add("pool.notify.dispatch-enabled", () -> "true");
        r.add("pool.notify.poll-interval", () -> "PT0.2S");
    }

    JsonNode json(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(expectedStatus);
        return body.isEmpty() ? null : api.read(body);
    }

    MockHttpServletRequestBuilder postJson(String path, String body, Object... vars) {
        return post(path, vars).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A new simulated follower (a subscribe through the portal); returns the created answer. */
    JsonNode follow(String nickname) throws Exception {
        return json(postJson("/api/sandbox/followers", "{\"nickname\":\"" + nickname + "\"}"), 201);
    }

    String newFollower(String nickname) throws Exception {
        return follow(nickname).get("follower").get("openid").asString();
    }

    JsonNode say(String openid, String text) throws Exception {
        return json(postJson("/api/sandbox/followers/{openid}/text", api.write(java.util.Map.of("content", text)), openid), 200);
    }

    JsonNode feed(String openid) throws Exception {
        var request = get("/api/sandbox/messages").param("limit", "200");
        if (openid != null) {
            request.param("openid", openid);
        }
        return json(request, 200);
    }

    /** The feed's items once one matches (the dispatcher sends on its own), within ten seconds. */
    List<JsonNode> awaitFeed(String openid, Predicate<JsonNode> wanted) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        List<JsonNode> items = List.of();
        while (System.nanoTime() < until) {
            items = new ArrayList<>();
            feed(openid).get("items").forEach(items::add);
            if (items.stream().anyMatch(wanted)) {
                return items;
            }
            Thread.sleep(100);
        }
        return items;
    }
}
