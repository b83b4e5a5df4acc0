package cn.aiigd.pool.sandbox;

import cn.aiigd.pool.wechat.WxMpProperties;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Sends what WeChat would send to the real portal ({@code /wx/portal/{appid}}) over HTTP: signed with
 * {@code wx.mp.token}, timestamped with the real time, and — when the account has an AES key, as
 * WeChat does in safe mode — encrypted. The answer is returned exactly as the portal produced it,
 * and decrypted and read for display.
 */
@Component
@SandboxOnly
class SandboxPortalClient {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer than the portal's own reply deadline (it answers "success" by then). */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final WxMpProperties account;
    private final SandboxHosts hosts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SandboxPortalClient(WxMpProperties account, SandboxHosts hosts) {
        this.account = account;
        this.hosts = hosts;
    }

    /** One round trip: what was sent and what came back. */
    public record Exchange(String sentXml, boolean encrypted, int status, String responseBody, String replyXml, ReplyKind kind, String text) {
    }

    public enum ReplyKind { TEXT, TRANSFER_TO_CUSTOMER_SERVICE, NONE, ERROR }

    Exchange send(WeChatInbound message) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = random(8);
        boolean safe = account.aesKey() != null && !account.aesKey().isBlank();
        StringBuilder url = new StringBuilder(hosts.self()).append("/wx/portal/").append(account.appId())
                .append("?signature=").append(SHA1.gen(account.token(), timestamp, nonce))
                .append("&timestamp=").append(timestamp).append("&nonce=").append(nonce)
                .append("&openid=").append(URLEncoder.encode(message.openid(), StandardCharsets.UTF_8));
        String body = message.xml();
        if (safe) {
            String cipher = crypt().encrypt(random(8), message.xml());
            body = "<xml><ToUserName>" + WeChatInbound.cdata(WeChatInbound.ACCOUNT) + "</ToUserName><Encrypt>"
                    + WeChatInbound.cdata(cipher) + "</Encrypt></xml>";
            url.append("&encrypt_type=aes&msg_signature=").append(SHA1.gen(account.token(), timestamp, nonce, cipher));
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url.toString())).timeout(TIMEOUT)
                    .header("Content-Type", "text/xml;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Exchange(message.xml(), safe, 0, "", "", ReplyKind.ERROR, "无法连接公众号服务器：" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(message.xml(), safe, 0, "", "", ReplyKind.ERROR, "已中断");
        }
        return read(message.xml(), safe, response.statusCode(), response.body());
    }

    private Exchange read(String sent, boolean safe, int status, String body) {
        if (status != 200) {
            return new Exchange(sent, safe, status, body, "", ReplyKind.ERROR, "公众号服务器返回 HTTP " + status);
        }
        if (body == null || body.isBlank() || "success".equals(body)) {
            return new Exchange(sent, safe, status, body == null ? "" : body, "", ReplyKind.NONE, null);
        }
        try {
            String xml = body.contains("<Encrypt>") ? decrypt(body) : body;
            Document doc = parse(xml);
            String type = text(doc, "MsgType");
            if ("text".equals(type)) {
                return new Exchange(sent, safe, status, body, xml, ReplyKind.TEXT, text(doc, "Content"));
            }
            if ("transfer_customer_service".equals(type)) {
                return new Exchange(sent, safe, status, body, xml, ReplyKind.TRANSFER_TO_CUSTOMER_SERVICE, null);
            }
            return new Exchange(sent, safe, status, body, xml, ReplyKind.ERROR, "无法显示的回复类型：" + type);
        } catch (RuntimeException | IOException | SAXException | ParserConfigurationException e) {
            // WeChat shows the follower exactly this when an answer cannot be read.
            return new Exchange(sent, safe, status, body, "", ReplyKind.ERROR, "该公众号暂时无法提供服务，请稍后再试（" + e.getMessage() + "）");
        }
    }

    /** The encrypted reply, opened as WeChat would: its MsgSignature must match. */
    private String decrypt(String body) throws IOException, SAXException, ParserConfigurationException {
        Document doc = parse(body);
        return crypt().decryptXml(text(doc, "MsgSignature"), text(doc, "TimeStamp"), text(doc, "Nonce"), body);
    }

    private WxCryptUtil crypt() {
        return new WxCryptUtil(account.token(), account.aesKey(), account.appId());
    }

    private static Document parse(String xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document doc, String tag) {
        NodeList n = doc.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
