package cn.aiigd.pool.review;

import cn.aiigd.pool.supplier.SupplierDirectory.ChangeKind;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/** A pool member's 变更请示: a new name, equity structure or business direction, with proof. */
@TableName("change_request")
public class ChangeRequest {

    public enum Status { PENDING, APPROVED, REJECTED }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long supplierId;
    private ChangeKind kind;
    private String newValue;
    private String explanation;
    private Status status;
    private String requestedBy;
    private LocalDateTime requestedAt;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private String decisionReason;
    @Version
    private Integer version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public ChangeKind getKind() { return kind; }
    public void setKind(ChangeKind kind) { this.kind = kind; }
    public String getNewValue() { return newValue; }
    public void setNewValue(String newValue) { this.newValue = newValue; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getRequestedBy() { return requestedBy; }
    public void setRequestedBy(String requestedBy) { this.requestedBy = requestedBy; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public void setRequestedAt(LocalDateTime requestedAt) { this.requestedAt = requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public void setDecisionReason(String decisionReason) { this.decisionReason = decisionReason; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
