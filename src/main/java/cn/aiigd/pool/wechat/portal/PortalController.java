package cn.aiigd.pool.wechat.portal;

import cn.aiigd.pool.common.pii.Masking;
import cn.aiigd.pool.wechat.WxMpProperties;
import cn.aiigd.pool.wechat.conversation.Conversation;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.util.xml.XStreamTransformer;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The account's server URL. Everything WeChat sends arrives here, is checked (appid, signature,
 * freshness, size, no DOCTYPE) before it is read, is handled once across all nodes, and is
 * answered within WeChat's 5 seconds — late answers follow through the customer-service API.
 */
@Hidden
@RestController
@RequestMapping("/wx/portal/{appid}")
class PortalController {

    private static final Logger log = LoggerFactory.getLogger(PortalController.class);
    static final int MAX_BODY = 64 * 1024;
    static final String SUCCESS = "success";

    private final WxMpProperties props;
    private final WxMpService wx;
    private final InboundGuard guard;
    private final InboundDedup dedup;
    private final Conversation conversation;
    private final LateReplies late;
    private final InboundLog inbox;
    private final SignedUrlUses signedUrls;
    /**
     * Handlers run here so the request thread can keep WeChat's deadline. Bounded: when it is full
     * the portal answers 503 and WeChat retries, rather than queueing past every deadline.
     */
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(64, 64, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(512), new org.springframework.scheduling.concurrent.CustomizableThreadFactory("wx-portal-"));

