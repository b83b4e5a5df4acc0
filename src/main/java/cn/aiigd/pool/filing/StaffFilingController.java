package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.storage.DownloadResponse;
import cn.aiigd.pool.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/staff/filings")
@Tag(name = "工作人员：申报评审", description = "初步审核、退回修改与各阶段队列（联盟工作人员与管理员）。")
@SecurityRequirement(name = "staff")
class StaffFilingController {

    private final FilingQueries queries;
    private final FilingWorkflow workflow;
    private final FilingFiles files;

    StaffFilingController(FilingQueries queries, FilingWorkflow workflow, FilingFiles files) {
        this.queries = queries;
        this.workflow = workflow;
        this.files = files;
    }

    /** 初步审核 of one or many filings: all move or none does. */
    record Prelim(List<Long> filingIds, boolean pass, String reason) {
    }

    /** A decision with an optional guard against stale pages. */
    record Decision(String reason, Integer version) {
    }

    @GetMapping
    @Operation(summary = "申报队列", description = "按批次、类别、新技术方向、地市（或 ALLIANCE 省外）与状态筛选；counts 为其余筛选条件下各阶段的数量。")
    FilingQueries.Page find(@RequestParam(required = false) Long batch, @RequestParam(required = false) String category,
                            @RequestParam(required = false) String direction, @RequestParam(required = false) String city,
                            @RequestParam(required = false) FilingStatus status,
                            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.find(new FilingQueries.Filter(batch, category, direction, city, status), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "申报详情")
    FilingView get(@PathVariable long id) {
        return workflow.view(workflow.load(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "申报状态历史")
    List<FilingView.HistoryView> history(@PathVariable long id) {
        return workflow.history(id);
    }

    @PostMapping("/prelim")
    @Operation(summary = "初步审核（单个或批量）", description = "pass=false 须填理由。任何一个不能通过则全部不变。")
    List<FilingView> prelim(@AuthenticationPrincipal StaffPrincipal me, @RequestBody Prelim body) {
        return workflow.prelim(Actor.staff(me.username()), body.filingIds(), body.pass(), body.reason());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "退回修改（须填理由）")
    FilingView returnForCorrection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                   @RequestBody(required = false) Decision d) {
        return workflow.returnForCorrection(Actor.staff(me.username()), id, d == null ? null : d.reason(),
                d == null ? null : d.version());
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "下载申报材料")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId) {
        var d = files.openForStaff(id, fileId);
        return DownloadResponse.of(d.name(), d.contentType(), d.size(), d.content());
    }
}
