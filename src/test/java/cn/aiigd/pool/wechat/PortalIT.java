package cn.aiigd.pool.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The portal as WeChat (and an attacker) sees it, through the real HTTP layer and WxJava. */
class PortalIT extends IntegrationTest {

    SignedPortal wx;

    @BeforeEach
    void portal() {
        wx = new SignedPortal(mvc);
    }

    private String openid() {
        return "oPortal" + SignedPortal.newMsgId();
    }

    @Test
    void theUrlCheckEchoesByteForByte() throws Exception {
        String ts = SignedPortal.now();
        String echo = "1234567890123456789";
        MvcResult r = wx.send(SignedPortal.urlCheck(SHA1.gen(SignedPortal.TOKEN, ts, "abc"), ts, "abc", echo));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(echo.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void forgedMissingOrStaleSignaturesAreRefused() throws Exception {
        String ts = SignedPortal.now();
        assertThat(wx.send(SignedPortal.urlCheck("0000", ts, "abc", "x")).getResponse().getStatus()).isEqualTo(403);
        String stale = Long.toString(System.currentTimeMillis() / 1000 - 301);
        assertThat(wx.send(SignedPortal.urlCheck(SHA1.gen(SignedPortal.TOKEN, stale, "abc"), stale, "abc", "x"))
                .getResponse().getStatus()).isEqualTo(403);

        String openid = openid();
        String subscribe = SignedPortal.event(openid, "subscribe", null, System.currentTimeMillis() / 1000);
        var forged = wx.plain(subscribe).param("signature", "deadbeef");
        assertThat(wx.send(forged).getResponse().getStatus()).isEqualTo(403);
        var missing = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(SignedPortal.PATH)
                .contentType("text/xml").content(subscribe);
        assertThat(wx.send(missing).getResponse().getStatus()).isEqualTo(403);
        String old = Long.toString(System.currentTimeMillis() / 1000 - 3600);
        var replayed = wx.plain(subscribe).param("timestamp", old).param("nonce", "n1")
                .param("signature", SHA1.gen(SignedPortal.TOKEN, old, "n1"));
        assertThat(wx.send(replayed).getResponse().getStatus()).isEqualTo(403);
        // Recorded nowhere.
        assertThat(count("SELECT COUNT(*) FROM wx_follower WHERE openid = ?", openid)).isZero();
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ?", openid)).isZero();
    }

    @Test
    void anotherAccountsAppIdIsNotFound() throws Exception {
        String ts = SignedPortal.now();
        var r = wx.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/wx/portal/wxsomeoneelse")
                .param("signature", SHA1.gen(SignedPortal.TOKEN, ts, "a")).param("timestamp", ts).param("nonce", "a").param("echostr", "e"));
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void doctypeAndEntityBodiesAreRefusedBeforeParsing() throws Exception {
        String openid = openid();
        // Well-formed and harmless but for its DOCTYPE: without the guard it would be answered.
        String plainDoctype = "<!DOCTYPE xml>" + SignedPortal.text(openid, "第二批几号截止", SignedPortal.newMsgId());
        assertThat(wx.send(wx.plain(plainDoctype)).getResponse().getStatus()).isEqualTo(400);
        // Split so that only WxJava's PicList fix-up would join it.
        String split = "<!DOC</PicList><PicList>TYPE xml>" + SignedPortal.text(openid, "第二批几号截止", SignedPortal.newMsgId());
        assertThat(wx.send(wx.plain(split)).getResponse().getStatus()).isEqualTo(400);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><ToUserName>a</ToUserName>"
                + "<FromUserName>" + openid + "</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content><MsgId>1</MsgId></xml>";
        assertThat(wx.send(wx.plain(xxe)).getResponse().getStatus()).isEqualTo(400);
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<xml><Content>&lol2;</Content></xml>";
        assertThat(wx.send(wx.plain(laughs)).getResponse().getStatus()).isEqualTo(400);
        // Inside the encrypted payload too.
        assertThat(wx.send(wx.safe(plainDoctype, SignedPortal.APP_ID)).getResponse().getStatus()).isEqualTo(400);
        assertThat(wx.send(wx.plain("<xml><broken")).getResponse().getStatus()).isEqualTo(400);
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ?", openid)).isZero();
    }

    @Test
    void aSignedUrlCarriesOnlyTheBodyItCameWith() throws Exception {
        String openid = openid();
        String ts = SignedPortal.now();
        String nonce = "bind" + SignedPortal.newMsgId();
        String first = SignedPortal.text(openid, "第二批几号截止", SignedPortal.newMsgId());
        assertThat(wx.send(wx.plain(first, ts, nonce)).getResponse().getStatus()).isEqualTo(200);
        // WeChat's retry: the same URL and body.
        assertThat(wx.send(wx.plain(first, ts, nonce)).getResponse().getStatus()).isEqualTo(200);
        // The same signed URL, seen in a log, with another message: refused.
        String forged = SignedPortal.text("oVictim" + SignedPortal.newMsgId(), "进度", SignedPortal.newMsgId());
        assertThat(wx.send(wx.plain(forged, ts, nonce)).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void encryptedRetriesGetTheSameEncryptedAnswer() throws Exception {
        String openid = openid();
        long id = SignedPortal.newMsgId();
        String a = SignedPortal.decryptReply(wx.send(wx.safe(SignedPortal.text(openid, "第一批什么时候截止", id), SignedPortal.APP_ID))
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        String b = SignedPortal.decryptReply(wx.send(wx.safe(SignedPortal.text(openid, "第一批什么时候截止", id), SignedPortal.APP_ID))
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(a).contains("3月15日");
        assertThat(b).isEqualTo(a);
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ?", openid)).isEqualTo(1);
    }

    @Test
    void bodiesOver64KbAreRefused() throws Exception {
        String big = SignedPortal.text(openid(), "问".repeat(23_000), SignedPortal.newMsgId());
        assertThat(big.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024);
        assertThat(wx.send(wx.plain(big)).getResponse().getStatus()).isEqualTo(413);
    }

    @Test
    void aPlainTextQuestionGetsThePolicyAnswer() throws Exception {
        String openid = openid();
        MvcResult r = wx.send(wx.plain(SignedPortal.text(openid, "第二批几号截止", SignedPortal.newMsgId())));
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("<ToUserName><![CDATA[" + openid + "]]></ToUserName>").contains("9月15日")
                .contains("<MsgType><![CDATA[text]]></MsgType>");
    }

    @Test
    void safeModeRoundTripIsEncryptedAndDecryptsWithTheKey() throws Exception {
        String openid = openid();
        MvcResult r = wx.send(wx.safe(SignedPortal.text(openid, "外省企业能报吗", SignedPortal.newMsgId()), SignedPortal.APP_ID));
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(body).contains("<Encrypt>").doesNotContain(openid);
        String plain = SignedPortal.decryptReply(body);
        assertThat(plain).contains(openid).contains("香港");
    }

    @Test
    void safeModeRefusesAWrongMsgSignatureOrAnotherAccountsAppId() throws Exception {
        String openid = openid();
        var wrongSig = wx.safe(SignedPortal.text(openid, "你好", SignedPortal.newMsgId()), SignedPortal.APP_ID).param("msg_signature", "bad");
        assertThat(wx.send(wrongSig).getResponse().getStatus()).isEqualTo(403);
        var otherApp = wx.safe(SignedPortal.text(openid, "你好", SignedPortal.newMsgId()), "wxb11529c136998cb6");
        assertThat(wx.send(otherApp).getResponse().getStatus()).isEqualTo(403);
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ?", openid)).isZero();
    }

    @Test
    void theSameMsgIdThreeTimesIsHandledOnceAndRetriesGetTheSameReply() throws Exception {
        String openid = openid();
        long id = SignedPortal.newMsgId();
        String first = wx.send(wx.plain(SignedPortal.text(openid, "第一批什么时候截止", id))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        String second = wx.send(wx.plain(SignedPortal.text(openid, "第一批什么时候截止", id))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        String third = wx.send(wx.plain(SignedPortal.text(openid, "第一批什么时候截止", id))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("3月15日");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ?", openid)).isEqualTo(1);
    }

    @Test
    void oddTextsGetANormalReply() throws Exception {
        int suppliers = count("SELECT COUNT(*) FROM supplier");
        for (String t : new String[] {"", "   ", "😀😀😀", "问".repeat(2000), "AND OR * ~ \"( [", "'; DROP TABLE supplier; --"}) {
            MvcResult r = wx.send(wx.plain(SignedPortal.text(openid(), t, SignedPortal.newMsgId())));
            assertThat(r.getResponse().getStatus()).as(t).isEqualTo(200);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(t).contains("<Content>");
        }
        // The SQL-looking text changed nothing.
        assertThat(count("SELECT COUNT(*) FROM supplier")).isEqualTo(suppliers);
    }

    @Test
    void unknownMessageAndEventTypesGetSuccess() throws Exception {
        String openid = openid();
        String image = "<xml><ToUserName>gh</ToUserName><FromUserName>" + openid + "</FromUserName><CreateTime>" + SignedPortal.now()
                + "</CreateTime><MsgType>image</MsgType><PicUrl>http://x/y.jpg</PicUrl><MsgId>" + SignedPortal.newMsgId() + "</MsgId></xml>";
        assertThat(wx.send(wx.plain(image)).getResponse().getContentAsString()).isEqualTo("success");
        String odd = SignedPortal.event(openid, "some_future_event", "k", System.currentTimeMillis() / 1000);
        assertThat(wx.send(wx.plain(odd)).getResponse().getContentAsString()).isEqualTo("success");
    }
}
