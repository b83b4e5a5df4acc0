package cn.aiigd.pool.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.wechat.conversation.MenuClicks;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What followers hear back, through the signed portal. */
class ConversationIT extends IntegrationTest {

    @Autowired
    MenuClicks clicks;
    @Autowired
    DataSource dataSource;

    SignedPortal wx;

    @BeforeEach
    void portal() {
        wx = new SignedPortal(mvc);
    }

    private String say(String openid, String text) throws Exception {
        return wx.send(wx.plain(SignedPortal.text(openid, text, SignedPortal.newMsgId()))).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String event(String openid, String event, String key) throws Exception {
        return wx.send(wx.plain(SignedPortal.event(openid, event, key, SignedPortal.newMsgId()))).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void subscribeRecordsTheFollowerAndWelcomesThem() throws Exception {
        String openid = "oConv" + SignedPortal.newMsgId();
        assertThat(event(openid, "subscribe", null)).contains("欢迎关注").contains("进度");
        assertThat(count("SELECT COUNT(*) FROM wx_follower WHERE openid = ? AND subscribed", openid)).isEqualTo(1);
        assertThat(event(openid, "unsubscribe", null)).isEqualTo("success");
        assertThat(count("SELECT COUNT(*) FROM wx_follower WHERE openid = ? AND NOT subscribed AND unsubscribed_at IS NOT NULL", openid))
                .isEqualTo(1);
    }

    @Test
    void aSupplierInvitationQrLeadsToBindingThatSupplier() throws Exception {
        long supplierId = journeys.approvedSupplier(api.applicant());
        String openid = "oConv" + SignedPortal.newMsgId();
        String reply = event(openid, "subscribe", "qrscene_supplier_" + supplierId);
        assertThat(reply).contains("欢迎关注").contains("绑定").contains("supplier%3D" + supplierId);
        assertThat(jdbc.queryForObject("SELECT last_scene FROM wx_follower WHERE openid = ?", String.class, openid))
                .isEqualTo("supplier_" + supplierId);
        assertThat(event(openid, "SCAN", "supplier_" + supplierId)).contains("supplier%3D" + supplierId);
        // A scene that names nothing: no invitation.
        assertThat(event(openid, "SCAN", "supplier_999999999")).isEqualTo("success");
    }

    @Test
    void whenTheDatabaseIsAwayTheFollowerHearsAnApologyNotSilence() throws Exception {
        var applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        String company = jdbc.queryForObject("SELECT company_name FROM supplier WHERE id = ?", String.class, supplierId);
        // The table the progress report reads first goes away, as it does for every query when MySQL is down.
        jdbc.execute("RENAME TABLE supplier_binding TO supplier_binding_away");
        try {
            String reply = say(applicant.openid(), "进度");
            assertThat(reply).contains("<MsgType><![CDATA[text]]></MsgType>").contains("抱歉，系统正忙").contains("020-83256806")
                    .doesNotContain(company);
        } finally {
            jdbc.execute("RENAME TABLE supplier_binding_away TO supplier_binding");
        }
        // Back: the same question is answered again.
        assertThat(say(applicant.openid(), "进度")).contains(company).doesNotContain("抱歉");
    }

    @Test
    void progressWordsListTheFollowersSuppliersAndFilings() throws Exception {
        var applicant = api.applicant();
        assertThat(say(applicant.openid(), "进度")).contains("还没有绑定");
        long supplierId = journeys.approvedSupplier(applicant);
        long filingId = journeys.submittedFiling(applicant, supplierId, "PLATFORM");
        String company = jdbc.queryForObject("SELECT company_name FROM supplier WHERE id = ?", String.class, supplierId);
        String reply = say(applicant.openid(), "查询");
        assertThat(reply).contains(company).contains("审核通过").contains("第一批").contains("下一步");
        // Someone else's progress is not theirs.
        assertThat(say("oStranger" + SignedPortal.newMsgId(), "进度")).doesNotContain(company);
        // Leave batch 1 as found: a filing waiting for its preliminary review holds up the batch's on-site draw.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/applicant/filings/{id}/withdraw", filingId)
                        .with(applicant.auth()).contentType("application/json").content("{\"reason\":\"测试结束\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }

    @Test
    void bindingAndAPersonAndPolicyQuestions() throws Exception {
        String openid = "oConv" + SignedPortal.newMsgId();
        assertThat(say(openid, "绑定")).contains("/wx/oauth/authorize?returnTo=%2Fh5%2Fbind");
        assertThat(say(openid, "人工")).contains("<MsgType><![CDATA[transfer_customer_service]]></MsgType>");
        assertThat(say(openid, "做注塑的属于哪个行业")).contains("29");
        assertThat(say(openid, "今天天气怎么样")).contains("020-83256806");
    }

    @Test
    void aFollowerRepliesWithTheNumberOfAnOfferedQuestion() throws Exception {
        String openid = "oConv" + SignedPortal.newMsgId();
        String fallback = say(openid, "车间里5G专网和WiFi6哪个更稳定？");
        assertThat(fallback).contains("回复序号即可").contains("1. ");
        String picked = say(openid, "1");
        assertThat(picked).doesNotContain("抱歉").doesNotContain("序号没有对应").contains("<MsgType><![CDATA[text]]></MsgType>");
        // Someone else's "1" is not this follower's list.
        assertThat(say("oConv" + SignedPortal.newMsgId(), "1")).contains("序号没有对应");
    }

    @Test
    void applicantTextsCannotBreakOutOfTheReplyXml() throws Exception {
        var applicant = api.applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        jdbc.update("UPDATE supplier SET company_name = ? WHERE id = ?", "恶意]]><MsgType>news</MsgType><x><![CDATA[公司", supplierId);
        String reply = say(applicant.openid(), "进度");
        var parsed = me.chanjar.weixin.mp.util.xml.XStreamTransformer.fromXml(me.chanjar.weixin.mp.bean.message.WxMpXmlMessage.class, reply);
        assertThat(parsed.getMsgType()).isEqualTo("text");
        assertThat(parsed.getContent()).contains("恶意]]><MsgType>news</MsgType><x><![CDATA[公司");
    }

    @Test
    void everyMenuClickKeyAnswers() throws Exception {
        String openid = "oConv" + SignedPortal.newMsgId();
        for (String key : clicks.keys()) {
            String reply = event(openid, "CLICK", key);
            // A real answer, never the policy fallback.
            assertThat(reply).as(key).contains("<MsgType><![CDATA[text]]></MsgType>").doesNotContain("抱歉");
        }
        assertThat(event(openid, "CLICK", "GUIDE_TIMING")).contains("3月15日");
        assertThat(event(openid, "CLICK", "GUIDE_NOW")).contains("第一批");
        assertThat(event(openid, "CLICK", "NO_SUCH_KEY")).isEqualTo("success");
        assertThat(event(openid, "VIEW", "http://localhost:8080/h5/")).isEqualTo("success");
    }

    @Test
    void anAnswerThatMissesTheDeadlineFollowsThroughTheCustomerServiceApi() throws Exception {
        String openid = "oSlow" + SignedPortal.newMsgId();
        event(openid, "subscribe", null);
        FakeWeChat.instance().server().resetRequests();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("SELECT openid FROM wx_follower WHERE openid = ? FOR UPDATE")) {
                st.setString(1, openid);
                st.executeQuery().close();
            }
            Instant start = Instant.now();
            // A slow database: the follower's row is locked, so recording the subscription waits.
            assertThat(event(openid, "subscribe", null)).isEqualTo("success");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            c.rollback();
        }
        Instant until = Instant.now().plusSeconds(10);
        while (FakeWeChat.instance().requests("/cgi-bin/message/custom/send").isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        var sent = FakeWeChat.instance().requests("/cgi-bin/message/custom/send");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getBodyAsString()).contains(openid).contains("欢迎关注");
    }
}
