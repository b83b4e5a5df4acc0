package cn.aiigd.pool.report;

import cn.aiigd.pool.filing.FilingQueries;
import cn.aiigd.pool.filing.FilingStatus;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.SupplierStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "统计与导出")
@SecurityRequirement(name = "staff")
class ReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Dashboard dashboard;
    private final Exports exports;

    ReportController(Dashboard dashboard, Exports exports) {
        this.dashboard = dashboard;
        this.exports = exports;
    }

    @GetMapping("/api/staff/dashboard")
    @Operation(summary = "总览数据（图表用）", description = "供应商与申报按阶段、地市、类别的分布；基本审核按期完成率；近 30 天各渠道通知发送情况。地市审核员只看本市供应商。")
    Dashboard.View dashboard(@AuthenticationPrincipal StaffPrincipal me) {
        return dashboard.of(me);
    }

    @GetMapping("/api/staff/suppliers/export")
    @Operation(summary = "导出供应商（Excel）", description = "按当前筛选导出；联系手机与邮箱仅管理员和联盟审核员可见完整内容。每次导出记入审计日志。")
    ResponseEntity<byte[]> suppliers(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) SupplierStatus status,
                                     @RequestParam(required = false) String city) {
        return xlsx("供应商.xlsx", exports.suppliers(me, status, city));
    }

    @GetMapping("/api/staff/filings/export")
    @Operation(summary = "导出申报（Excel）", description = "按批次、类别、方向、地市与状态筛选导出。每次导出记入审计日志。")
    ResponseEntity<byte[]> filings(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Long batch,
                                   @RequestParam(required = false) String category, @RequestParam(required = false) String direction,
                                   @RequestParam(required = false) String city, @RequestParam(required = false) FilingStatus status) {
        return xlsx("申报.xlsx", exports.filings(me, new FilingQueries.Filter(batch, category, direction, city, status)));
    }

    private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
