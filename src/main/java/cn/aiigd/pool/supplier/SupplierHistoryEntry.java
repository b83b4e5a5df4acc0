package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.ActorType;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One move in a supplier's append-only history. */
@TableName("supplier_history")
public class SupplierHistoryEntry {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long supplierId;
    private SupplierAction action;
    private SupplierStatus fromStatus;
    private SupplierStatus toStatus;
    private ActorType actorType;
    private String actor;
    private String reason;
    private LocalDate dueOn;
    private LocalDateTime at;
    /** For changes: the old and new value, as JSON text. */
    private String detail;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public SupplierAction getAction() { return action; }
    public void setAction(SupplierAction action) { this.action = action; }
    public SupplierStatus getFromStatus() { return fromStatus; }
    public void setFromStatus(SupplierStatus fromStatus) { this.fromStatus = fromStatus; }
    public SupplierStatus getToStatus() { return toStatus; }
    public void setToStatus(SupplierStatus toStatus) { this.toStatus = toStatus; }
    public ActorType getActorType() { return actorType; }
    public void setActorType(ActorType actorType) { this.actorType = actorType; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public LocalDateTime getAt() { return at; }
    public void setAt(LocalDateTime at) { this.at = at; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
}
