package cn.aiigd.pool.common.storage;

import java.time.LocalDateTime;

/**
 * The columns every uploaded-file row shares (supplier, filing and change-request files): what was
 * uploaded, by whom and when, and where {@link FileStorage} keeps the bytes. Subclasses add their id
 * and owner.
 */
public abstract class StoredFileRecord {

    private String originalName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    /** Records an upload that {@link Uploads#accept} checked and stored. */
    public void record(Uploads.Stored stored, String by, LocalDateTime at) {
        originalName = stored.name();
        contentType = stored.contentType();
        sizeBytes = stored.size();
        sha256 = stored.sha256();
        storageKey = stored.storageKey();
        uploadedBy = by;
        uploadedAt = at;
    }

    public String getOriginalName() { return originalName; }
    public void setOriginalName(String originalName) { this.originalName = originalName; }
    public String getContentType() { return contentType; }
    public void setContentType(String contentType) { this.contentType = contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public void setSizeBytes(long sizeBytes) { this.sizeBytes = sizeBytes; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public String getStorageKey() { return storageKey; }
    public void setStorageKey(String storageKey) { this.storageKey = storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public void setUploadedBy(String uploadedBy) { this.uploadedBy = uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
    public void setUploadedAt(LocalDateTime uploadedAt) { this.uploadedAt = uploadedAt; }
}
