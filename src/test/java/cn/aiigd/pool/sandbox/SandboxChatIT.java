package cn.aiigd.pool.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.mp.api.WxMpService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Chatting with the account through the sandbox: every message a signed request to the real portal. */
class SandboxChatIT extends SandboxTestSupport {

    @Autowired
    WxMpService wx;
    @LocalServerPort
    int port;

    @Test
    void theServiceTalksToItsOwnWeChatOnTheRealPort() {
        var hosts = wx.getWxMpConfigStorage().getHostConfig();
        assertThat(hosts.getApiHost()).isEqualTo("http://127.0.0.1:" + port + "/sandbox/wechat");
        // Browsers reach it where they reach the service: the public base URL.
        assertThat(hosts.getOpenHost()).isEqualTo("http://localhost:8080/sandbox/wechat");
    }

    @Test
    void followingThroughTheSandboxRecordsTheFollowerAndWelcomesThem() throws Exception {
        JsonNode created = follow("测试关注者");
        String openid = created.get("follower").get("openid").asString();
        assertThat(openid).startsWith("oSandbox").hasSize(28);
        assertThat(created.get("welcome").get("kind").asString()).isEqualTo("TEXT");
        assertThat(created.get("welcome").get("text").asString()).startsWith("您好，欢迎关注广东省工业互联网产业联盟");
        // The portal's own record of the subscribe, not the sandbox's.
        assertThat(jdbc.queryForObject("SELECT subscribed FROM wx_follower WHERE openid = ?", Boolean.class, openid)).isTrue();
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ? AND event = 'subscribe'", openid)).isEqualTo(1);
        List<String> listed = new ArrayList<>();
        json(get("/api/sandbox/followers"), 200).forEach(f -> listed.add(f.get("openid").asString() + "|" + f.get("nickname").asString()));
        assertThat(listed).contains(openid + "|测试关注者");
    }

    @Test
    void aQuestionGetsThePortalsPolicyAnswerEncryptedAsWeChatWouldReceiveIt() throws Exception {
        String openid = newFollower("提问者");
        String question = "外省企业能报吗";
        JsonNode exchange = say(openid, question);
        String expected = json(get("/api/public/policy/answer").param("q", question).param("uid", "another-" + openid), 200)
                .get("answer").asString();
        assertThat(exchange.get("kind").asString()).isEqualTo("TEXT");
        assertThat(exchange.get("text").asString()).isEqualTo(expected);
        // What the portal sent back is safe mode's envelope; the sandbox opened it with the key.
        assertThat(exchange.get("encrypted").asBoolean()).isTrue();
        assertThat(exchange.get("responseBody").asString()).contains("<Encrypt>").contains("<MsgSignature>")
                .doesNotContain(expected.substring(0, 8));
        assertThat(exchange.get("replyXml").asString()).contains("<ToUserName><![CDATA[" + openid + "]]></ToUserName>")
                .contains("<MsgType><![CDATA[text]]></MsgType>");
        assertThat(exchange.get("sentXml").asString()).contains("<Content><![CDATA[" + question + "]]></Content>");
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ? AND msg_type = 'text' AND content = ?", openid,
                question)).isEqualTo(1);
    }

    @Test
    void theMenuIsThePublishedOneAndItsClicksAnswerTheirTopic() throws Exception {
        JsonNode menu = json(get("/api/sandbox/menu"), 200);
        List<String> top = new ArrayList<>();
        menu.forEach(b -> top.add(b.get("name").asString()));
        assertThat(top).containsExactly("申报指南", "我要申报", "我的");
        assertThat(menu.get(0).get("subButtons").get(3).get("key").asString()).isEqualTo("GUIDE_PROCESS");
        assertThat(menu.get(1).get("url").asString()).endsWith("/wx/oauth/authorize?returnTo=/h5/");

        String openid = newFollower("点菜单的人");
        JsonNode click = json(postJson("/api/sandbox/followers/{openid}/events", "{\"event\":\"CLICK\",\"key\":\"GUIDE_PROCESS\"}", openid), 200);
        assertThat(click.get("text").asString()).startsWith("申报流程（通知 三）");
        JsonNode progress = json(postJson("/api/sandbox/followers/{openid}/events", "{\"event\":\"CLICK\",\"key\":\"MY_PROGRESS\"}", openid), 200);
        assertThat(progress.get("text").asString()).startsWith("您的微信还没有绑定申报企业");
        // A VIEW event has no answer: WeChat's "success".
        JsonNode view = json(postJson("/api/sandbox/followers/{openid}/events",
                "{\"event\":\"VIEW\",\"key\":\"http://localhost:8080/wx/oauth/authorize?returnTo=/h5/\"}", openid), 200);
        assertThat(view.get("kind").asString()).isEqualTo("NONE");
        assertThat(view.get("responseBody").asString()).isEqualTo("success");
    }

    @Test
    void aDemoFollowerSeesTheirProgress() throws Exception {
        JsonNode exchange = say("oSandboxDemo0000000000000004", "进度");
        assertThat(exchange.get("text").asString()).contains("【广州穗联5G网络技术有限公司】").contains("2021年第二批")
                .contains("5G全连接工厂专网（二期）");
    }

    @Test
    void onlySimulatedFollowersAndKnownEventsAreAccepted() throws Exception {
        json(postJson("/api/sandbox/followers/{openid}/text", "{\"content\":\"你好\"}", "oSomeoneElse000000000000001"), 404);
        String openid = newFollower("规矩人");
        json(postJson("/api/sandbox/followers/{openid}/events", "{\"event\":\"LOCATION\"}", openid), 400);
        json(postJson("/api/sandbox/followers/{openid}/events", "{\"event\":\"CLICK\"}", openid), 400);
        json(postJson("/api/sandbox/followers/{openid}/text", "{\"content\":\"  \"}", openid), 400);
        json(postJson("/api/sandbox/followers", "{\"nickname\":\"\"}"), 400);
    }
}
