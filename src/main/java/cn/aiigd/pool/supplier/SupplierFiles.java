package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.storage.FileStorage;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.Mappers.SupplierFileMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Qualification files. Only PDF, JPG and PNG are taken, judged by their bytes (Apache Tika) as well
 * as their name, so a renamed executable is refused. Bytes go to {@link FileStorage}; the database
 * keeps the metadata and a SHA-256, and a file whose row does not commit is removed again.
 */
@Service
public class SupplierFiles {

    private static final Logger log = LoggerFactory.getLogger(SupplierFiles.class);
    private static final Map<String, String> TYPE_BY_EXTENSION = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");
    static final int MAX_FILES_PER_SUPPLIER = 30;

    private final SupplierFileMapper files;
    private final SupplierRegistrations registrations;
    private final SupplierReviews reviews;
    private final SupplierRecords records;
    private final FileStorage storage;
    private final Clock clock;
    private final DataSize maxSize;
    private final Tika tika = new Tika();

    SupplierFiles(SupplierFileMapper files, SupplierRegistrations registrations, SupplierReviews reviews,
                  SupplierRecords records, FileStorage storage, Clock clock,
                  @Value("${pool.files.max-size:10MB}") DataSize maxSize) {
        this.files = files;
        this.registrations = registrations;
        this.reviews = reviews;
        this.records = records;
        this.storage = storage;
        this.clock = clock;
        this.maxSize = maxSize;
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
        String name = cleanName(originalName);
        if (content.length == 0) {
            throw ApiException.invalid("file", "文件是空的，请重新选择");
        }
        if (content.length > maxSize.toBytes()) {
            throw ApiException.tooLarge("file", "文件不能超过 " + maxSize.toMegabytes() + " MB，当前约 "
                    + Math.max(1, content.length / (1024 * 1024)) + " MB");
        }
        String expected = TYPE_BY_EXTENSION.get(extension(name));
        if (expected == null) {
            throw ApiException.unsupportedMedia("file", "只能上传 PDF、JPG 或 PNG 文件");
        }
        String detected = tika.detect(content);
        if (!expected.equals(detected)) {
            throw ApiException.unsupportedMedia("file", "文件内容与扩展名不符（实际为 " + detected + "），只能上传 PDF、JPG 或 PNG 文件");
        }
        if (records.fileCount(supplierId) >= MAX_FILES_PER_SUPPLIER) {
            throw ApiException.conflict("每个供应商最多上传 " + MAX_FILES_PER_SUPPLIER + " 份材料，请先删除不需要的");
        }
        String key = store(content);
        SupplierFile f = new SupplierFile();
        f.setSupplierId(supplierId);
        f.setKind(kind);
        f.setOriginalName(name);
        f.setContentType(detected);
        f.setSizeBytes(content.length);
        f.setSha256(sha256(content));
        f.setStorageKey(key);
        f.setUploadedBy(openid);
        f.setUploadedAt(LocalDateTime.now(clock));
        files.insert(f);
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
        String key = f.getStorageKey();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeQuietly(key);
            }
        });
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
        try {
            return new Download(f.getOriginalName(), f.getContentType(), f.getSizeBytes(), storage.open(f.getStorageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("stored file missing for supplier_file " + f.getId(), e);
        }
    }

    private SupplierFile requireFile(long supplierId, long fileId) {
        SupplierFile f = files.selectById(fileId);
        if (f == null || f.getSupplierId() != supplierId) {
            throw ApiException.notFound("文件不存在");
        }
        return f;
    }

    /** Stores the bytes and arranges for them to be removed if the transaction does not commit. */
    private String store(byte[] content) {
        String key;
        try {
            key = storage.put(content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an upload", e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    removeQuietly(key);
                }
            }
        });
        return key;
    }

    private void removeQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException e) {
            log.warn("Could not remove stored file {}: {}", key, e.getMessage());
        }
    }

    private static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            throw ApiException.invalid("file", "文件名不能为空");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
