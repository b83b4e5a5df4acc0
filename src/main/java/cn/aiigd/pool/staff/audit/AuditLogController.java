package cn.aiigd.pool.staff.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "审计日志")
@SecurityRequirement(name = "staff")
class AuditLogController {

    private final AuditTrail audit;

    AuditLogController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/staff/audit-log")
    @Operation(summary = "审计日志（仅管理员）", description = "最新在前：谁、何时、从哪里、做了什么、结果如何；含登录成功、失败与锁定。")
    List<AuditTrail.Entry> recent(@RequestParam(required = false) String actor, @RequestParam(defaultValue = "200") int limit) {
        return audit.recent(actor, limit);
    }
}
