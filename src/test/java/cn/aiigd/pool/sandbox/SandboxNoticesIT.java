package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Pdf;
import cn.aiigd.pool.wechat.signin.ApplicantSessions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/** Notices reach the simulated phone through the real WeChat channel and the in-app WeChat. */
class SandboxNoticesIT extends SandboxTestSupport {

    @Autowired
    ApplicantSessions sessions;
    @Autowired
    WxMpService wx;

    @Test
    void aReviewerApprovingASupplierPutsATemplateCardOnTheFollowersPhone() throws Exception {
        String openid = newFollower("待审核的企业");
        String token = sessions.open(openid);
        String form = api.write(Api.completeForm(Api.creditCode(), "440000", "440100"));
        long supplierId = json(postJson("/api/applicant/suppliers", form).header("Authorization", "Bearer " + token), 201).get("id").asLong();
        mvc.perform(multipart("/api/applicant/suppliers/{id}/files", supplierId)
                .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", Pdf.minimalPdf()))
                .header("Authorization", "Bearer " + token));
        json(post("/api/applicant/suppliers/{id}/submit", supplierId).header("Authorization", "Bearer " + token), 200);
        json(post("/api/staff/suppliers/{id}/approve", supplierId).with(api.staff(StaffRole.CITY_REVIEWER, "440100").auth())
                .contentType(MediaType.APPLICATION_JSON).content("{}"), 200);

        List<JsonNode> items = awaitFeed(openid, i -> "supplier-reviewed".equals(i.get("template").asString()));
        JsonNode card = items.stream().filter(i -> "supplier-reviewed".equals(i.get("template").asString())).findFirst().orElseThrow();
        assertThat(card.get("kind").asString()).isEqualTo("CARD");
        assertThat(card.get("recipient").asString()).isEqualTo(openid);
        assertThat(card.get("title").asString()).isEqualTo("供应商认证审核结果");
        assertThat(card.get("lines").toString()).contains("广东测试工业互联网科技有限公司").contains("通过");
        assertThat(card.get("link").asString()).contains("/wx/oauth/authorize?returnTo=%2Fh5%2Fsuppliers%2F" + supplierId);
        assertThat(items).anyMatch(i -> "supplier-submitted".equals(i.get("template").asString()));
        // It went over the wire: WeChat's msgid came back and is on the notice (recorded by the
        // dispatcher's outcome writer a moment after the card reached the phone).
        List<String> platformIds = List.of();
        for (long until = System.nanoTime() + 5_000_000_000L; platformIds.isEmpty() && System.nanoTime() < until; Thread.sleep(50)) {
            platformIds = jdbc.queryForList("SELECT platform_id FROM notice WHERE supplier_id = ? AND template_key = 'supplier-reviewed'"
                    + " AND status = 'SENT'", String.class, supplierId);
        }
        assertThat(platformIds).singleElement().satisfies(id -> assertThat(id).matches("\\d{10}"));
    }

