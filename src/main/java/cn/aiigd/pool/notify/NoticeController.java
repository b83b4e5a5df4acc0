package cn.aiigd.pool.notify;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.notify.outbox.Notice;
import cn.aiigd.pool.notify.outbox.NoticeMapper;
import cn.aiigd.pool.notify.outbox.NoticeOutbox;
import cn.aiigd.pool.notify.outbox.NoticeStatus;
import cn.aiigd.pool.notify.template.NoticeTemplate;
import cn.aiigd.pool.notify.template.RenderedNotice;
import cn.aiigd.pool.notify.template.Renderer;
import cn.aiigd.pool.notify.template.SampleEvents;
import cn.aiigd.pool.notify.template.TemplateCatalog;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.supplier.SupplierDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "工作人员：通知", description = "每条通知的发送状态、尝试记录、失败重发；消息模板预览。")
@RestController
class NoticeController {

    private final NoticeOutbox outbox;
    private final SupplierDirectory suppliers;
    private final TemplateCatalog catalog;
    private final Renderer renderer;

    NoticeController(NoticeOutbox outbox, SupplierDirectory suppliers, TemplateCatalog catalog, Renderer renderer) {
        this.outbox = outbox;
        this.suppliers = suppliers;
        this.catalog = catalog;
        this.renderer = renderer;
    }

    /** A notice as staff see it; recipients masked. */
    record NoticeView(long id, String templateKey, String channel, String recipient, Long supplierId, Long filingId, NoticeStatus status,
                      int attempts, LocalDateTime nextAttemptAt, String platformId, String lastCode, String lastMessage, String rendered,
                      LocalDateTime createdAt, LocalDateTime updatedAt) {
        static NoticeView of(Notice n) {
            return new NoticeView(n.getId(), n.getTemplateKey(), n.getChannel().name(), n.getChannel().masked(n.getRecipient()), n.getSupplierId(), n.getFilingId(),
                    n.getStatus(), n.getAttempts(), n.getNextAttemptAt(), n.getPlatformId(), n.getLastCode(), n.getLastMessage(),
                    n.getRendered(), n.getCreatedAt(), n.getUpdatedAt());
        }
    }

    @Operation(summary = "通知列表", description = "按供应商、申报或状态筛选。地市审核员须指定本市的供应商。")
    @GetMapping("/api/staff/notices")
    List<NoticeView> list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long supplierId,
                          @RequestParam(required = false) Long filingId, @RequestParam(required = false) NoticeStatus status,
                          @RequestParam(defaultValue = "100") int limit) {
        if (me.role() == StaffRole.CITY_REVIEWER) {
            if (supplierId == null) {
                throw ApiException.badRequest("请指定本市的供应商（supplierId）");
            }
            if (filingId != null) {
                throw ApiException.forbidden("申报评审由联盟负责，地市审核员无权查看其通知");
            }
            suppliers.requireVisible(me, supplierId);
            // Basic-review notices only: the expert review's are the alliance's (通知 三（二）).
            return outbox.find(supplierId, null, status, limit).stream().filter(n -> n.getFilingId() == null).map(NoticeView::of).toList();
        }
        return outbox.find(supplierId, filingId, status, limit).stream().map(NoticeView::of).toList();
    }

    @Operation(summary = "通知的发送尝试", description = "每次尝试的时间、结果、平台错误码和消息编号。")
    @GetMapping("/api/staff/notices/{id}/attempts")
    List<NoticeMapper.AttemptRow> attempts(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        visible(me, outbox.get(id));
        return outbox.attempts(id);
    }

    @Operation(summary = "重发失败的通知")
    @PostMapping("/api/staff/notices/{id}/resend")
    NoticeView resend(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        visible(me, outbox.get(id));
        return NoticeView.of(outbox.resend(id));
    }

    @Operation(summary = "消息模板列表")
    @GetMapping("/api/staff/message-templates")
    Collection<NoticeTemplate> templates() {
        return catalog.all();
    }

    @Operation(summary = "预览消息模板", description = "用示例事件（可覆盖其中的变量）渲染模板：微信模板消息各字段（已按微信限制截断）、短信参数与正文、邮件。")
    @PostMapping("/api/staff/message-templates/{key}/preview")
    RenderedNotice preview(@PathVariable String key, @RequestBody(required = false) Map<String, String> overrides) {
        NoticeTemplate t = catalog.require(key);
        Map<String, String> vars = new HashMap<>(SampleEvents.sample(t.event()));
        if (overrides != null) {
            vars.putAll(overrides);
        }
        return renderer.render(t, vars);
    }

    private void visible(StaffPrincipal me, Notice n) {
        if (me.role() == StaffRole.CITY_REVIEWER && n.getFilingId() != null) {
            throw ApiException.forbidden("申报评审由联盟负责，地市审核员无权查看其通知");
        }
        if (n.getSupplierId() != null) {
            suppliers.requireVisible(me, n.getSupplierId());
        } else if (me.role() == StaffRole.CITY_REVIEWER) {
            throw ApiException.forbidden("无权查看该通知");
        }
    }
}
