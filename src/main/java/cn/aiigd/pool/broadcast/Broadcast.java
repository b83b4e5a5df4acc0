package cn.aiigd.pool.broadcast;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

@TableName("broadcast")
public class Broadcast {

    @TableId(type = IdType.AUTO)
    private Long id;
    private BroadcastKind kind;
    private String title;
    private String body;
    private String linkUrl;
    /** JSON of {@link Audience}. */
    private String audience;
    private BroadcastStatus status;
    private LocalDateTime scheduledAt;
    private Integer recipients;
    private int attempts;
    private String platformMsgId;
    private Integer massTotal;
    private Integer massFiltered;
    private Integer massSent;
    private Integer massErrors;
    private String lastCode;
    private String lastMessage;
    private String createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime sentAt;
    private LocalDateTime updatedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public BroadcastKind getKind() { return kind; }
    public void setKind(BroadcastKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLinkUrl() { return linkUrl; }
    public void setLinkUrl(String linkUrl) { this.linkUrl = linkUrl; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public BroadcastStatus getStatus() { return status; }
    public void setStatus(BroadcastStatus status) { this.status = status; }
    public LocalDateTime getScheduledAt() { return scheduledAt; }
    public void setScheduledAt(LocalDateTime scheduledAt) { this.scheduledAt = scheduledAt; }
    public Integer getRecipients() { return recipients; }
    public void setRecipients(Integer recipients) { this.recipients = recipients; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public String getPlatformMsgId() { return platformMsgId; }
    public void setPlatformMsgId(String platformMsgId) { this.platformMsgId = platformMsgId; }
    public Integer getMassTotal() { return massTotal; }
    public void setMassTotal(Integer massTotal) { this.massTotal = massTotal; }
    public Integer getMassFiltered() { return massFiltered; }
    public void setMassFiltered(Integer massFiltered) { this.massFiltered = massFiltered; }
    public Integer getMassSent() { return massSent; }
    public void setMassSent(Integer massSent) { this.massSent = massSent; }
    public Integer getMassErrors() { return massErrors; }
    public void setMassErrors(Integer massErrors) { this.massErrors = massErrors; }
    public String getLastCode() { return lastCode; }
    public void setLastCode(String lastCode) { this.lastCode = lastCode; }
    public String getLastMessage() { return lastMessage; }
    public void setLastMessage(String lastMessage) { this.lastMessage = lastMessage; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getSentAt() { return sentAt; }
    public void setSentAt(LocalDateTime sentAt) { this.sentAt = sentAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
