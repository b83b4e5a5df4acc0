package cn.aiigd.pool.wechat.conversation;

import cn.aiigd.pool.common.pii.Masking;
import cn.aiigd.pool.policy.PolicyAnswerer;
import cn.aiigd.pool.supplier.SupplierDirectory;
import cn.aiigd.pool.wechat.portal.Reply;
import java.util.Optional;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * What the account says back. Events: follow, unfollow, QR scans, menu clicks. Text: progress
 * words, binding, a person, and everything else for the policy answerer. Anything it does not
 * know gets no reply (WeChat's "success"), never an error.
 */
@Service
public class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);
    static final String HOTLINE_HINT = "如需人工咨询，请致电联盟小蜜 020-83256806。";
    static final String WELCOME = "您好，欢迎关注广东省工业互联网产业联盟！这里办理“广东省工业互联网产业生态供给资源池”申报。\n"
            + "· 直接发文字提问，例如“第二批几号截止”“外省企业能报吗”“做注塑的属于哪个行业”；\n"
            + "· 点击菜单“我要申报”注册和提交，“我的”查询进度、绑定企业；\n"
            + "· 回复“进度”查询办理进度，回复“人工”转人工客服。";
    static final String APOLOGY = "抱歉，系统正忙，暂时无法查询，请稍后再试。" + HOTLINE_HINT;
    private static final Pattern PROGRESS = Pattern.compile(
            "^(我的|查|查询|查看)?(申报)?(进度|状态|审核进度|审核状态|办理进度|进展|结果|审核结果)(查询)?$|^查询$");
    private static final Pattern BINDING = Pattern.compile("^(绑定|绑定企业|企业绑定|绑定供应商|绑定公司|我要绑定)$");
    private static final Pattern HUMAN = Pattern.compile("^(人工|客服|人工客服|转人工|联系客服|找客服|人工服务)$");
    private static final Pattern INVITATION_SCENE = Pattern.compile("^supplier_(\\d{1,18})$");

    private final Followers followers;
    private final ProgressReport progress;
    private final MenuClicks clicks;
    private final PolicyAnswerer policy;
    private final SupplierDirectory suppliers;
    private final Links links;
    private final cn.aiigd.pool.notify.outbox.NoticeOutbox notices;

    Conversation(Followers followers, ProgressReport progress, MenuClicks clicks, PolicyAnswerer policy,
                 SupplierDirectory suppliers, Links links, cn.aiigd.pool.notify.outbox.NoticeOutbox notices,
                 cn.aiigd.pool.broadcast.Broadcasts broadcasts) {
        this.notices = notices;
        this.broadcasts = broadcasts;
        this.links = links;
        this.followers = followers;
        this.progress = progress;
        this.clicks = clicks;
        this.policy = policy;
        this.suppliers = suppliers;
    }

    private final cn.aiigd.pool.broadcast.Broadcasts broadcasts;

    public Reply handle(WxMpXmlMessage m) {
        try {
            return route(m);
        } catch (DataAccessException e) {
            log.warn("Database or Redis unavailable while answering {}: {}", Masking.openid(m.getFromUser()), e.getMessage());
            return Reply.text(APOLOGY);
        }
    }

    /** What a follower hears when the database is away. */
    public Reply unavailable() {
        return Reply.text(APOLOGY);
    }

    private Reply route(WxMpXmlMessage m) {
        String openid = m.getFromUser();
        String type = m.getMsgType();
        if (WxConsts.XmlMsgType.EVENT.equals(type)) {
            return event(m, openid);
        }
        if (WxConsts.XmlMsgType.TEXT.equals(type)) {
            return text(m.getContent(), openid);
        }
        if (WxConsts.XmlMsgType.VOICE.equals(type) && m.getRecognition() != null && !m.getRecognition().isBlank()) {
            return text(m.getRecognition(), openid);
        }
        return Reply.none();
    }

    private Reply event(WxMpXmlMessage m, String openid) {
        String event = m.getEvent() == null ? "" : m.getEvent();
        switch (event.toLowerCase(java.util.Locale.ROOT)) {
            case "subscribe" -> {
                String scene = m.getEventKey() != null && m.getEventKey().startsWith("qrscene_") ? m.getEventKey().substring(8) : null;
                followers.subscribed(openid, scene);
                return Reply.text(invitation(scene).map(i -> WELCOME + "\n\n" + i).orElse(WELCOME));
            }
            case "unsubscribe" -> {
                followers.unsubscribed(openid);
                return Reply.none();
            }
            case "scan" -> {
                followers.scanned(openid, m.getEventKey());
                return invitation(m.getEventKey()).map(Reply::text).orElse(Reply.none());
            }
            case "click" -> {
                return clicks.answer(m.getEventKey(), openid).map(Reply::text).orElse(Reply.none());
            }
            case "templatesendjobfinish" -> {
                // Status: success | failed:user block | failed: system failed
                String status = m.getStatus() == null ? "" : m.getStatus();
                notices.receipt(cn.aiigd.pool.notify.outbox.Channel.WECHAT, m.getMsgId() == null ? null : Long.toString(m.getMsgId()),
                        "success".equals(status), status);
                return Reply.none();
            }
            case "masssendjobfinish" -> {
                broadcasts.massFinished(m.getMsgId() == null ? null : Long.toString(m.getMsgId()), m.getStatus(), m.getTotalCount(),
                        m.getFilterCount(), m.getSentCount(), m.getErrorCount());
                return Reply.none();
            }
            case "view" -> {
                log.debug("{} opened {}", Masking.openid(openid), m.getEventKey());
                return Reply.none();
            }
            default -> {
                return Reply.none();
            }
        }
    }

    private Reply text(String content, String openid) {
        String t = content == null ? "" : content.strip();
        if (PROGRESS.matcher(t).matches()) {
            return Reply.text(progress.of(openid));
        }
        if (BINDING.matcher(t).matches()) {
            return Reply.text(progress.bindingInvitation());
        }
        if (HUMAN.matcher(t).matches()) {
            return Reply.transfer();
        }
        return Reply.text(policy.answer(t, openid).answer());
    }

    /** A QR code made for one supplier's colleagues: point them at binding to that supplier. */
    private Optional<String> invitation(String scene) {
        if (scene == null) {
            return Optional.empty();
        }
        var match = INVITATION_SCENE.matcher(scene);
        if (!match.matches()) {
            return Optional.empty();
        }
        try {
            var s = suppliers.summary(Long.parseLong(match.group(1)));
            return Optional.of("您正在加入“" + s.companyName() + "”的申报联络：请点击下方链接，用该企业联络员手机收到的验证码完成绑定。\n"
                    + links.oauth("/h5/bind?supplier=" + s.id()));
        } catch (cn.aiigd.pool.common.error.ApiException e) {
            return Optional.empty();
        }
    }
}
