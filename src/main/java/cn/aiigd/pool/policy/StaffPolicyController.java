package cn.aiigd.pool.policy;

import cn.aiigd.pool.common.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/staff/policy")
@Tag(name = "工作人员：政策问答知识库", description = "修改后各节点数秒内生效。")
@SecurityRequirement(name = "staff")
class StaffPolicyController {

    private final KnowledgeBase knowledgeBase;
    private final PolicyIndexHolder indexes;
    private final PolicyAnswerer answerer;

    StaffPolicyController(KnowledgeBase knowledgeBase, PolicyIndexHolder indexes, PolicyAnswerer answerer) {
        this.knowledgeBase = knowledgeBase;
        this.indexes = indexes;
        this.answerer = answerer;
    }

    @GetMapping("/entries")
    @Operation(summary = "全部条目（含停用）")
    List<KnowledgeBase.EntryView> list() {
        return knowledgeBase.list();
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "条目详情")
    KnowledgeBase.EntryView get(@PathVariable long id) {
        return knowledgeBase.get(id);
    }

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建条目", description = "答案不超过 300 字；topicKey 以 dynamic. 开头的条目由批次与日期自动作答。")
    KnowledgeBase.EntryView create(@RequestBody KnowledgeBase.EntryForm form, Principal who) {
        var v = knowledgeBase.create(form, who.getName());
        indexes.rebuild();
        return v;
    }

    @PutMapping("/entries/{id}")
    @Operation(summary = "修改条目", description = "可带 If-Match: <version>。")
    KnowledgeBase.EntryView update(@PathVariable long id, @RequestBody KnowledgeBase.EntryForm form,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch, Principal who) {
        Integer version = IfMatch.version(ifMatch);
        var v = knowledgeBase.update(id, form, version, who.getName());
        indexes.rebuild();
        return v;
    }

    @PostMapping("/entries/{id}/disable")
    @Operation(summary = "停用条目")
    KnowledgeBase.EntryView disable(@PathVariable long id, Principal who) {
        var v = knowledgeBase.setEnabled(id, false, who.getName());
        indexes.rebuild();
        return v;
    }

    @PostMapping("/entries/{id}/enable")
    @Operation(summary = "启用条目")
    KnowledgeBase.EntryView enable(@PathVariable long id, Principal who) {
        var v = knowledgeBase.setEnabled(id, true, who.getName());
        indexes.rebuild();
        return v;
    }

    @GetMapping("/try")
    @Operation(summary = "试问", description = "返回回复、置信度与排名靠前的候选条目。")
    PolicyAnswerer.Trial tryQuestion(@RequestParam(value = "q", required = false) String q) {
        return answerer.trial(q, null);
    }

}
