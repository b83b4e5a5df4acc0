package cn.aiigd.pool.wechat.menu;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "公众号菜单（管理员）")
@RestController
@RequestMapping("/api/staff/wechat/menus")
class MenuController {

    private final MenuCatalog catalog;
    private final MenuValidator validator;
    private final MenuPublisher publisher;

    MenuController(MenuCatalog catalog, MenuValidator validator, MenuPublisher publisher) {
        this.catalog = catalog;
        this.validator = validator;
        this.publisher = publisher;
    }

    record MenuView(String name, boolean conditional, String json, List<String> problems) {
    }

    @Operation(summary = "查看菜单及校验结果", description = "menus/ 目录中的菜单（已替换地址和标签），及按微信限制校验的问题。")
    @GetMapping
    List<MenuView> menus() {
        return catalog.all().stream().map(m -> new MenuView(m.name(), m.conditional(), m.json(), validator.problems(m.json()))).toList();
    }

    @Operation(summary = "发布菜单到公众号", description = "通过微信接口发布默认菜单和员工个性化菜单；返回每个菜单的结果或微信的错误码。")
    @PostMapping("/publish")
    List<MenuPublisher.Outcome> publish() {
        return publisher.publishAll();
    }
}
