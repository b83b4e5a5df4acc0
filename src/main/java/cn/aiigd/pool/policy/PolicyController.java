package cn.aiigd.pool.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/policy")
@Tag(name = "政策问答", description = "按通知原文回答申报问题；答不了时说明可解答的主题与咨询电话。")
class PolicyController {

    static final String WEB_UID_PREFIX = "web:";

    private final PolicyAnswerer answerer;

    PolicyController(PolicyAnswerer answerer) {
        this.answerer = answerer;
    }

    @GetMapping("/answer")
    @Operation(summary = "回答一个问题", description = "answer 即公众号回复的原文；confident=false 时不是答案：兜底回复（suggestions 为最接近的问题），"
            + "或带 topic 的“通知未写明”回复（附通知中相关内容）。"
            + "uid（可选，页面自取的会话标识，与公众号粉丝的会话互不相通）用于 10 分钟内的追问上下文，如先问“第一批几号截止”再问“那第二批呢”；"
            + "有 uid 时兜底回复为最接近的问题编号，紧接着回复序号（如“2”，10 分钟内）即问该问题。")
    PolicyAnswer answer(@RequestParam(value = "q", required = false) String q,
                        @RequestParam(value = "uid", required = false) String uid) {
        // A web visitor's context lives apart from the chat's: otherwise anyone who knew a follower's
        // openid could read or wipe that follower's numbered questions through this endpoint.
        return answerer.answer(q, uid == null || uid.isBlank() ? null : WEB_UID_PREFIX + uid);
    }
}
