package cn.aiigd.pool.review;

import cn.aiigd.pool.common.storage.StoredFileRecord;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A supporting file of a change request. */
@TableName("change_request_file")
public class ChangeRequestFile extends StoredFileRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long changeRequestId;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getChangeRequestId() { return changeRequestId; }
    public void setChangeRequestId(Long changeRequestId) { this.changeRequestId = changeRequestId; }
}
