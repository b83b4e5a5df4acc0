package cn.aiigd.pool.wechat.conversation;

import cn.aiigd.pool.policy.PolicyAnswer;
import cn.aiigd.pool.policy.PolicyAnswerer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/** What each CLICK key of the menus answers. The menu validator checks every key has one. */
@Component
public class MenuClicks {

    private final Map<String, BiFunction<MenuClicks, String, String>> handlers = Map.of(
            "GUIDE_TIMING", (m, openid) -> m.topic("timing.batches"),
            "GUIDE_CONDITIONS", (m, openid) -> m.topic("conditions.all"),
            "GUIDE_CATEGORIES", (m, openid) -> m.topic("categories"),
            "GUIDE_PROCESS", (m, openid) -> m.process(),
            "GUIDE_NOW", (m, openid) -> m.topic("dynamic.now-open"),
            "MY_PROGRESS", (m, openid) -> m.progress.of(openid),
            "MY_BINDING", (m, openid) -> m.progress.bindingInvitation(),
            "CONTACT_US", (m, openid) -> m.topic("contacts"));

    private final PolicyAnswerer policy;
    private final ProgressReport progress;

    MenuClicks(PolicyAnswerer policy, ProgressReport progress) {
        this.policy = policy;
        this.progress = progress;
    }

    public Set<String> keys() {
        return handlers.keySet();
    }

    Optional<String> answer(String key, String openid) {
        return Optional.ofNullable(handlers.get(key)).map(h -> h.apply(this, openid));
    }

    private String topic(String key) {
        return policy.topic(key).map(PolicyAnswer::answer).orElse(Conversation.HOTLINE_HINT);
    }

    private String process() {
        return "申报流程（通知 三）：\n1. 注册平台账号：登录“广东工业互联网应用服务平台”（http://syspt.aiigd.cn/），类型认证选择“供应商”，"
                + "填写基本信息、上传资质材料后提交；\n2. 供应商基本审核：一般不超过5个工作日，省内企业由注册地工信部门审核，省外企业由联盟审核；\n"
                + "3. 提交应用产品（服务能力）：审核通过后，在申报时间内按附件一填写，四个类别重点选一项（至多两项）；\n"
                + "4. 组织评审：初步审核、集中答辩、现场考察（随机抽取）、公示、正式发布。\n回复“进度”可查询您企业的办理进度。";
    }
}
