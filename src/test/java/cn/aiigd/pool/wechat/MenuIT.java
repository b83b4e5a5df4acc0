package cn.aiigd.pool.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.wechat.menu.MenuCatalog;
import cn.aiigd.pool.wechat.menu.MenuValidator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The menus in menus/: within WeChat's limits, every key handled, every link allowed, publishable. */
class MenuIT extends IntegrationTest {

    @Autowired
    MenuCatalog catalog;
    @Autowired
    MenuValidator validator;

    @AfterEach
    void resetFake() {
        FakeWeChat.instance().reset();
    }

    @Test
    void theRepositorysMenusAreValid() {
        for (MenuCatalog.Menu m : catalog.all()) {
            assertThat(validator.problems(m.json())).as(m.name()).isEmpty();
        }
        assertThat(catalog.all().get(1).conditional()).isTrue();
        assertThat(catalog.all().get(1).json()).contains("\"tag_id\": \"100\"");
    }

    @Test
    void theValidatorEnforcesWeChatsLimitsAndOurs() {
        String tooMany = "{\"button\":[{\"type\":\"click\",\"name\":\"a\",\"key\":\"GUIDE_TIMING\"},{\"type\":\"click\",\"name\":\"b\",\"key\":\"GUIDE_TIMING\"},"
                + "{\"type\":\"click\",\"name\":\"c\",\"key\":\"GUIDE_TIMING\"},{\"type\":\"click\",\"name\":\"d\",\"key\":\"GUIDE_TIMING\"}]}";
        assertThat(validator.problems(tooMany)).anyMatch(p -> p.contains("最多 3 个"));
        String longName = "{\"button\":[{\"type\":\"click\",\"name\":\"申报指南申报指南\",\"key\":\"GUIDE_TIMING\"}]}";
        assertThat(validator.problems(longName)).anyMatch(p -> p.contains("名称超长"));
        StringBuilder six = new StringBuilder("{\"button\":[{\"name\":\"x\",\"sub_button\":[");
        for (int i = 0; i < 6; i++) {
            six.append(i == 0 ? "" : ",").append("{\"type\":\"click\",\"name\":\"s").append(i).append("\",\"key\":\"GUIDE_TIMING\"}");
        }
        assertThat(validator.problems(six.append("]}]}").toString())).anyMatch(p -> p.contains("二级菜单最多 5 个"));
        assertThat(validator.problems("{\"button\":[{\"type\":\"click\",\"name\":\"a\",\"key\":\"NOBODY_HANDLES_THIS\"}]}"))
                .anyMatch(p -> p.contains("没有对应的回复"));
        assertThat(validator.problems("{\"button\":[{\"type\":\"view\",\"name\":\"a\",\"url\":\"https://evil.example.com/\"}]}"))
                .anyMatch(p -> p.contains("不在 wx.mp.allowed-menu-hosts"));
        assertThat(validator.problems("{\"button\":[{\"type\":\"view\",\"name\":\"a\",\"url\":\"http://localhost:8080/" + "x".repeat(1100) + "\"}]}"))
                .anyMatch(p -> p.contains("超过 1024"));
        assertThat(validator.problems("{\"button\":[{\"type\":\"teleport\",\"name\":\"a\"}]}")).anyMatch(p -> p.contains("不是微信支持"));
        assertThat(validator.problems("not json")).anyMatch(p -> p.contains("JSON"));
    }

    @Test
    void adminsPublishThroughWeChatAndSeeItsAnswer() throws Exception {
        var admin = api.staff(StaffRole.ADMIN, null);
        String ok = mvc.perform(post("/api/staff/wechat/menus/publish").with(admin.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ok).contains("\"published\":true").contains("208379533");
        assertThat(FakeWeChat.instance().requests("/cgi-bin/menu/create")).hasSize(1);
        assertThat(FakeWeChat.instance().requests("/cgi-bin/menu/addconditional").get(0).getBodyAsString()).contains("\"tag_id\"");
        // The staff tag's earlier conditional menu is replaced, another tag's is left alone.
        var deleted = FakeWeChat.instance().requests("/cgi-bin/menu/delconditional");
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).getBodyAsString()).contains("100200");

        FakeWeChat.instance().failing("/cgi-bin/menu/create", 40018, "invalid button name size");
        String refused = mvc.perform(post("/api/staff/wechat/menus/publish").with(admin.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("40018").contains("\"published\":false");

        var reviewer = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        assertThat(mvc.perform(post("/api/staff/wechat/menus/publish").with(reviewer.auth())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/staff/wechat/menus").with(admin.auth())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("申报指南").contains("\"problems\":[]");
    }
}
