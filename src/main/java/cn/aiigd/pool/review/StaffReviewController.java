package cn.aiigd.pool.review;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.filing.FilingView;
import cn.aiigd.pool.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
@RequestMapping("/api/staff")
@Tag(name = "工作人员：集中答辩、现场考察、公示发布与资源池管理")
@SecurityRequirement(name = "staff")
class StaffReviewController {

    private final DefenseSessions defense;
    private final OnsiteDraws onsite;
    private final Publicities publicities;
    private final Memberships memberships;
    private final ChangeRequests changes;

    StaffReviewController(DefenseSessions defense, OnsiteDraws onsite, Publicities publicities, Memberships memberships,
                          ChangeRequests changes) {
        this.defense = defense;
        this.onsite = onsite;
        this.publicities = publicities;
        this.memberships = memberships;
        this.changes = changes;
    }

    record DefenseResult(DefenseSessions.Outcome outcome, String reason) {
    }

    record OnsiteResult(Boolean passed, String reason) {
    }

    record Decision(String reason, Integer version) {
    }

    private static Actor actor(StaffPrincipal me) {
        return Actor.staff(me.username());
    }

    // ---- 集中答辩 -------------------------------------------------------------------------------

    @PostMapping("/defense-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建答辩场次")
    DefenseSessions.SessionView createSession(@AuthenticationPrincipal StaffPrincipal me, @RequestBody DefenseSessions.NewSession body) {
        return defense.create(actor(me), body);
    }

    @GetMapping("/defense-sessions")
    @Operation(summary = "答辩场次列表")
    List<DefenseSessions.SessionView> sessions(@RequestParam(required = false) Long batchId) {
        return defense.list(batchId);
    }

    @GetMapping("/defense-sessions/{id}")
    @Operation(summary = "答辩场次详情", description = "含每个受邀申报的顺序、时段、企业答复（确认或申请调整及理由）与结果。")
    DefenseSessions.SessionView session(@PathVariable long id) {
        return defense.get(id);
    }

