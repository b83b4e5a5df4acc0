package cn.aiigd.pool.filing;

import static cn.aiigd.pool.filing.FilingStatus.DEFENSE_CONFIRMED;
import static cn.aiigd.pool.filing.FilingStatus.DEFENSE_DONE;
import static cn.aiigd.pool.filing.FilingStatus.DEFENSE_FAILED;
import static cn.aiigd.pool.filing.FilingStatus.DEFENSE_INVITED;
import static cn.aiigd.pool.filing.FilingStatus.DRAFT;
import static cn.aiigd.pool.filing.FilingStatus.OBJECTION;
import static cn.aiigd.pool.filing.FilingStatus.ONSITE_DONE;
import static cn.aiigd.pool.filing.FilingStatus.ONSITE_FAILED;
import static cn.aiigd.pool.filing.FilingStatus.ONSITE_SELECTED;
import static cn.aiigd.pool.filing.FilingStatus.PRELIM_FAILED;
import static cn.aiigd.pool.filing.FilingStatus.PRELIM_PASSED;
import static cn.aiigd.pool.filing.FilingStatus.PUBLICITY;
import static cn.aiigd.pool.filing.FilingStatus.PUBLICITY_FAILED;
import static cn.aiigd.pool.filing.FilingStatus.PUBLISHED;
import static cn.aiigd.pool.filing.FilingStatus.RETURNED;
import static cn.aiigd.pool.filing.FilingStatus.SUBMITTED;
import static cn.aiigd.pool.filing.FilingStatus.WITHDRAWN;

import cn.aiigd.pool.common.ActorType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The filing transition table: the single source of truth for which move takes which states to
 * which, who makes it and whether it needs a reason (通知 三（一）3, 三（二）, 三（三）). Nothing
 * else changes a filing's status. An empty {@code from} set means the move creates the filing.
 */
public enum FilingAction {
    CREATE("创建草稿", ActorType.APPLICANT, EnumSet.noneOf(FilingStatus.class), DRAFT, false),
    SUBMIT("提交申报", ActorType.APPLICANT, EnumSet.of(DRAFT, RETURNED), SUBMITTED, false),
    WITHDRAW("撤回申报", ActorType.APPLICANT,
            EnumSet.of(DRAFT, SUBMITTED, RETURNED, PRELIM_PASSED, DEFENSE_INVITED, DEFENSE_CONFIRMED), WITHDRAWN, false),
    RETURN_FOR_CORRECTION("退回修改", ActorType.STAFF, EnumSet.of(SUBMITTED), RETURNED, true),
    PRELIM_PASS("初步审核通过", ActorType.STAFF, EnumSet.of(SUBMITTED), PRELIM_PASSED, false),
    PRELIM_FAIL("初步审核不通过", ActorType.STAFF, EnumSet.of(SUBMITTED), PRELIM_FAILED, true),
    INVITE_DEFENSE("邀请答辩", ActorType.STAFF, EnumSet.of(PRELIM_PASSED, DEFENSE_INVITED, DEFENSE_CONFIRMED), DEFENSE_INVITED, false),
    CONFIRM_DEFENSE("确认参加答辩", ActorType.APPLICANT, EnumSet.of(DEFENSE_INVITED), DEFENSE_CONFIRMED, false),
    REQUEST_RESCHEDULE("申请调整答辩时间", ActorType.APPLICANT, EnumSet.of(DEFENSE_INVITED, DEFENSE_CONFIRMED), DEFENSE_INVITED, true),
    DEFENSE_PASS("答辩通过", ActorType.STAFF, EnumSet.of(DEFENSE_INVITED, DEFENSE_CONFIRMED), DEFENSE_DONE, false),
    DEFENSE_FAIL("答辩未通过", ActorType.STAFF, EnumSet.of(DEFENSE_INVITED, DEFENSE_CONFIRMED), DEFENSE_FAILED, true),
    DEFENSE_NO_SHOW("未到场答辩", ActorType.STAFF, EnumSet.of(DEFENSE_INVITED, DEFENSE_CONFIRMED), DEFENSE_FAILED, false),
    SELECT_ONSITE("抽中现场考察", ActorType.STAFF, EnumSet.of(DEFENSE_DONE), ONSITE_SELECTED, false),
    ONSITE_PASS("现场考察通过", ActorType.STAFF, EnumSet.of(ONSITE_SELECTED), ONSITE_DONE, false),
    ONSITE_FAIL("现场考察未通过", ActorType.STAFF, EnumSet.of(ONSITE_SELECTED), ONSITE_FAILED, true),
    OPEN_PUBLICITY("进入公示", ActorType.STAFF, EnumSet.of(DEFENSE_DONE, ONSITE_DONE), PUBLICITY, false),
    RAISE_OBJECTION("公示期收到异议", ActorType.STAFF, EnumSet.of(PUBLICITY), OBJECTION, true),
    DISMISS_OBJECTION("异议不成立，恢复公示", ActorType.STAFF, EnumSet.of(OBJECTION), PUBLICITY, true),
    UPHOLD_OBJECTION("异议成立", ActorType.STAFF, EnumSet.of(OBJECTION), PUBLICITY_FAILED, true),
    PUBLISH("正式发布", ActorType.STAFF, EnumSet.of(PUBLICITY), PUBLISHED, false);

    private final String label;
    private final ActorType actor;
    private final Set<FilingStatus> from;
    private final FilingStatus to;
    private final boolean reasonRequired;

    FilingAction(String label, ActorType actor, Set<FilingStatus> from, FilingStatus to, boolean reasonRequired) {
        this.label = label;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    public String label() {
        return label;
    }

    public ActorType actor() {
        return actor;
    }

    public boolean allowedFrom(FilingStatus status) {
        return from.contains(status);
    }

    public boolean creates() {
        return from.isEmpty();
    }

    public FilingStatus to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
