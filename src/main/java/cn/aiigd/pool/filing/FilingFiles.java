package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.storage.Uploads;
import cn.aiigd.pool.filing.FilingMappers.FilingFileMapper;
import cn.aiigd.pool.filing.FilingMappers.FilingMapper;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supporting files of a filing, editable while the filing is. */
@Service
public class FilingFiles {

    static final int MAX_FILES = 30;

    private final FilingMapper filings;
    private final FilingFileMapper files;
    private final FilingRegistrations registrations;
    private final Uploads uploads;
    private final Clock clock;

    FilingFiles(FilingMapper filings, FilingFileMapper files, FilingRegistrations registrations, Uploads uploads, Clock clock) {
        this.filings = filings;
        this.files = files;
        this.registrations = registrations;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** An open file ready to stream back. */
    public record Download(String name, String contentType, long size, InputStream content) {
    }

    @Transactional
    public FilingView.FileView upload(String openid, long filingId, String originalName, byte[] content) {
        Filing f = registrations.requireOwn(openid, filingId);
        requireEditable(f);
        if (files.selectCount(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<FilingFile>()
                .eq(FilingFile::getFilingId, filingId)) >= MAX_FILES) {
            throw ApiException.conflict("每个申报最多上传 " + MAX_FILES + " 份材料");
        }
        Uploads.Stored stored = uploads.accept(originalName, content);
        FilingFile file = new FilingFile();
        file.setFilingId(filingId);
        file.record(stored, openid, LocalDateTime.now(clock));
        files.insert(file);
        touch(f);
        return FilingView.FileView.of(file);
    }

    @Transactional
    public void delete(String openid, long filingId, long fileId) {
        Filing f = registrations.requireOwn(openid, filingId);
        requireEditable(f);
        FilingFile file = requireFile(filingId, fileId);
        files.deleteById(file.getId());
        uploads.removeAfterCommit(file.getStorageKey());
        touch(f);
    }

    public Download openForApplicant(String openid, long filingId, long fileId) {
        registrations.requireOwn(openid, filingId);
        return open(requireFile(filingId, fileId));
    }

    public Download openForStaff(long filingId, long fileId) {
        return open(requireFile(filingId, fileId));
    }

    private Download open(FilingFile f) {
        return new Download(f.getOriginalName(), f.getContentType(), f.getSizeBytes(), uploads.open(f.getStorageKey()));
    }

    private FilingFile requireFile(long filingId, long fileId) {
        FilingFile f = files.selectById(fileId);
        if (f == null || f.getFilingId() != filingId) {
            throw ApiException.notFound("文件不存在");
        }
        return f;
    }

    private static void requireEditable(Filing f) {
        if (!f.getStatus().isEditable()) {
            throw ApiException.conflict("申报当前状态为“" + f.getStatus().label() + "”，不能修改材料");
        }
    }

    /** A file change bumps the filing's version, so a submit racing it fails cleanly. */
    private void touch(Filing f) {
        f.setUpdatedAt(LocalDateTime.now(clock));
        if (filings.updateById(f) == 0) {
            throw ApiException.conflict("该申报已在别处被修改，请刷新后重试");
        }
    }
}
