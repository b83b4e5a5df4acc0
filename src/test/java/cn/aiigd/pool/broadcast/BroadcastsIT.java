package cn.aiigd.pool.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.notify.dispatch.NoticeDispatcher;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.IntegrationTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** Announcements: template and SMS copies through the outbox, mass sends through WxJava, each once. */
class BroadcastsIT extends IntegrationTest {

    @Autowired
    NoticeDispatcher dispatcher;
    @Autowired
    BroadcastScheduler scheduler;

    Api.Staff alliance;

    @BeforeEach
    void setUp() {
        FakeWeChat.instance().reset();
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status IN ('PENDING', 'SENDING')");
        alliance = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
    }

    private MockHttpServletResponse call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, Object body)
            throws Exception {
        return mvc.perform(r.with(alliance.auth()).contentType(MediaType.APPLICATION_JSON).content(body == null ? "" : api.write(body)))
                .andReturn().getResponse();
    }

    private JsonNode create(Map<String, Object> form) throws Exception {
        MockHttpServletResponse r = call(post("/api/staff/broadcasts"), form);
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return api.read(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode send(long id, Map<String, Object> body) throws Exception {
        MockHttpServletResponse r = call(post("/api/staff/broadcasts/{id}/send", id), body);
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return api.read(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private void drain() {
        while (dispatcher.dispatchOnce() > 0) {
            // until nothing is due
        }
    }

    private List<LoggedRequest> templateSends() {
        return FakeWeChat.instance().requests("/cgi-bin/message/template/send");
    }

    @Test
    void aTemplateBroadcastReachesEachBoundFollowerOnceAndShowsItsProgress() throws Exception {
        Api.Applicant a = api.applicant();
        Api.Applicant b = api.applicant();
        long s1 = journeys.approvedSupplier(a);
        long s2 = journeys.approvedSupplier(a);
        long s3 = journeys.approvedSupplier(b);
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status = 'PENDING'");
        JsonNode created = create(Map.of("kind", "TEMPLATE", "title", "关于第二批申报时间的通知", "body", "第二批8月1日开始申报，9月15日截止。",
                "audience", Map.of("supplierIds", List.of(s1, s2, s3))));
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");

        JsonNode sent = send(id, null);
        // a follows two of the suppliers and gets it once.
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.get("recipients").asInt()).isEqualTo(2);
        assertThat(sent.get("progress").get("PENDING").asInt()).isEqualTo(2);

        // A second click (or another node, or a retry) sends nothing more.
        MockHttpServletResponse again = call(post("/api/staff/broadcasts/{id}/send", id), null);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE broadcast_id = ?", id)).isEqualTo(2);

        drain();
        List<String> bodies = templateSends().stream().map(LoggedRequest::getBodyAsString).filter(x -> x.contains("TPL_ANNOUNCEMENT")).toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies).anyMatch(x -> x.contains(a.openid())).anyMatch(x -> x.contains(b.openid()));
        assertThat(bodies.get(0)).contains("关于第二批申报时间的通知");
        JsonNode view = api.read(call(get("/api/staff/broadcasts/{id}", id), null).getContentAsString(StandardCharsets.UTF_8));
        assertThat(view.get("progress").get("SENT").asInt()).isEqualTo(2);
        assertThat(view.get("progress").get("PENDING").asInt()).isZero();
        String recipients = call(get("/api/staff/broadcasts/{id}/recipients", id), null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(recipients).contains("\"status\":\"SENT\"").doesNotContain(a.openid()).doesNotContain(b.openid());
    }

    @Test
    void anSmsBroadcastGoesOncePerContactNumberWithinAliyunsLimits() throws Exception {
        Api.Applicant a = api.applicant();
        long s1 = journeys.approvedSupplier(a);
        long s2 = journeys.approvedSupplier(api.applicant());
        jdbc.update("UPDATE notice SET status = 'FAILED' WHERE status = 'PENDING'");
        int before = count("SELECT COUNT(*) FROM broadcast");
        MockHttpServletResponse tooLong = call(post("/api/staff/broadcasts"), Map.of("kind", "SMS", "title", "题".repeat(36), "body", "正文",
                "audience", Map.of("supplierIds", List.of(s1))));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8)).contains("title").contains("35");
        assertThat(count("SELECT COUNT(*) FROM broadcast")).isEqualTo(before);

        long id = create(Map.of("kind", "SMS", "title", "第二批申报8月1日开始", "body", "详见公众号",
                "audience", Map.of("supplierIds", List.of(s1, s2)))).get("id").asLong();
        JsonNode sent = send(id, null);
        // Both suppliers list the same contact number: one SMS.
        assertThat(sent.get("recipients").asInt()).isEqualTo(1);
        drain();
        assertThat(jdbc.queryForObject("SELECT content FROM recorded_message WHERE channel = 'SMS' AND content LIKE ? ORDER BY id DESC LIMIT 1",
                String.class, "%第二批申报8月1日开始%")).contains("详情请查看");
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE broadcast_id = ?", String.class, id)).isEqualTo("SENT");
    }

    @Test
    void aMassSendGoesOnceEvenWhenRetriedAndRecordsWeChatsCounts() throws Exception {
        long id = create(Map.of("kind", "MASS", "title", "申报提醒", "body", "第一批申报将于3月15日截止。", "audience", Map.of("all", true)))
                .get("id").asLong();
        long acceptedBefore = FakeWeChat.instance().massesAccepted();
        JsonNode sent = send(id, Map.of("overMonthlyLimit", true));
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        String msgId = sent.get("mass").get("msgId").asString();
        assertThat(msgId).matches("\\d+");
        assertThat(FakeWeChat.instance().massesAccepted()).isEqualTo(acceptedBefore + 1);
        String request = FakeWeChat.instance().requests("/cgi-bin/message/mass/sendall").get(0).getBodyAsString();
        assertThat(request).contains("\"clientmsgid\":\"broadcast-" + id + "\"").contains("\"is_to_all\":true").contains("3月15日截止");

        // An answer lost on the way back: the send is tried again, and WeChat (45065) does not send it twice.
        jdbc.update("UPDATE broadcast SET status = 'SENDING', updated_at = '2000-01-01' WHERE id = ?", id);
        scheduler.runOnce();
        assertThat(jdbc.queryForObject("SELECT status FROM broadcast WHERE id = ?", String.class, id)).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("SELECT last_code FROM broadcast WHERE id = ?", String.class, id)).isEqualTo("45065");
        assertThat(FakeWeChat.instance().massesAccepted()).isEqualTo(acceptedBefore + 1);

        // WeChat's MASSSENDJOBFINISH, through the signed portal.
        String xml = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[oSystem0001]]></FromUserName>"
                + "<CreateTime>" + (System.currentTimeMillis() / 1000) + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>" + msgId + "</MsgID><Status><![CDATA[send success]]></Status>"
                + "<TotalCount>120</TotalCount><FilterCount>118</FilterCount><SentCount>117</SentCount><ErrorCount>1</ErrorCount></xml>";
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        mvc.perform(post("/wx/portal/wxtestapp00000001").param("signature", me.chanjar.weixin.common.util.crypto.SHA1.gen("pamtest", ts, "m1"))
                .param("timestamp", ts).param("nonce", "m1").contentType("text/xml").content(xml));
        JsonNode view = api.read(call(get("/api/staff/broadcasts/{id}", id), null).getContentAsString(StandardCharsets.UTF_8));
        assertThat(view.get("mass").get("total").asInt()).isEqualTo(120);
        assertThat(view.get("mass").get("sent").asInt()).isEqualTo(117);
        assertThat(view.get("mass").get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void theFifthMassSendOfAMonthWarnsFirst() throws Exception {
        int sentThisMonth = api.read(call(get("/api/staff/broadcasts"), null).getContentAsString(StandardCharsets.UTF_8))
                .get("monthlyMassSends").asInt();
        for (int i = sentThisMonth; i < Broadcasts.MASS_PER_MONTH; i++) {
            long id = create(Map.of("kind", "MASS", "title", "通知" + i, "body", "正文", "audience", Map.of("all", true))).get("id").asLong();
            send(id, null);
        }
        long fifth = create(Map.of("kind", "MASS", "title", "第五条", "body", "正文", "audience", Map.of("all", true))).get("id").asLong();
        long accepted = FakeWeChat.instance().massesAccepted();
        MockHttpServletResponse warned = call(post("/api/staff/broadcasts/{id}/send", fifth), null);
        assertThat(warned.getStatus()).isEqualTo(409);
        assertThat(warned.getContentAsString(StandardCharsets.UTF_8)).contains("本月已群发").contains("overMonthlyLimit");
        assertThat(FakeWeChat.instance().massesAccepted()).isEqualTo(accepted);
        assertThat(jdbc.queryForObject("SELECT status FROM broadcast WHERE id = ?", String.class, fifth)).isEqualTo("DRAFT");
        // Read and accepted: it goes.
        assertThat(send(fifth, Map.of("overMonthlyLimit", true)).get("status").asString()).isEqualTo("SENT");
        assertThat(FakeWeChat.instance().massesAccepted()).isEqualTo(accepted + 1);
    }

    @Test
    void aScheduledBroadcastWaitsForItsTimeAndCanBeCancelledBefore() throws Exception {
        Api.Applicant a = api.applicant();
        long s1 = journeys.approvedSupplier(a);
        long later = create(Map.of("kind", "TEMPLATE", "title", "定时通知", "body", "正文", "audience", Map.of("supplierIds", List.of(s1))))
                .get("id").asLong();
        long cancelled = create(Map.of("kind", "TEMPLATE", "title", "将被取消", "body", "正文", "audience", Map.of("supplierIds", List.of(s1))))
                .get("id").asLong();
        assertThat(send(later, Map.of("at", "2021-02-10T12:00:00")).get("status").asString()).isEqualTo("SCHEDULED");
        send(cancelled, Map.of("at", "2021-02-10T12:00:00"));
        assertThat(call(post("/api/staff/broadcasts/{id}/cancel", cancelled), null).getStatus()).isEqualTo(200);

        scheduler.runOnce();
        assertThat(count("SELECT COUNT(*) FROM notice WHERE broadcast_id IN (?, ?)", later, cancelled)).isZero();
        pin("2021-02-10T12:00:30+08:00");
        scheduler.runOnce();
        assertThat(jdbc.queryForObject("SELECT status FROM broadcast WHERE id = ?", String.class, later)).isEqualTo("SENT");
        assertThat(count("SELECT COUNT(*) FROM notice WHERE broadcast_id = ?", later)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE broadcast_id = ?", cancelled)).isZero();
        // Started once, whatever runs next.
        scheduler.runOnce();
        assertThat(count("SELECT COUNT(*) FROM notice WHERE broadcast_id = ?", later)).isEqualTo(1);
    }

    @Test
    void previewsGoToOnePersonAndCountForNothing() throws Exception {
        long mass = create(Map.of("kind", "MASS", "title", "预览", "body", "正文", "audience", Map.of("tagId", 100))).get("id").asLong();
        assertThat(call(post("/api/staff/broadcasts/{id}/preview", mass), Map.of("to", "oPreviewer0001")).getStatus()).isEqualTo(200);
        assertThat(FakeWeChat.instance().requests("/cgi-bin/message/mass/preview").get(0).getBodyAsString()).contains("oPreviewer0001");
        assertThat(call(post("/api/staff/broadcasts/{id}/preview", mass), Map.of("to", "not an openid!")).getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT status FROM broadcast WHERE id = ?", String.class, mass)).isEqualTo("DRAFT");

        long template = create(Map.of("kind", "TEMPLATE", "title", "预览", "body", "正文", "audience", Map.of("all", true))).get("id").asLong();
        call(post("/api/staff/broadcasts/{id}/preview", template), Map.of("to", "oPreviewer0002"));
        assertThat(count("SELECT COUNT(*) FROM notice WHERE recipient = 'oPreviewer0002' AND template_key = 'announcement' AND broadcast_id IS NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE broadcast_id = ?", template)).isZero();
    }

    @Test
    void badFormsAndCityReviewersAreRefused() throws Exception {
        int before = count("SELECT COUNT(*) FROM broadcast");
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("kind", "MASS", "title", "t", "body", "b", "audience", Map.of("all", true, "tagId", 3)),
                Map.of("kind", "MASS", "title", "t", "body", "b", "audience", Map.of("city", "440100")),
                Map.of("kind", "TEMPLATE", "title", "t", "body", "b", "audience", Map.of()),
                Map.of("kind", "TEMPLATE", "title", "t", "body", "b", "audience", Map.of("tagId", 3)),
                Map.of("kind", "TEMPLATE", "title", "", "body", "b", "audience", Map.of("all", true)),
                Map.of("kind", "TEMPLATE", "title", "t", "body", "b".repeat(601), "audience", Map.of("all", true)),
                Map.of("kind", "TEMPLATE", "title", "t", "body", "b", "linkUrl", "javascript:alert(1)", "audience", Map.of("all", true)),
                Map.of("title", "t", "body", "b", "audience", Map.of("all", true)))) {
            assertThat(call(post("/api/staff/broadcasts"), bad).getStatus()).as(bad.toString()).isEqualTo(400);
        }
        assertThat(count("SELECT COUNT(*) FROM broadcast")).isEqualTo(before);
        Api.Staff city = api.staff(StaffRole.CITY_REVIEWER, "440100");
        assertThat(mvc.perform(post("/api/staff/broadcasts").with(city.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(api.write(Map.of("kind", "MASS", "title", "t", "body", "b", "audience", Map.of("all", true))))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(call(get("/api/staff/broadcasts/{id}", 987654321), null).getStatus()).isEqualTo(404);
    }
}
