package cn.aiigd.pool.wechat.menu;

import cn.aiigd.pool.wechat.WxMpProperties;
import cn.aiigd.pool.wechat.conversation.Links;
import cn.aiigd.pool.wechat.conversation.MenuClicks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's menu limits, checked before WeChat does (errors 40016–40027) and beyond what it
 * checks: every click key must have a handler here, and every link must be ours or allowed.
 */
@Component
public class MenuValidator {

    static final int MAX_BUTTONS = 3;
    static final int MAX_SUB_BUTTONS = 5;
    static final int MAX_TOP_NAME_BYTES = 16;
    static final int MAX_SUB_NAME_BYTES = 60;
    static final int MAX_KEY_BYTES = 128;
    static final int MAX_URL_BYTES = 1024;
    private static final Set<String> TYPES = Set.of("click", "view", "miniprogram", "scancode_push", "scancode_waitmsg",
            "pic_sysphoto", "pic_photo_or_album", "pic_weixin", "location_select", "media_id", "article_id", "article_view_limited");

    private final MenuClicks clicks;
    private final Links links;
    private final WxMpProperties props;
    private final JsonMapper json;

    MenuValidator(MenuClicks clicks, Links links, WxMpProperties props, JsonMapper json) {
        this.clicks = clicks;
        this.links = links;
        this.props = props;
        this.json = json;
    }

    /** The problems of one menu, in Chinese, each naming the button; empty when it is valid. */
    public List<String> problems(String menuJson) {
        List<String> p = new ArrayList<>();
        JsonNode root;
        try {
            root = json.readTree(menuJson);
        } catch (RuntimeException e) {
            return List.of("菜单不是合法的 JSON：" + e.getMessage());
        }
        JsonNode buttons = root.path("button");
        if (!buttons.isArray() || buttons.isEmpty()) {
            return List.of("菜单至少需要一个按钮（button 数组）");
        }
        if (buttons.size() > MAX_BUTTONS) {
            p.add("一级菜单最多 " + MAX_BUTTONS + " 个，现有 " + buttons.size() + " 个");
        }
        for (JsonNode b : buttons) {
            String name = b.path("name").asString("");
            checkName(p, name, MAX_TOP_NAME_BYTES, "一级菜单");
            JsonNode subs = b.path("sub_button");
            if (subs.isArray() && !subs.isEmpty()) {
                if (subs.size() > MAX_SUB_BUTTONS) {
                    p.add("“" + name + "”的二级菜单最多 " + MAX_SUB_BUTTONS + " 个，现有 " + subs.size() + " 个");
                }
                if (b.has("type")) {
                    p.add("“" + name + "”有二级菜单，自身不能再设 type");
                }
                for (JsonNode s : subs) {
                    checkName(p, s.path("name").asString(""), MAX_SUB_NAME_BYTES, "二级菜单");
                    checkAction(p, s);
                }
            } else {
                checkAction(p, b);
            }
        }
        JsonNode rule = root.path("matchrule");
        if (!rule.isMissingNode() && rule.path("tag_id").asString("").isBlank()) {
            p.add("个性化菜单需要 matchrule.tag_id（配置 wx.mp.staff-tag-id）");
        }
        return p;
    }

    private static void checkName(List<String> p, String name, int maxBytes, String level) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (name.isBlank()) {
            p.add(level + "缺少名称");
        } else if (bytes > maxBytes) {
            p.add(level + "“" + name + "”名称超长：" + bytes + " 字节，上限 " + maxBytes);
        }
    }

    private void checkAction(List<String> p, JsonNode b) {
        String name = b.path("name").asString("");
        String type = b.path("type").asString("");
        if (!TYPES.contains(type)) {
            p.add("“" + name + "”的类型“" + type + "”不是微信支持的菜单类型");
            return;
        }
        if (type.equals("click") || type.startsWith("scancode") || type.startsWith("pic_") || type.equals("location_select")) {
            String key = b.path("key").asString("");
            if (key.isBlank()) {
                p.add("“" + name + "”缺少 key");
            } else if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
                p.add("“" + name + "”的 key 超过 " + MAX_KEY_BYTES + " 字节");
            } else if (type.equals("click") && !clicks.keys().contains(key)) {
                p.add("“" + name + "”的 key " + key + " 没有对应的回复");
            }
        }
        if (type.equals("view") || type.equals("miniprogram")) {
            String url = b.path("url").asString("");
            if (url.isBlank()) {
                p.add("“" + name + "”缺少 url");
            } else if (url.getBytes(StandardCharsets.UTF_8).length > MAX_URL_BYTES) {
                p.add("“" + name + "”的 url 超过 " + MAX_URL_BYTES + " 字节");
            } else if (!allowed(url)) {
                p.add("“" + name + "”的链接 " + url + " 既不是本服务的地址，也不在 wx.mp.allowed-menu-hosts 中");
            }
        }
    }

    private boolean allowed(String url) {
        if (url.startsWith(links.base() + "/")) {
            return true;
        }
        try {
            URI u = URI.create(url);
            return u.getHost() != null && ("https".equals(u.getScheme()) || "http".equals(u.getScheme()))
                    && props.allowedMenuHosts().contains(u.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
