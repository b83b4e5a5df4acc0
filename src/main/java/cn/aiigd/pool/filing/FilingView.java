package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.ActorType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** A filing as the applicant and staff see it, with what happens next and by when. */
public record FilingView(
        long id,
        int version,
        long supplierId,
        String companyName,
        String registrationCity,
        long batchId,
        String batchName,
        String category,
        String categoryName,
        List<String> directions,
        String productName,
        String description,
        String otItIntegration,
        String guangdongCases,
        String ipSummary,
        FilingStatus status,
        String statusLabel,
        String nextStep,
        LocalDate nextStepBy,
        String lastReason,
        Defense defense,
        LocalDate publicityStartsOn,
        LocalDate publicityEndsOn,
        LocalDate publishedOn,
        List<FileView> files,
        LocalDateTime submittedAt,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** The defense invitation: when, where, in which order, and the applicant's answer. */
    public record Defense(long sessionId, LocalDate day, LocalTime slotStart, LocalTime slotEnd, int order, String venue,
                          String address, String response, String responseReason, String outcome) {
    }

    /** An attached file's metadata. */
    public record FileView(long id, String name, String contentType, long sizeBytes, String sha256, LocalDateTime uploadedAt) {
        static FileView of(FilingFile f) {
            return new FileView(f.getId(), f.getOriginalName(), f.getContentType(), f.getSizeBytes(), f.getSha256(),
                    f.getUploadedAt());
        }
    }

    /** One move of the history. */
    public record HistoryView(FilingAction action, String actionLabel, FilingStatus from, FilingStatus to,
                              ActorType actorType, String actor, String reason, LocalDateTime at) {
        /** Applicants' openids masked: nobody reading a history needs one whole. */
        static HistoryView of(FilingHistoryEntry h) {
            String actor = h.getActorType() == cn.aiigd.pool.common.ActorType.APPLICANT ? cn.aiigd.pool.common.pii.Masking.openid(h.getActor())
                    : h.getActor();
            return new HistoryView(h.getAction(), h.getAction().label(), h.getFromStatus(), h.getToStatus(),
                    h.getActorType(), actor, h.getReason(), h.getAt());
        }
    }
}
