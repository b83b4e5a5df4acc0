package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.ActorType;
import cn.aiigd.pool.common.pii.Masking;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A supplier as the applicant and staff see it. */
public record SupplierView(
        long id,
        int version,
        SupplierStatus status,
        String statusLabel,
        String companyName,
        String creditCode,
        String registrationProvince,
        String registrationCity,
        String legalRepresentative,
        LocalDate foundedOn,
        boolean coversGuangdong,
        String teamInGuangdong,
        String ipSummary,
        String equityStructure,
        String businessDirection,
        List<String> industries,
        List<SupplierForm.CaseForm> cases,
        String contactName,
        String contactMobile,
        String contactEmail,
        boolean consentCommitments,
        boolean consentPrivacy,
        String consentBasis,
        List<FileView> files,
        String reviewScope,
        LocalDateTime submittedAt,
        LocalDate reviewDueOn,
        String lastReason,
        LocalDate legacyRegisteredOn,
        boolean needsCompletion,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** An uploaded file's metadata. */
    public record FileView(long id, FileKind kind, String kindLabel, String name, String contentType, long sizeBytes,
                           String sha256, LocalDateTime uploadedAt) {
        static FileView of(SupplierFile f) {
            return new FileView(f.getId(), f.getKind(), f.getKind().label(), f.getOriginalName(), f.getContentType(),
                    f.getSizeBytes(), f.getSha256(), f.getUploadedAt());
        }
    }

    /** One move of the history. */
    public record HistoryView(SupplierAction action, String actionLabel, SupplierStatus from, SupplierStatus to,
                              ActorType actorType, String actor, String reason, LocalDate dueOn, LocalDateTime at,
                              String detail) {
        /** As staff see it: account names of staff, applicants' openids masked (staff never need one whole). */
        static HistoryView of(SupplierHistoryEntry h) {
            String actor = h.getActorType() == ActorType.APPLICANT ? Masking.openid(h.getActor()) : h.getActor();
            return new HistoryView(h.getAction(), h.getAction().label(), h.getFromStatus(), h.getToStatus(),
                    h.getActorType(), actor, h.getReason(), h.getDueOn(), h.getAt(), h.getDetail());
        }

        /** As applicants see it: staff are "审核工作人员", never an account name; openids are masked. */
        static HistoryView forApplicant(SupplierHistoryEntry h) {
            String actor = h.getActorType() == ActorType.STAFF ? "审核工作人员" : Masking.openid(h.getActor());
            return new HistoryView(h.getAction(), h.getAction().label(), h.getFromStatus(), h.getToStatus(),
                    h.getActorType(), actor, h.getReason(), h.getDueOn(), h.getAt(), h.getDetail());
        }
    }
}