    @Test
    void aRepeatedClientMsgIdIsDeliveredOnceWithTheFirstMsgid() throws Exception {
        String openid = newFollower("收模板消息的人");
        WxMpTemplateMessage m = WxMpTemplateMessage.builder().toUser(openid).templateId("TPL_FILING_STATUS").build();
        m.setClientMsgId("sandbox-it-" + openid);
        m.addData(new WxMpTemplateData("thing1", "智能注塑云平台"));
        m.addData(new WxMpTemplateData("phrase2", "初审通过"));
        String first = wx.getTemplateMsgService().sendTemplateMsg(m);
        String second = wx.getTemplateMsgService().sendTemplateMsg(m);
        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM recorded_message WHERE recipient = ? AND template = 'filing-status'", openid)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT content FROM recorded_message WHERE recipient = ?", String.class, openid))
                .startsWith("【申报进度更新】\n申报产品：智能注塑云平台");
    }

    @Test
    void aLateAnswerThroughTheCustomerServiceApiShowsAsAReply() throws Exception {
        String openid = newFollower("等回复的人");
        // What LateReplies sends when an answer missed the portal's deadline.
        wx.getKefuService().sendKefuMessage(me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage.TEXT().toUser(openid).content("稍后补发的回答").build());
        List<JsonNode> items = awaitFeed(openid, i -> "KEFU".equals(i.get("kind").asString()));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.get("kind").asString()).isEqualTo("KEFU");
            assertThat(i.get("text").asString()).isEqualTo("稍后补发的回答");
        });
    }

    @Test
    void weChatRefusesUnknownTemplatesAndFollowersWhoLeft() throws Exception {
        String openid = newFollower("会取关的人");
        WxMpTemplateMessage unknown = WxMpTemplateMessage.builder().toUser(openid).templateId("NOT_OURS").build();
        assertThatThrownBy(() -> wx.getTemplateMsgService().sendTemplateMsg(unknown))
                .isInstanceOfSatisfying(WxErrorException.class, e -> assertThat(e.getError().getErrorCode()).isEqualTo(40037));
        json(postJson("/api/sandbox/followers/{openid}/events", "{\"event\":\"unsubscribe\"}", openid), 200);
        WxMpTemplateMessage toLeaver = WxMpTemplateMessage.builder().toUser(openid).templateId("TPL_FILING_STATUS").build();
        assertThatThrownBy(() -> wx.getTemplateMsgService().sendTemplateMsg(toLeaver))
                .isInstanceOfSatisfying(WxErrorException.class, e -> assertThat(e.getError().getErrorCode()).isEqualTo(43004));
        assertThat(count("SELECT COUNT(*) FROM recorded_message WHERE recipient = ?", openid)).isZero();
    }

    @Test
    void theSeededDemoShowsEveryKindOfNotice() throws Exception {
        Set<String> kinds = new HashSet<>();
        feed(null).get("items").forEach(i -> kinds.add(i.get("kind").asString() + ":" + i.get("template").asString()));
        assertThat(kinds).contains("CARD:supplier-submitted", "CARD:supplier-reviewed", "CARD:filing-submitted", "CARD:filing-status",
                "CARD:defense-invited", "CARD:defense-reminder", "CARD:onsite-selected", "CARD:filing-result",
                "SMS:defense-invited", "SMS:defense-reminder", "SMS:onsite-selected", "SMS:review-sla",
                "EMAIL:defense-invited", "EMAIL:review-sla");
        // The demo's companies stand at the stages the story promises.
        List<String> stages = jdbc.queryForList("SELECT status FROM supplier WHERE credit_code LIKE '91______DM%'", String.class);
        assertThat(stages).contains("DRAFT", "PENDING_REVIEW", "RETURNED", "APPROVED");
        List<String> filingStages = jdbc.queryForList("SELECT f.status FROM filing f JOIN supplier s ON s.id = f.supplier_id"
                + " WHERE s.credit_code LIKE '91______DM%'", String.class);
        assertThat(filingStages).containsExactlyInAnyOrder("SUBMITTED", "DEFENSE_INVITED", "ONSITE_SELECTED", "PUBLICITY", "PUBLISHED",
                "DEFENSE_FAILED");
        // Nothing went out twice while the seeding walked the clock.
        List<String> twice = jdbc.queryForList("SELECT CONCAT(channel, ' ', template, ' to ', recipient, ' x', COUNT(*), ': ', LEFT(content, 80))"
                + " FROM recorded_message GROUP BY channel, recipient, template, content HAVING COUNT(*) > 1", String.class);
        assertThat(twice).as("sent twice").isEmpty();
    }

    @Test
    void theFakeWeChatWantsTheCurrentAccessTokenOnEveryApiButTheTokenOnes() throws Exception {
        for (String path : new String[] {"/sandbox/wechat/cgi-bin/message/template/send", "/sandbox/wechat/cgi-bin/message/custom/send",
                "/sandbox/wechat/cgi-bin/menu/create", "/sandbox/wechat/cgi-bin/qrcode/create"}) {
            for (String token : new String[] {null, "not-the-token"}) {
                var request = post(path).contentType(MediaType.APPLICATION_JSON).content("{}");
                if (token != null) {
                    request.param("access_token", token);
                }
                String body = mvc.perform(request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(body).as(path + " with " + token).contains("\"errcode\":40001");
            }
        }
        // The calls that hand the token out need none.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/sandbox/wechat/cgi-bin/token")
                .param("grant_type", "client_credential").param("appid", "wx-unknown").param("secret", "x")).andReturn().getResponse()
                .getContentAsString()).doesNotContain("\"errcode\":40001");
    }
}
