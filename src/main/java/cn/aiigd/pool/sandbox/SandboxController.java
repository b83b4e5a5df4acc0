package cn.aiigd.pool.sandbox;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.sandbox.platform.FakeWeChat;
import cn.aiigd.pool.wechat.WxMpProperties;
import cn.aiigd.pool.wechat.conversation.Links;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox page's API: play a follower (follow, type, tap the menu — each a signed request to
 * the real portal), read what arrived, move "today", start the demo over.
 */
@RestController
@SandboxOnly
@RequestMapping("/api/sandbox")
@Tag(name = "沙盒", description = "仅在本地默认环境（pool.sandbox.enabled=true）存在：模拟关注者与公众号对话、查看模板消息与短信、调整日期、重置演示数据")
class SandboxController {

    static final String ACCOUNT_NAME = "广东省工业互联网产业联盟";
    static final String H5_ENTRY = "/wx/oauth/authorize?returnTo=/h5/";
    private static final Set<String> EVENTS = Set.of("CLICK", "VIEW", "SCAN", "subscribe", "unsubscribe");
    private static final int MAX_TEXT = 600;

    private final SimulatedFollowers followers;
    private final SandboxPortalClient portal;
    private final SandboxFeed feed;
    private final SandboxMenu menu;
    private final SandboxClock clock;
    private final SandboxDemo demo;
    private final WxMpProperties account;
    private final Links links;
    private final boolean secureCookie;

    SandboxController(SimulatedFollowers followers, SandboxPortalClient portal, SandboxFeed feed, SandboxMenu menu, SandboxClock clock,
                      SandboxDemo demo, WxMpProperties account, Links links,
                      @Value("${pool.session.secure-cookie:false}") boolean secureCookie) {
        this.links = links;
        this.followers = followers;
        this.portal = portal;
        this.feed = feed;
        this.menu = menu;
        this.clock = clock;
        this.demo = demo;
        this.account = account;
        this.secureCookie = secureCookie;
    }

    /**
     * {@code publicBaseUrl}: where the page should be opened from, since WeChat sign-in returns
     * there and its state cookie belongs to that address.
     */
    record State(String appId, String accountName, String publicBaseUrl, String h5Entry, boolean seeding, SandboxClock.State clock) {
    }

    record NewFollower(String nickname) {
    }

    record Pick(String openid) {
    }

    record Text(String content) {
    }

    record Event(String event, String key) {
    }

    record PinRequest(String at) {
    }

    @Operation(summary = "沙盒状态", description = "公众号、H5 入口、是否正在生成演示数据、当前日期。")
    @GetMapping("/state")
    State state() {
        return new State(account.appId(), ACCOUNT_NAME, links.base(), H5_ENTRY, demo.seeding(), clock.state());
    }

    @Operation(summary = "模拟关注者列表")
    @GetMapping("/followers")
    List<SimulatedFollowers.SimulatedFollower> followers() {
        return followers.all();
    }

    @Operation(summary = "新建模拟关注者", description = "以签名的 subscribe 事件经真实的公众号接口关注，返回欢迎语（接口原样返回）。")
    @PostMapping("/followers")
    ResponseEntity<SimulatedFollowers.Created> create(@RequestBody(required = false) NewFollower body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(followers.create(body == null ? null : body.nickname()));
    }

    @Operation(summary = "选择当前模拟关注者", description = "H5 页面的微信网页授权将以此关注者登录（Cookie POOL_SANDBOX_FOLLOWER）。")
    @PutMapping("/current-follower")
    ResponseEntity<SimulatedFollowers.SimulatedFollower> pick(@RequestBody(required = false) Pick body) {
        SimulatedFollowers.SimulatedFollower f = followers.require(body == null ? null : body.openid());
        ResponseCookie cookie = ResponseCookie.from(FakeWeChat.FOLLOWER_COOKIE, f.openid()).path("/")
                .httpOnly(true).sameSite("Lax").secure(secureCookie).maxAge(Duration.ofDays(30)).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).body(f);
    }

    @Operation(summary = "以关注者身份发文字", description = "服务端生成微信的 XML、用 wx.mp.token 签名（有 AES 密钥时加密）并通过 HTTP 发到 /wx/portal/{appid}，原样返回其回复。")
    @PostMapping("/followers/{openid}/text")
    SandboxPortalClient.Exchange text(@PathVariable String openid, @RequestBody(required = false) Text body) {
        followers.require(openid);
        String content = body == null || body.content() == null ? "" : body.content().strip();
        if (content.isEmpty() || content.length() > MAX_TEXT) {
            throw ApiException.invalid("content", "请输入 1–" + MAX_TEXT + " 字的消息");
        }
        return portal.send(WeChatInbound.text(openid, content));
    }

    @Operation(summary = "以关注者身份发事件", description = "菜单点击 CLICK（key 为菜单 key）、VIEW（key 为链接）、扫码 SCAN（key 为场景值），或 subscribe / unsubscribe。")
    @PostMapping("/followers/{openid}/events")
    SandboxPortalClient.Exchange event(@PathVariable String openid, @RequestBody(required = false) Event body) {
        followers.require(openid);
        if (body == null || body.event() == null || !EVENTS.contains(body.event())) {
            throw ApiException.invalid("event", "事件应为 CLICK、VIEW、SCAN、subscribe 或 unsubscribe");
        }
        boolean needsKey = Set.of("CLICK", "VIEW", "SCAN").contains(body.event());
        if (needsKey && (body.key() == null || body.key().isBlank() || body.key().length() > 1024)) {
            throw ApiException.invalid("key", body.event() + " 事件需要 key（菜单 key、链接或场景值）");
        }
        return portal.send(WeChatInbound.event(openid, body.event(), needsKey ? body.key() : null));
    }

    @Operation(summary = "公众号自定义菜单", description = "公众号发布到（沙盒内）微信平台的默认菜单，即 menus/default.json。")
    @GetMapping("/menu")
    List<SandboxMenu.Button> menu() {
        return menu.buttons();
    }

    @Operation(summary = "收到的消息", description = "记录渠道保存的模板消息卡片、客服消息、短信和邮件，最新的在前。openid 为空时为全部；after 为上次返回的 cursor，只返回更新的。")
    @GetMapping("/messages")
    SandboxFeed.Page messages(@RequestParam(required = false) String openid, @RequestParam(defaultValue = "0") long after,
                              @RequestParam(defaultValue = "50") int limit) {
        return feed.read(openid, after, limit);
    }

    @Operation(summary = "当前日期")
    @GetMapping("/clock")
    SandboxClock.State clock() {
        return clock.state();
    }

    @Operation(summary = "固定日期", description = "at 为日期（如 2021-02-10，按北京时间 10:00）或带时区的时间。")
    @PutMapping("/clock")
    SandboxClock.State pin(@RequestBody(required = false) PinRequest body) {
        return clock.pin(body == null ? null : body.at());
    }

    @Operation(summary = "恢复真实时间")
    @DeleteMapping("/clock")
    SandboxClock.State release() {
        return clock.release();
    }

    @Operation(summary = "重置演示数据", description = "删除所有模拟关注者及其企业、申报、通知和消息，重新生成演示数据。")
    @PostMapping("/reset")
    SandboxDemo.ResetReport reset() {
        return demo.reset();
    }
}
