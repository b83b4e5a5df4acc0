package cn.aiigd.pool.common.settings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/staff/settings")
@Tag(name = "系统设置（仅管理员）")
@SecurityRequirement(name = "staff")
class SettingsController {

    private final AppSettings settings;

    SettingsController(AppSettings settings) {
        this.settings = settings;
    }

    record Settings(boolean notifyFailures) {
    }

    @GetMapping
    @Operation(summary = "当前设置", description = "notifyFailures：未通过的申报是否通知企业（通知默认：恕不另行通知）。")
    Settings get() {
        return new Settings(settings.notifyFailures());
    }

    @PutMapping
    @Operation(summary = "修改设置")
    Settings put(@RequestBody Settings body, Principal who) {
        settings.setNotifyFailures(body.notifyFailures(), who.getName());
        return get();
    }
}
