package cn.aiigd.pool.review;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.storage.Uploads;
import cn.aiigd.pool.review.ReviewMappers.ChangeRequestFileMapper;
import cn.aiigd.pool.review.ReviewMappers.ChangeRequestMapper;
import cn.aiigd.pool.supplier.SupplierDirectory;
import cn.aiigd.pool.supplier.SupplierDirectory.ChangeKind;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 变更请示 (通知 四（四）): a pool member whose name, equity structure or business direction changes
 * materially files a request with supporting files; staff approve (the supplier record changes and
 * its history keeps the old value) or reject with a reason.
 */
@Service
public class ChangeRequests {

    private final ChangeRequestMapper requests;
    private final ChangeRequestFileMapper files;
    private final SupplierDirectory suppliers;
    private final ReviewDirectory review;
    private final Uploads uploads;
    private final Clock clock;

    ChangeRequests(ChangeRequestMapper requests, ChangeRequestFileMapper files, SupplierDirectory suppliers,
                   ReviewDirectory review, Uploads uploads, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.suppliers = suppliers;
        this.review = review;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** What the member asks to change. */
    public record NewChange(ChangeKind kind, String newValue, String explanation) {
    }

    /** A change request with its files. */
    public record ChangeView(long id, long supplierId, ChangeKind kind, String kindLabel, String newValue,
                             String explanation, ChangeRequest.Status status, LocalDateTime requestedAt,
                             LocalDateTime decidedAt, String decisionReason, List<FileRef> files, int version) {
    }

    /** A supporting file's id and name. */
    public record FileRef(long id, String name) {
    }

    @Transactional
    public ChangeView file(String openid, long supplierId, NewChange n) {
        suppliers.requireBound(openid, supplierId);
        // Serialises requests of one supplier, so "one pending request per kind" holds under races.
        suppliers.lock(supplierId);
        if (!review.hasActiveMembership(supplierId)) {
            throw ApiException.conflict("变更请示适用于已纳入省资源池的单位；贵单位尚无有效的资源池资格");
        }
        if (n.kind() == null) {
            throw ApiException.invalid("kind", "请选择变更类型：NAME 企业名称、EQUITY 股权结构、DIRECTION 业务方向");
        }
        int max = n.kind() == ChangeKind.NAME ? 100 : 500;
        if (n.newValue() == null || n.newValue().isBlank() || n.newValue().trim().length() > max) {
            throw ApiException.invalid("newValue", "请填写变更后的" + n.kind().label() + "（不超过 " + max + " 字）");
        }
        if (n.explanation() == null || n.explanation().isBlank() || n.explanation().length() > 1000) {
            throw ApiException.invalid("explanation", "请说明变更情况（不超过 1000 字）");
        }
        boolean pending = requests.selectCount(new LambdaQueryWrapper<ChangeRequest>()
                .eq(ChangeRequest::getSupplierId, supplierId).eq(ChangeRequest::getKind, n.kind())
                .eq(ChangeRequest::getStatus, ChangeRequest.Status.PENDING).last("FOR UPDATE")) > 0;
        if (pending) {
            throw ApiException.conflict("已有一份待审核的" + n.kind().label() + "变更请示");
        }
        ChangeRequest r = new ChangeRequest();
        r.setSupplierId(supplierId);
        r.setKind(n.kind());
        r.setNewValue(n.newValue().trim());
        r.setExplanation(n.explanation().trim());
        r.setStatus(ChangeRequest.Status.PENDING);
        r.setRequestedBy(openid);
        r.setRequestedAt(LocalDateTime.now(clock));
        r.setVersion(0);
        requests.insert(r);
        return view(r);
    }

    @Transactional
    public ChangeView attach(String openid, long requestId, String name, byte[] content) {
        ChangeRequest r = requireOwn(openid, requestId);
        if (r.getStatus() != ChangeRequest.Status.PENDING) {
            throw ApiException.conflict("变更请示已处理，不能再上传材料");
        }
        Uploads.Stored stored = uploads.accept(name, content);
        ChangeRequestFile f = new ChangeRequestFile();
        f.setChangeRequestId(requestId);
        f.record(stored, openid, LocalDateTime.now(clock));
        files.insert(f);
        return view(r);
    }

    public List<ChangeView> mine(String openid, long supplierId) {
        suppliers.requireBound(openid, supplierId);
        return requests.selectList(new LambdaQueryWrapper<ChangeRequest>().eq(ChangeRequest::getSupplierId, supplierId)
                .orderByAsc(ChangeRequest::getId)).stream().map(this::view).toList();
    }

    public List<ChangeView> list(ChangeRequest.Status status) {
        return requests.selectList(new LambdaQueryWrapper<ChangeRequest>().eq(status != null, ChangeRequest::getStatus, status)
                .orderByAsc(ChangeRequest::getId)).stream().map(this::view).toList();
    }

    @Transactional
    public ChangeView approve(Actor staff, long id, String note, Integer expectedVersion) {
        ChangeRequest r = requirePending(id);
        if (expectedVersion != null && !expectedVersion.equals(r.getVersion())) {
            throw ApiException.conflict("该变更请示已被他人处理，请刷新后重试");
        }
        if (files.selectCount(new LambdaQueryWrapper<ChangeRequestFile>().eq(ChangeRequestFile::getChangeRequestId, id)) == 0) {
            throw ApiException.conflict("变更请示缺少证明材料，请企业上传后再审核");
        }
        decide(r, ChangeRequest.Status.APPROVED, staff, note);
        suppliers.applyChange(r.getSupplierId(), r.getKind(), r.getNewValue(), staff.name(), note);
        return view(r);
    }

    @Transactional
    public ChangeView reject(Actor staff, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "请填写不予变更的理由");
        }
        ChangeRequest r = requirePending(id);
        decide(r, ChangeRequest.Status.REJECTED, staff, reason);
        return view(r);
    }

    private void decide(ChangeRequest r, ChangeRequest.Status status, Actor staff, String reason) {
        r.setStatus(status);
        r.setDecidedBy(staff.name());
        r.setDecidedAt(LocalDateTime.now(clock));
        r.setDecisionReason(reason == null || reason.isBlank() ? null : reason.trim());
        if (requests.updateById(r) == 0) {
            throw ApiException.conflict("该变更请示已被他人处理，请刷新后重试");
        }
    }

    /** A supporting file, for staff to check before deciding. */
    public record FileDownload(String name, String contentType, long size, java.io.InputStream content) {
    }

    public List<ChangeRequestFile> files(long requestId) {
        return files.selectList(new LambdaQueryWrapper<ChangeRequestFile>().eq(ChangeRequestFile::getChangeRequestId, requestId)
                .orderByAsc(ChangeRequestFile::getId));
    }

    public FileDownload openFile(long requestId, long fileId) {
        ChangeRequestFile f = files.selectById(fileId);
        if (f == null || f.getChangeRequestId() != requestId) {
            throw ApiException.notFound("文件不存在");
        }
        return new FileDownload(f.getOriginalName(), f.getContentType(), f.getSizeBytes(), uploads.open(f.getStorageKey()));
    }

    private ChangeRequest requirePending(long id) {
        ChangeRequest r = requests.selectById(id);
        if (r == null) {
            throw ApiException.notFound("变更请示不存在");
        }
        if (r.getStatus() != ChangeRequest.Status.PENDING) {
            throw ApiException.conflict("该变更请示已处理");
        }
        return r;
    }

    private ChangeRequest requireOwn(String openid, long id) {
        ChangeRequest r = requests.selectById(id);
        if (r == null || !suppliers.isBound(openid, r.getSupplierId())) {
            throw ApiException.notFound("变更请示不存在");
        }
        return r;
    }

    private ChangeView view(ChangeRequest r) {
        List<FileRef> names = files(r.getId()).stream().map(f -> new FileRef(f.getId(), f.getOriginalName())).toList();
        return new ChangeView(r.getId(), r.getSupplierId(), r.getKind(), r.getKind().label(), r.getNewValue(),
                r.getExplanation(), r.getStatus(), r.getRequestedAt(), r.getDecidedAt(), r.getDecisionReason(), names,
                r.getVersion());
    }
}
