package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.storage.Uploads;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.Mappers.SupplierFileMapper;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Qualification files of a supplier: checked and stored by {@link Uploads}, described here. */
@Service
public class SupplierFiles {

    static final int MAX_FILES_PER_SUPPLIER = 30;

    private final Mappers.SupplierMapper suppliers;
    private final SupplierFileMapper files;
    private final SupplierRegistrations registrations;
    private final SupplierReviews reviews;
    private final SupplierRecords records;
    private final Uploads uploads;
    private final Clock clock;

    SupplierFiles(Mappers.SupplierMapper suppliers, SupplierFileMapper files, SupplierRegistrations registrations, SupplierReviews reviews,
                  SupplierRecords records, Uploads uploads, Clock clock) {
        this.suppliers = suppliers;
        this.files = files;
        this.registrations = registrations;
        this.reviews = reviews;
        this.records = records;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** An open file ready to stream back. */
    public record Download(String name, String contentType, long size, InputStream content) {
    }

    @Transactional
    public SupplierView.FileView upload(String openid, long supplierId, FileKind kind, String originalName, byte[] content) {
        Supplier s = registrations.requireBound(openid, supplierId);
        if (!s.getStatus().isEditable()) {
            throw ApiException.conflict("当前状态为“" + s.getStatus().label() + "”，不能上传材料");
        }
        if (kind == null) {
            throw ApiException.invalid("kind", "请选择材料类型");
        }
        if (records.fileCount(supplierId) >= MAX_FILES_PER_SUPPLIER) {
            throw ApiException.conflict("每个供应商最多上传 " + MAX_FILES_PER_SUPPLIER + " 份材料，请先删除不需要的");
        }
        Uploads.Stored stored = uploads.accept(originalName, content);
        SupplierFile f = new SupplierFile();
        f.setSupplierId(supplierId);
        f.setKind(kind);
        f.record(stored, openid, LocalDateTime.now(clock));
        files.insert(f);
        touch(s);
        return SupplierView.FileView.of(f);
    }

    @Transactional
    public void delete(String openid, long supplierId, long fileId) {
        Supplier s = registrations.requireBound(openid, supplierId);
        if (!s.getStatus().isEditable()) {
            throw ApiException.conflict("当前状态为“" + s.getStatus().label() + "”，不能删除材料");
        }
        SupplierFile f = requireFile(supplierId, fileId);
        files.deleteById(f.getId());
        uploads.removeAfterCommit(f.getStorageKey());
        touch(s);
    }

    /** A file change is a change of the record: it bumps the version, so a submit racing it fails cleanly. */
    private void touch(Supplier s) {
        s.setUpdatedAt(LocalDateTime.now(clock));
        if (suppliers.updateById(s) == 0) {
            throw ApiException.conflict("该供应商信息已在别处被修改，请刷新后重试");
        }
    }

    public Download openForApplicant(String openid, long supplierId, long fileId) {
        registrations.requireBound(openid, supplierId);
        return open(requireFile(supplierId, fileId));
    }

    public Download openForStaff(StaffPrincipal staff, long supplierId, long fileId) {
        reviews.requireVisible(staff, supplierId);
        return open(requireFile(supplierId, fileId));
    }

    private Download open(SupplierFile f) {
        return new Download(f.getOriginalName(), f.getContentType(), f.getSizeBytes(), uploads.open(f.getStorageKey()));
    }

    private SupplierFile requireFile(long supplierId, long fileId) {
        SupplierFile f = files.selectById(fileId);
        if (f == null || f.getSupplierId() != supplierId) {
            throw ApiException.notFound("文件不存在");
        }
        return f;
    }
}
