package cn.aiigd.pool.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff make a supplier's invitation QR code through WxJava; city scopes hold. */
class InvitationQrIT extends IntegrationTest {

    @AfterEach
    void resetFake() {
        FakeWeChat.instance().reset();
    }

    @Test
    void staffGetAQrCodeCarryingTheSuppliersScene() throws Exception {
        long supplierId = journeys.approvedSupplier(api.applicant());
        String city = jdbc.queryForObject("SELECT reg_city_code FROM supplier WHERE id = ?", String.class, supplierId);
        var reviewer = api.staff(StaffRole.CITY_REVIEWER, city);
        var r = mvc.perform(post("/api/staff/suppliers/" + supplierId + "/invitation-qr").with(reviewer.auth())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"scene\":\"supplier_" + supplierId + "\"")
                .contains("/cgi-bin/showqrcode?ticket=");
        assertThat(FakeWeChat.instance().requests("/cgi-bin/qrcode/create").get(0).getBodyAsString())
                .contains("\"scene_str\":\"supplier_" + supplierId + "\"").contains("QR_STR_SCENE");

        String otherCity = "440100".equals(city) ? "440300" : "440100";
        var stranger = api.staff(StaffRole.CITY_REVIEWER, otherCity);
        assertThat(mvc.perform(post("/api/staff/suppliers/" + supplierId + "/invitation-qr").with(stranger.auth())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        FakeWeChat.instance().failing("/cgi-bin/qrcode/create", 48001, "api unauthorized");
        var refused = mvc.perform(post("/api/staff/suppliers/" + supplierId + "/invitation-qr").with(reviewer.auth())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(502);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("48001");
    }
}
