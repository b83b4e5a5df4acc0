package cn.aiigd.pool.wechat.menu;

import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Publishes the menus through WxJava and reports, per menu, what WeChat said. */
@Service
public class MenuPublisher {

    private static final Logger log = LoggerFactory.getLogger(MenuPublisher.class);

    /** One menu's outcome: published (with the conditional menu's id), skipped or refused. */
    public record Outcome(String menu, boolean published, boolean skipped, String menuId, Integer errcode, String message) {
    }

    private final MenuCatalog catalog;
    private final MenuValidator validator;
    private final WxMpService wx;
    private final cn.aiigd.pool.wechat.WxMpProperties props;

    MenuPublisher(MenuCatalog catalog, MenuValidator validator, WxMpService wx, cn.aiigd.pool.wechat.WxMpProperties props) {
        this.props = props;
        this.catalog = catalog;
        this.validator = validator;
        this.wx = wx;
    }

    public List<Outcome> publishAll() {
        List<Outcome> out = new ArrayList<>();
        for (MenuCatalog.Menu m : catalog.all()) {
            List<String> problems = validator.problems(m.json());
            if (m.conditional() && problems.stream().anyMatch(p -> p.contains("tag_id"))) {
                out.add(new Outcome(m.name(), false, true, null, null, "未配置员工标签（wx.mp.staff-tag-id），未发布个性化菜单"));
                continue;
            }
            if (!problems.isEmpty()) {
                out.add(new Outcome(m.name(), false, false, null, null, "菜单未通过校验：" + String.join("；", problems)));
                continue;
            }
            try {
                if (m.conditional()) {
                    removeEarlierStaffMenus();
                }
                String id = wx.getMenuService().menuCreate(m.json());
                log.info("Menu {} published{}", m.name(), id == null ? "" : " as conditional menu " + id);
                out.add(new Outcome(m.name(), true, false, id, 0, "已发布"));
            } catch (WxErrorException e) {
                log.warn("Menu {} refused by WeChat: {} {}", m.name(), e.getError().getErrorCode(), e.getError().getErrorMsg());
                out.add(new Outcome(m.name(), false, false, null, e.getError().getErrorCode(),
                        "微信拒绝：" + e.getError().getErrorCode() + " " + e.getError().getErrorMsg()));
            }
        }
        return out;
    }

    /** WeChat keeps every conditional menu added: publishing again replaces the staff tag's, not piles up. */
    private void removeEarlierStaffMenus() throws WxErrorException {
        var current = wx.getMenuService().menuGet();
        if (current == null || current.getConditionalMenu() == null) {
            return;
        }
        String tag = props.staffTagId();
        for (var c : current.getConditionalMenu()) {
            if (c.getRule() != null && tag.equals(c.getRule().getTagId()) && c.getMenuId() != null) {
                wx.getMenuService().menuDelete(c.getMenuId());
                log.info("Earlier staff menu {} removed", c.getMenuId());
            }
        }
    }
}
