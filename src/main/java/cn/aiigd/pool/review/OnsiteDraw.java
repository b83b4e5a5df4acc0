package cn.aiigd.pool.review;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A random on-site inspection draw, stored with everything needed to repeat it. */
@TableName("onsite_draw")
public class OnsiteDraw {

    public enum Mode { COUNT, PERCENT }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long batchId;
    private long seed;
    private Mode mode;
    private int amount;
    private boolean perCategory;
    private String candidates;
    private String result;
    private String drawnBy;
    private LocalDateTime drawnAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getBatchId() { return batchId; }
    public void setBatchId(Long batchId) { this.batchId = batchId; }
    public long getSeed() { return seed; }
    public void setSeed(long seed) { this.seed = seed; }
    public Mode getMode() { return mode; }
    public void setMode(Mode mode) { this.mode = mode; }
    public int getAmount() { return amount; }
    public void setAmount(int amount) { this.amount = amount; }
    public boolean isPerCategory() { return perCategory; }
    public void setPerCategory(boolean perCategory) { this.perCategory = perCategory; }
    public String getCandidates() { return candidates; }
    public void setCandidates(String candidates) { this.candidates = candidates; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getDrawnBy() { return drawnBy; }
    public void setDrawnBy(String drawnBy) { this.drawnBy = drawnBy; }
    public LocalDateTime getDrawnAt() { return drawnAt; }
    public void setDrawnAt(LocalDateTime drawnAt) { this.drawnAt = drawnAt; }
}
