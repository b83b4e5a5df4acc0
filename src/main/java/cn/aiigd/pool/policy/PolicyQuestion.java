package cn.aiigd.pool.policy;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One way applicants ask for an entry. */
@TableName("policy_question")
public class PolicyQuestion {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long entryId;
    private String text;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getEntryId() { return entryId; }
    public void setEntryId(Long entryId) { this.entryId = entryId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
