package cn.aiigd.pool.sandbox;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A message or event as WeChat pushes it to the account's server URL, in WeChat's own XML. The
 * sandbox builds these for its simulated followers; the portal cannot tell them from WeChat's.
 */
record WeChatInbound(String openid, String xml) {

    /** The account's original id (gh_…), as WeChat puts it in ToUserName. */
    static final String ACCOUNT = "gh_sandbox000001";
    /** WeChat's MsgIds are unique 64-bit numbers: time-based here, so they stay unique across restarts. */
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    static WeChatInbound text(String openid, String content) {
        return new WeChatInbound(openid, head(openid, "text") + "<Content>" + cdata(content) + "</Content><MsgId>"
                + MSG_IDS.incrementAndGet() + "</MsgId></xml>");
    }

    static WeChatInbound event(String openid, String event, String eventKey) {
        return new WeChatInbound(openid, head(openid, "event") + "<Event>" + cdata(event) + "</Event>"
                + (eventKey == null ? "" : "<EventKey>" + cdata(eventKey) + "</EventKey>") + "</xml>");
    }

    private static String head(String openid, String type) {
        return "<xml><ToUserName>" + cdata(ACCOUNT) + "</ToUserName><FromUserName>" + cdata(openid) + "</FromUserName><CreateTime>"
                + System.currentTimeMillis() / 1000 + "</CreateTime><MsgType>" + cdata(type) + "</MsgType>";
    }

    /** A CDATA section that survives "]]>" in the text (split across two sections). */
    static String cdata(String s) {
        return "<![CDATA[" + (s == null ? "" : s.replace("]]>", "]]]]><![CDATA[>")) + "]]>";
    }
}
