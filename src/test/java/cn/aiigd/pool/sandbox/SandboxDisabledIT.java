package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without pool.sandbox.enabled (production, and the default test profile) there is no sandbox at all. */
class SandboxDisabledIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void noPageNoApiNoFakeWeChat() throws Exception {
        for (String path : new String[] {"/sandbox", "/sandbox/", "/sandbox/index.html", "/sandbox/sandbox.js", "/api/sandbox/state",
                "/api/sandbox/followers", "/api/sandbox/menu", "/sandbox/wechat/cgi-bin/token?grant_type=client_credential"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(post("/api/sandbox/reset")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(context.getBeansOfType(SimulatedFollowers.class)).isEmpty();
        // Nothing frames the service's pages in production.
        assertThat(mvc.perform(get("/wx/oauth/authorize").param("returnTo", "/h5/")).andReturn().getResponse().getHeader("X-Frame-Options"))
                .isEqualTo("DENY");
        assertThat(context.getBeansOfType(SandboxHosts.class)).isEmpty();
    }
}
