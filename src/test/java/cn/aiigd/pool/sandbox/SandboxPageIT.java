package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The page itself: served with its scripts, and allowed to frame the service's own pages. */
class SandboxPageIT extends SandboxTestSupport {

    @Test
    void thePageAndItsFilesAreServed() throws Exception {
        assertThat(mvc.perform(get("/sandbox")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/sandbox/");
        MvcResult page = mvc.perform(get("/sandbox/")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String id : new String[] {"chat-input", "chat-send", "chat-replies", "menu-bar", "cards-feed", "follower-picker", "clock-pin",
                "clock-release", "reset-demo", "h5-frame", "tab-h5"}) {
            assertThat(html).as(id).contains("data-testid=\"" + id + "\"");
        }
        assertThat(html).doesNotContain("http://", "https://");
        for (String file : new String[] {"/sandbox/sandbox.js", "/sandbox/sandbox.css"}) {
            MvcResult r = mvc.perform(get(file)).andReturn();
            assertThat(r.getResponse().getStatus()).as(file).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/sandbox/sandbox.js")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/sandbox/followers").doesNotContain("https://");
    }

    @Test
    void theServicesPagesMayBeFramedByTheSandboxOnly() throws Exception {
        assertThat(mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/")).andReturn().getResponse().getHeader("X-Frame-Options"))
                .isEqualTo("SAMEORIGIN");
    }
}
