package cn.aiigd.pool.wechat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sends what WeChat sends: signed, in plain or safe mode, with the test account's token and key. */
final class SignedPortal {

    static final String APP_ID = "wxtestapp00000001";
    static final String TOKEN = "pamtest";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String PATH = "/wx/portal/" + APP_ID;
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());

    private final MockMvc mvc;

    SignedPortal(MockMvc mvc) {
        this.mvc = mvc;
    }

    static long newMsgId() {
        return IDS.incrementAndGet();
    }

    static String now() {
        return Long.toString(System.currentTimeMillis() / 1000);
    }

    static String text(String openid, String content, long msgId) {
        return "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[" + openid + "]]></FromUserName>"
                + "<CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    static String event(String openid, String event, String eventKey, long createTime) {
        return "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[" + openid + "]]></FromUserName>"
                + "<CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[" + event
                + "]]></Event>" + (eventKey == null ? "" : "<EventKey><![CDATA[" + eventKey + "]]></EventKey>") + "</xml>";
    }

    MockHttpServletRequestBuilder plain(String xml) {
        return plain(xml, now(), "n" + newMsgId());
    }

    /** A plain-mode request with a given timestamp and nonce (the same signed URL, e.g. for a retry). */
    MockHttpServletRequestBuilder plain(String xml, String ts, String nonce) {
        return post(PATH).param("signature", SHA1.gen(TOKEN, ts, nonce)).param("timestamp", ts).param("nonce", nonce)
                .param("openid", "o").contentType("text/xml").content(xml.getBytes(StandardCharsets.UTF_8));
    }

    MockHttpServletRequestBuilder safe(String xml, String appId) {
        String ts = now();
        String nonce = "n" + newMsgId();
        String random = Long.toHexString(newMsgId()) + "0000000000000000";
        String cipher = new WxCryptUtil(TOKEN, AES_KEY, appId).encrypt(random.substring(0, 16), xml);
        String body = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[" + cipher + "]]></Encrypt></xml>";
        return post(PATH).param("signature", SHA1.gen(TOKEN, ts, nonce)).param("timestamp", ts).param("nonce", nonce)
                .param("encrypt_type", "aes").param("msg_signature", SHA1.gen(TOKEN, ts, nonce, cipher))
                .contentType("text/xml").content(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The reply of a safe-mode request, decrypted with the key (and its signature checked). */
    static String decryptReply(String replyXml) {
        String ts = replyXml.replaceAll("(?s).*<TimeStamp>(\\d+)</TimeStamp>.*", "$1");
        String nonce = replyXml.replaceAll("(?s).*<Nonce><!\\[CDATA\\[(.*?)]]></Nonce>.*", "$1");
        String sig = replyXml.replaceAll("(?s).*<MsgSignature><!\\[CDATA\\[(.*?)]]></MsgSignature>.*", "$1");
        return new WxCryptUtil(TOKEN, AES_KEY, APP_ID).decryptXml(sig, ts, nonce, replyXml);
    }

    MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    static MockHttpServletRequestBuilder urlCheck(String signature, String ts, String nonce, String echostr) {
        return get(PATH).param("signature", signature).param("timestamp", ts).param("nonce", nonce).param("echostr", echostr);
    }
}
