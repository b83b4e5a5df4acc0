package cn.aiigd.pool.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/staff/policy/unanswered")
@Tag(name = "工作人员：未能回答的问题", description = "申请人问了而助手答不了的问题（按次数排序，个人信息已打码）；可加入某条目作为新问法，或忽略。")
@SecurityRequirement(name = "staff")
class StaffUnansweredController {

    private final UnansweredQuestions unanswered;
    private final PolicyIndexHolder indexes;

    StaffUnansweredController(UnansweredQuestions unanswered, PolicyIndexHolder indexes) {
        this.unanswered = unanswered;
        this.indexes = indexes;
    }

    record AddToEntry(Long entryId) {
    }

    @GetMapping
    @Operation(summary = "未能回答的问题", description = "status：OPEN（默认）、ADDED、DISMISSED；limit 1–500，默认 100。数秒内汇总一次。")
    List<UnansweredQuestions.View> list(@RequestParam(value = "status", required = false) String status,
                                        @RequestParam(value = "limit", required = false) Integer limit) {
        return unanswered.list(status, limit);
    }

    @PostMapping("/{id}/add-to-entry")
    @Operation(summary = "加入条目作为新问法", description = "各节点数秒内生效。")
    UnansweredQuestions.View addToEntry(@PathVariable long id, @RequestBody AddToEntry body, Principal who) {
        var v = unanswered.addToEntry(id, body == null ? null : body.entryId(), who.getName());
        indexes.rebuild();
        return v;
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "忽略")
    UnansweredQuestions.View dismiss(@PathVariable long id, Principal who) {
        return unanswered.dismiss(id, who.getName());
    }
}
