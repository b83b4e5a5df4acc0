package cn.aiigd.pool.staff;

import cn.aiigd.pool.staff.StaffAccounts.NewStaff;
import cn.aiigd.pool.staff.StaffAccounts.StaffView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/staff")
@Tag(name = "工作人员账号")
@SecurityRequirement(name = "staff")
class StaffAccountController {

    private final StaffAccounts accounts;

    StaffAccountController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record Me(String username, String displayName, StaffRole role, String cityCode) {
    }

    @GetMapping("/me")
    @Operation(summary = "当前登录的工作人员")
    Me me(@AuthenticationPrincipal StaffPrincipal me) {
        return new Me(me.username(), me.displayName(), me.role(), me.cityCode());
    }

    @GetMapping("/accounts")
    @Operation(summary = "工作人员账号列表（仅管理员）")
    List<StaffView> list() {
        return accounts.list();
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建工作人员账号（仅管理员）", description = "地市审核员须填 cityCode；密码至少 10 位。")
    StaffView create(@RequestBody NewStaff body) {
        return accounts.create(body);
    }

    @PutMapping("/accounts/{id}/contact")
    @Operation(summary = "设置账号的提醒邮箱和手机（仅管理员）", description = "审核时限提醒按此发送；留空即清除。")
    StaffView setContact(@PathVariable long id, @RequestBody StaffAccounts.Contact body) {
        return accounts.setContact(id, body);
    }

    @PutMapping("/me/contact")
    @Operation(summary = "设置本人的提醒邮箱和手机", description = "审核时限提醒按此发送；留空即清除。")
    StaffView setMyContact(@AuthenticationPrincipal StaffPrincipal me, @RequestBody StaffAccounts.Contact body) {
        return accounts.setContact(me.id(), body);
    }

    @PostMapping("/accounts/{id}/disable")
    @Operation(summary = "停用账号（仅管理员）")
    StaffView disable(@PathVariable long id) {
        return accounts.setEnabled(id, false);
    }

    @PostMapping("/accounts/{id}/enable")
    @Operation(summary = "启用账号（仅管理员）")
    StaffView enable(@PathVariable long id) {
        return accounts.setEnabled(id, true);
    }
}