    PortalController(WxMpProperties props, WxMpService wx, InboundGuard guard, InboundDedup dedup,
                     Conversation conversation, LateReplies late, InboundLog inbox, SignedUrlUses signedUrls) {
        this.signedUrls = signedUrls;
        workers.allowCoreThreadTimeOut(true);
        this.inbox = inbox;
        this.props = props;
        this.wx = wx;
        this.guard = guard;
        this.dedup = dedup;
        this.conversation = conversation;
        this.late = late;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verifyUrl(@PathVariable String appid, @RequestParam(required = false) String signature,
                                     @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
                                     @RequestParam(required = false) String echostr) {
        if (!ours(appid)) {
            return ResponseEntity.notFound().build();
        }
        if (!guard.signed(signature, timestamp, nonce) || !guard.fresh(timestamp) || echostr == null) {
            return forbidden();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echostr);
    }

    @PostMapping
    ResponseEntity<String> receive(@PathVariable String appid, @RequestParam(required = false) String signature,
                                   @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
                                   @RequestParam(name = "encrypt_type", required = false) String encryptType,
                                   @RequestParam(name = "msg_signature", required = false) String msgSignature,
                                   HttpServletRequest request) throws IOException {
        if (!ours(appid)) {
            return ResponseEntity.notFound().build();
        }
        if (!guard.signed(signature, timestamp, nonce) || !guard.fresh(timestamp)) {
            return forbidden();
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        byte[] raw = readAtMost(request.getInputStream(), MAX_BODY + 1);
        if (raw.length > MAX_BODY) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        String body = new String(raw, StandardCharsets.UTF_8);
        boolean safe = "aes".equalsIgnoreCase(encryptType);
        if (!safe && !props.acceptsPlain()) {
            // encrypt_type is not signed: with a key configured, a plain body is a downgrade, not a mode.
            return forbidden();
        }
        if (!safe && !signedUrls.firstBodyFor(timestamp, nonce, signature, raw, props.maxClockSkew().plusMinutes(5))) {
            return forbidden();
        }
        WxMpXmlMessage message;
        try {
            String xml = safe ? new AppIdCheckingCrypt(wx.getWxMpConfigStorage()).decryptXml(msgSignature, timestamp, nonce, body) : body;
            // Checked on exactly what the parser will read (WxJava's PicList fix-up could join a split DOCTYPE).
            xml = xml.replace("</PicList><PicList>", "");
            if (InboundGuard.hasDoctype(xml) || InboundGuard.hasDoctype(body)) {
                return ResponseEntity.badRequest().build();
            }
            // WxJava's own fromXml(String) parses every message a second time (dom4j, for a field map
            // this service never reads); its XStream mapping alone is the same message at a third of the cost.
            message = XStreamTransformer.fromXml(WxMpXmlMessage.class, xml);
        } catch (WxRuntimeException e) {
            // A wrong msg_signature, another account's appid or a key that does not decrypt it.
            return safe ? forbidden() : ResponseEntity.badRequest().build();
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().build();
        }
        if (message.getFromUser() == null || message.getMsgType() == null) {
            return ResponseEntity.badRequest().build();
        }
        String answer = answer(message, safe);
        return answer == null ? ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build() : xml(answer);
    }

    private static final String GAVE_UP = "gave-up";
    private static final String ANSWERED = "answered";

    private String answer(WxMpXmlMessage message, boolean safe) {
        // Whoever moves first decides: the worker finishing in time (the portal replies) or the
        // portal giving up at the deadline (the worker sends the answer later). Never both, never
        // neither. The worker hands over the reply before any bookkeeping, so a slow Redis after
        // the answer cannot push the reply past WeChat's 5 seconds.
        AtomicReference<String> race = new AtomicReference<>();
        CompletableFuture<String> reply = new CompletableFuture<>();
        try {
            workers.execute(() -> handleOnce(message, race, reply));
        } catch (RejectedExecutionException e) {
            return null;
        }
        String replyXml;
        try {
            replyXml = reply.get(props.replyDeadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!race.compareAndSet(null, GAVE_UP)) {
                replyXml = reply.join();
            } else {
                log.info("Reply to {} not ready in {} ms: answering success, the answer follows by the customer-service API",
                        Masking.openid(message.getFromUser()), props.replyDeadline().toMillis());
                return SUCCESS;
            }
        } catch (ExecutionException e) {
            log.warn("Handling a message failed", e.getCause());
            return SUCCESS;
        }
        return safe && !SUCCESS.equals(replyXml) ? encrypt(replyXml) : replyXml;
    }

    /** Runs on a worker: claims the message, handles it, hands over the reply, then records it. */
    private void handleOnce(WxMpXmlMessage m, AtomicReference<String> race, CompletableFuture<String> out) {
        try {
            String key = InboundDedup.keyOf(m);
            InboundDedup.Claim claim = dedup.claim(key);
            if (!claim.first()) {
                race.compareAndSet(null, ANSWERED);
                out.complete(claim.storedReply().orElse(SUCCESS));
                return;
            }
            Reply reply;
            try {
                boolean fresh = true;
                if (claim.decided()) {
                    inbox.recordLater(key, m);
                } else {
                    fresh = inbox.recordFirst(key, m);
                }
                reply = fresh ? conversation.handle(m) : Reply.none();
            } catch (org.springframework.dao.DataAccessException e) {
                // The database is away: the follower still hears from us.
                reply = conversation.unavailable();
            } catch (RuntimeException e) {
                log.error("Answering a message failed", e);
                reply = conversation.unavailable();
            }
            String xml = toXml(m, reply);
            if (race.compareAndSet(null, ANSWERED)) {
                out.complete(xml);
                dedup.complete(key, xml);
            } else {
                // The portal has already answered "success": the follower gets the answer this way instead.
                out.complete(xml);
                dedup.deferred(key);
                late.send(m.getFromUser(), reply);
            }
        } catch (RuntimeException e) {
            log.error("Handling a message failed", e);
            out.completeExceptionally(e);
        }
    }

    private static String toXml(WxMpXmlMessage m, Reply reply) {
        return switch (reply.kind()) {
            case TEXT -> WxMpXmlOutMessage.TEXT().content(cdataSafe(reply.text())).fromUser(m.getToUser()).toUser(m.getFromUser()).build().toXml();
            case TRANSFER_TO_CUSTOMER_SERVICE -> WxMpXmlOutMessage.TRANSFER_CUSTOMER_SERVICE().fromUser(m.getToUser())
                    .toUser(m.getFromUser()).build().toXml();
            case NONE -> SUCCESS;
        };
    }

    /**
     * WxJava writes the text into a CDATA section without escaping "]]>"; company and product names
     * come from applicants and could end the section and inject elements.
     */
    static String cdataSafe(String text) {
        return text == null ? "" : text.replace("]]>", "]]]]><![CDATA[>");
    }

    private String encrypt(String plainXml) {
        return new WxMpCryptUtil(wx.getWxMpConfigStorage()).encrypt(plainXml);
    }

    private boolean ours(String appid) {
        return props.configured() && props.appId().equals(appid);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        workers.shutdown();
    }

    private static ResponseEntity<String> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    private static ResponseEntity<String> xml(String body) {
        MediaType type = SUCCESS.equals(body) ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_XML;
        return ResponseEntity.ok().contentType(new MediaType(type, StandardCharsets.UTF_8)).body(body);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
