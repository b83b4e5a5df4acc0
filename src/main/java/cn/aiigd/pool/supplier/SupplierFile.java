package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.storage.StoredFileRecord;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Metadata of an uploaded qualification file; the bytes live in {@code FileStorage}. */
@TableName("supplier_file")
public class SupplierFile extends StoredFileRecord {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long supplierId;
    private FileKind kind;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public FileKind getKind() { return kind; }
    public void setKind(FileKind kind) { this.kind = kind; }
}
