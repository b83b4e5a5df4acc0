package cn.aiigd.pool.review;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A supplier's place in the pool for one category, created by a published filing. */
@TableName("membership")
public class Membership {

    public enum Status { ACTIVE, ELIMINATED }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long supplierId;
    private String categoryCode;
    private Long filingId;
    private Status status;
    private LocalDate publishedOn;
    private LocalDateTime eliminatedAt;
    private String eliminatedBy;
    private String eliminatedReason;
    @Version
    private Integer version;
    @TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
    private String activeKey;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public Long getFilingId() { return filingId; }
    public void setFilingId(Long filingId) { this.filingId = filingId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public LocalDateTime getEliminatedAt() { return eliminatedAt; }
    public void setEliminatedAt(LocalDateTime eliminatedAt) { this.eliminatedAt = eliminatedAt; }
    public String getEliminatedBy() { return eliminatedBy; }
    public void setEliminatedBy(String eliminatedBy) { this.eliminatedBy = eliminatedBy; }
    public String getEliminatedReason() { return eliminatedReason; }
    public void setEliminatedReason(String eliminatedReason) { this.eliminatedReason = eliminatedReason; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getActiveKey() { return activeKey; }
    public void setActiveKey(String activeKey) { this.activeKey = activeKey; }
}
