package cn.aiigd.pool.broadcast;

import cn.aiigd.pool.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/staff/broadcasts")
@Tag(name = "群发通知", description = "群发（全部关注者或标签）、按供应商筛选发模板消息或短信；预览、定时、进度")
@SecurityRequirement(name = "staff")
class BroadcastController {

    private final Broadcasts broadcasts;

    BroadcastController(Broadcasts broadcasts) {
        this.broadcasts = broadcasts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建通知（草稿）")
    BroadcastView create(@AuthenticationPrincipal StaffPrincipal me, @RequestBody BroadcastForm form) {
        return broadcasts.create(me, form);
    }

    @GetMapping
    @Operation(summary = "通知列表（最新在前）", description = "monthlyMassSends：本月已群发次数（每位关注者每月最多收 4 条）。")
    Map<String, Object> list(@RequestParam(defaultValue = "50") int limit) {
        return Map.of("monthlyMassSends", broadcasts.massesThisMonth(), "monthlyMassLimit", Broadcasts.MASS_PER_MONTH,
                "items", broadcasts.list(limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "通知详情与发送进度")
    BroadcastView get(@PathVariable long id) {
        return broadcasts.get(id);
    }

    @GetMapping("/{id}/recipients")
    @Operation(summary = "逐个接收人的发送结果（手机号、openid 已脱敏）")
    List<Map<String, Object>> recipients(@PathVariable long id) {
        return broadcasts.recipients(id);
    }

    record PreviewRequest(String to) {
    }

    @PostMapping("/{id}/preview")
    @Operation(summary = "先发给一个人预览", description = "群发和模板消息填 openid，短信填手机号。")
    Map<String, String> preview(@PathVariable long id, @RequestBody PreviewRequest body) {
        return Map.of("sentTo", broadcasts.preview(id, body == null ? null : body.to()));
    }

    record SendRequest(LocalDateTime at, Boolean overMonthlyLimit) {
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "发送（或定时发送）", description = "at 为北京时间，留空立即发送。群发超过每月 4 次时须 overMonthlyLimit=true。重复点击不会重复发送。")
    BroadcastView send(@PathVariable long id, @RequestBody(required = false) SendRequest body) {
        BroadcastView v = broadcasts.send(id, body == null ? null : body.at(), body != null && Boolean.TRUE.equals(body.overMonthlyLimit()));
        return v.kind() == BroadcastKind.MASS && v.status() == BroadcastStatus.SENDING ? broadcasts.dispatchMass(id) : v;
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "取消草稿或定时通知")
    BroadcastView cancel(@PathVariable long id) {
        return broadcasts.cancel(id);
    }
}