    @PostMapping("/defense-sessions/{id}/assignments")
    @Operation(summary = "安排答辩（发出邀请）", description = "为初审通过的申报指定顺序号与时段；超出容量则整体不安排。")
    DefenseSessions.SessionView assign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                       @RequestBody List<DefenseSessions.Assignment> body) {
        return defense.assign(actor(me), id, body);
    }

    @PostMapping("/filings/{id}/defense-result")
    @Operation(summary = "录入答辩结果", description = "outcome：PASSED 通过、FAILED 未通过（须填理由）、NO_SHOW 未到场。答辩日当天或之后方可录入。")
    FilingView defenseResult(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody DefenseResult body) {
        return defense.recordOutcome(actor(me), id, body.outcome(), body.reason());
    }

    // ---- 现场考察 -------------------------------------------------------------------------------

    @PostMapping("/onsite-draws")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "随机抽取现场考察", description = "mode：COUNT 按数量或 PERCENT 按比例；perCategory 按类别分别抽取；seed 可不填（随机生成并保存）。")
    OnsiteDraws.DrawView draw(@AuthenticationPrincipal StaffPrincipal me, @RequestBody OnsiteDraws.DrawRequest body) {
        return onsite.draw(actor(me), body);
    }

    @GetMapping("/onsite-draws")
    @Operation(summary = "抽签记录列表", description = "每个批次至多一次抽签；batchId 过滤到一个批次。")
    List<OnsiteDraws.DrawView> drawRecords(@RequestParam(required = false) Long batchId) {
        return onsite.list(batchId);
    }

    @GetMapping("/onsite-draws/{id}")
    @Operation(summary = "抽签记录", description = "含种子、候选名单与结果；reproduced 表示按保存的种子重新抽取得到相同结果。")
    OnsiteDraws.DrawView drawRecord(@PathVariable long id) {
        return onsite.get(id);
    }

    @PostMapping("/filings/{id}/onsite-result")
    @Operation(summary = "录入现场考察结果")
    FilingView onsiteResult(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody OnsiteResult body) {
        if (body.passed() == null) {
            throw cn.aiigd.pool.common.error.ApiException.invalid("passed", "请选择现场考察是否通过");
        }
        return onsite.recordResult(actor(me), id, body.passed(), body.reason());
    }

    // ---- 公示与发布 -----------------------------------------------------------------------------

    @PostMapping("/publicities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开始公示", description = "公示期为 startsOn 起 days 个自然日（含首尾）。")
    Publicities.PublicityView openPublicity(@AuthenticationPrincipal StaffPrincipal me, @RequestBody Publicities.NewPublicity body) {
        return publicities.open(actor(me), body);
    }

    @GetMapping("/publicities")
    @Operation(summary = "公示列表", description = "新近的在前；batchId 过滤到一个批次。")
    List<Publicities.PublicityView> publicityList(@RequestParam(required = false) Long batchId) {
        return publicities.list(batchId);
    }

    @GetMapping("/publicities/{id}")
    @Operation(summary = "公示详情")
    Publicities.PublicityView publicity(@PathVariable long id) {
        return publicities.get(id);
    }

    @PostMapping("/filings/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记公示异议", description = "仅公示期内；申报暂停发布，待核查。")
    Publicities.ObjectionView raise(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                    @RequestBody Publicities.NewObjection body) {
        return publicities.raise(actor(me), id, body);
    }

    @PostMapping("/objections/{id}/resolve")
    @Operation(summary = "处理异议", description = "upheld=true 异议成立（申报未通过）；false 恢复公示。")
    Publicities.ObjectionView resolve(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                      @RequestBody Publicities.Resolution body) {
        return publicities.resolve(actor(me), id, body);
    }

    @PostMapping("/publicities/{id}/publish")
    @Operation(summary = "正式发布", description = "公示期满后方可发布；发布的申报成为资源池成员。")
    Publicities.PublicationResult publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return publicities.publish(actor(me), id);
    }

    // ---- 资源池动态管理 -------------------------------------------------------------------------

    @GetMapping("/memberships")
    @Operation(summary = "资源池成员")
    List<Memberships.MembershipView> memberships(@RequestParam(required = false) Membership.Status status) {
        return memberships.list(status);
    }

    @PostMapping("/memberships/{id}/eliminate")
    @Operation(summary = "淘汰成员（须填理由）")
    Memberships.MembershipView eliminate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                         @RequestBody Decision body) {
        return memberships.eliminate(actor(me), id, body.reason(), body.version());
    }

    @GetMapping("/change-requests")
    @Operation(summary = "变更请示列表")
    List<ChangeRequests.ChangeView> changeRequests(@RequestParam(required = false) ChangeRequest.Status status) {
        return changes.list(status);
    }

    @PostMapping("/change-requests/{id}/approve")
    @Operation(summary = "同意变更", description = "供应商信息随之变更，历史中保留原值。")
    ChangeRequests.ChangeView approveChange(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                            @RequestBody(required = false) Decision body) {
        return changes.approve(actor(me), id, body == null ? null : body.reason(), body == null ? null : body.version());
    }

    @GetMapping("/change-requests/{id}/files/{fileId}")
    @Operation(summary = "下载变更证明材料")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> changeFile(
            @PathVariable long id, @PathVariable long fileId) {
        var d = changes.openFile(id, fileId);
        return cn.aiigd.pool.common.storage.DownloadResponse.of(d.name(), d.contentType(), d.size(), d.content());
    }

    @PostMapping("/change-requests/{id}/reject")
    @Operation(summary = "不同意变更（须填理由）")
    ChangeRequests.ChangeView rejectChange(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                           @RequestBody Decision body) {
        return changes.reject(actor(me), id, body.reason());
    }
}
