package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.ActorType;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One move in a filing's append-only history. */
@TableName("filing_history")
public class FilingHistoryEntry {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long filingId;
    private FilingAction action;
    private FilingStatus fromStatus;
    private FilingStatus toStatus;
    private ActorType actorType;
    private String actor;
    private String reason;
    private LocalDateTime at;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getFilingId() { return filingId; }
    public void setFilingId(Long filingId) { this.filingId = filingId; }
    public FilingAction getAction() { return action; }
    public void setAction(FilingAction action) { this.action = action; }
    public FilingStatus getFromStatus() { return fromStatus; }
    public void setFromStatus(FilingStatus fromStatus) { this.fromStatus = fromStatus; }
    public FilingStatus getToStatus() { return toStatus; }
    public void setToStatus(FilingStatus toStatus) { this.toStatus = toStatus; }
    public ActorType getActorType() { return actorType; }
    public void setActorType(ActorType actorType) { this.actorType = actorType; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getAt() { return at; }
    public void setAt(LocalDateTime at) { this.at = at; }
}
