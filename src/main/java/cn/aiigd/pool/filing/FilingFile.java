package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.storage.StoredFileRecord;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Metadata of a file attached to a filing; the bytes live in file storage. */
@TableName("filing_file")
public class FilingFile extends StoredFileRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long filingId;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getFilingId() { return filingId; }
    public void setFilingId(Long filingId) { this.filingId = filingId; }
}
