package cn.aiigd.pool.common.storage;

import cn.aiigd.pool.common.error.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Accepts uploaded documents for every feature. Only PDF, JPG and PNG are taken, judged by their
 * bytes (Apache Tika) as well as their name, so a renamed executable is refused. Stored bytes whose
 * database row does not commit are removed again, and removed bytes go only once the removal commits.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final Map<String, String> TYPE_BY_EXTENSION = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    private final FileStorage storage;
    private final DataSize maxSize;
    private final Tika tika = new Tika();

    Uploads(FileStorage storage, @Value("${pool.files.max-size:10MB}") DataSize maxSize) {
        this.storage = storage;
        this.maxSize = maxSize;
    }

    /** A checked upload, stored under {@code storageKey}. */
    public record Stored(String name, String contentType, long size, String sha256, String storageKey) {
    }

    /** The bytes of a multipart upload (controllers hand them to {@link #accept}). */
    public static byte[] bytesOf(org.springframework.web.multipart.MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an upload", e);
        }
    }

    /**
     * Checks the file and stores it inside the caller's transaction. Errors name the field
     * {@code file} and say in Chinese what to do.
     */
    public Stored accept(String originalName, byte[] content) {
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
        return new Stored(name, detected, content.length, cn.aiigd.pool.common.crypto.Digests.sha256Hex(content), key);
    }

    /** Removes stored bytes once the caller's transaction commits the removal of their row. */
    public void removeAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeQuietly(key);
            }
        });
    }

    public java.io.InputStream open(String key) {
        try {
            return storage.open(key);
        } catch (IOException e) {
            throw new UncheckedIOException("stored file missing: " + key, e);
        }
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

}
