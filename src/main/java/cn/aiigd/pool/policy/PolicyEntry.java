package cn.aiigd.pool.policy;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/** One fact of the notice: its answer and where it comes from; the phrasings are {@link PolicyQuestion}s. */
@TableName("policy_entry")
public class PolicyEntry {

    /** Entries answered from the batch table and the clock rather than from {@code answer}. */
    static final String DYNAMIC_PREFIX = "dynamic.";

    @TableId(type = IdType.AUTO)
    private Long id;
    private String topicKey;
    private String title;
    private String answer;
    private String sourceSection;
    private boolean enabled;
    @Version
    private Integer version;
    private String updatedBy;
    private LocalDateTime updatedAt;

    boolean isDynamic() {
        return topicKey.startsWith(DYNAMIC_PREFIX);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTopicKey() { return topicKey; }
    public void setTopicKey(String topicKey) { this.topicKey = topicKey; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getSourceSection() { return sourceSection; }
    public void setSourceSection(String sourceSection) { this.sourceSection = sourceSection; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
