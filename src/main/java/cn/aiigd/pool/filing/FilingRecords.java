package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.filing.FilingMappers.FilingDirectionMapper;
import cn.aiigd.pool.filing.FilingMappers.FilingFileMapper;
import cn.aiigd.pool.filing.FilingMappers.FilingHistoryMapper;
import cn.aiigd.pool.filing.FilingMappers.FilingMapper;
import cn.aiigd.pool.review.ReviewDirectory;
import cn.aiigd.pool.supplier.SupplierDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads filings with their parts, and says what happens next to each. */
@Component
class FilingRecords {

    private final FilingMapper filings;
    private final FilingDirectionMapper directions;
    private final FilingFileMapper files;
    private final FilingHistoryMapper history;
    private final SupplierDirectory suppliers;
    private final ReviewDirectory review;
    private final Dictionaries dictionaries;
    private final Batches batches;

    FilingRecords(FilingMapper filings, FilingDirectionMapper directions, FilingFileMapper files,
                  FilingHistoryMapper history, SupplierDirectory suppliers, ReviewDirectory review,
                  Dictionaries dictionaries, Batches batches) {
        this.filings = filings;
        this.directions = directions;
        this.files = files;
        this.history = history;
        this.suppliers = suppliers;
        this.review = review;
        this.dictionaries = dictionaries;
        this.batches = batches;
    }

    Filing require(long id) {
        Filing f = filings.selectById(id);
        if (f == null) {
            throw ApiException.notFound("申报不存在");
        }
        return f;
    }

    List<String> directionCodes(long filingId) {
        return directions.codes(filingId);
    }

    void replaceDirections(long filingId, List<String> codes) {
        directions.clear(filingId);
        for (String c : codes) {
            directions.add(filingId, c);
        }
    }

    List<FilingFile> files(long filingId) {
        return files.selectList(new LambdaQueryWrapper<FilingFile>().eq(FilingFile::getFilingId, filingId).orderByAsc(FilingFile::getId));
    }

    List<FilingView.HistoryView> history(long filingId) {
        return history.selectList(new LambdaQueryWrapper<FilingHistoryEntry>()
                        .eq(FilingHistoryEntry::getFilingId, filingId).orderByAsc(FilingHistoryEntry::getId))
                .stream().map(FilingView.HistoryView::of).toList();
    }

    FilingView view(Filing f) {
        var supplier = suppliers.summary(f.getSupplierId());
        Optional<ReviewDirectory.SessionInfo> session = review.session(f.getDefenseSessionId());
        Optional<ReviewDirectory.PublicityInfo> publicity = review.publicity(f.getPublicityId());
        FilingView.Defense defense = session.map(s -> new FilingView.Defense(s.id(), s.day(), f.getDefenseSlotStart(),
                f.getDefenseSlotEnd(), f.getDefenseOrder() == null ? 0 : f.getDefenseOrder(), s.venue(), s.address(),
                f.getDefenseResponse(), f.getDefenseResponseReason(), f.getDefenseOutcome())).orElse(null);
        Batch batch = batches.all().stream().filter(b -> b.id().equals(f.getBatchId())).findFirst().orElseThrow();
        String categoryName = dictionaries.categories().stream().filter(c -> c.code().equals(f.getCategoryCode()))
                .map(c -> c.name()).findFirst().orElse(f.getCategoryCode());
        NextStep next = f.getStatus() == FilingStatus.PUBLISHED && !review.isActiveMember(f.getSupplierId(), f.getCategoryCode())
                ? new NextStep("该类别已按动态管理机制调整出省资源池", null)
                : nextStep(f, batch, session.orElse(null), publicity.orElse(null));
        return new FilingView(f.getId(), f.getVersion(), f.getSupplierId(), supplier.companyName(),
                supplier.registrationCity(), f.getBatchId(), batch.name(), f.getCategoryCode(), categoryName,
                directionCodes(f.getId()), f.getProductName(), f.getDescription(), f.getOtItIntegration(),
                f.getGuangdongCases(), f.getIpSummary(), f.getStatus(), f.getStatus().label(), next.text(), next.by(),
                f.getLastReason(), defense, publicity.map(ReviewDirectory.PublicityInfo::startsOn).orElse(null),
                publicity.map(ReviewDirectory.PublicityInfo::endsOn).orElse(null), f.getPublishedOn(),
                files(f.getId()).stream().map(FilingView.FileView::of).toList(), f.getSubmittedAt(), f.getCreatedAt(),
                f.getUpdatedAt());
    }

    private record NextStep(String text, LocalDate by) {
    }

    private static NextStep nextStep(Filing f, Batch batch, ReviewDirectory.SessionInfo session,
                                     ReviewDirectory.PublicityInfo publicity) {
        LocalDate closes = batch.closesAt().toLocalDate();
        return switch (f.getStatus()) {
            case DRAFT -> new NextStep("完善信息并上传材料后提交；本批次申报截止", closes);
            case RETURNED -> new NextStep("按退回意见修改后重新提交", null);
            case SUBMITTED -> new NextStep("等待专家初步审核", null);
            case PRELIM_PASSED -> new NextStep("等待安排集中答辩，届时将通过电话、短信或邮件通知", null);
            case DEFENSE_INVITED -> session == null ? new NextStep("请确认是否参加答辩", null)
                    : new NextStep("请确认参加答辩：" + session.day() + " " + f.getDefenseSlotStart() + "，" + session.venue(), session.day());
            case DEFENSE_CONFIRMED -> session == null ? new NextStep("按时参加答辩", null)
                    : new NextStep("按时参加答辩：" + session.day() + " " + f.getDefenseSlotStart() + "，" + session.address(), session.day());
            case DEFENSE_DONE -> new NextStep("等待随机现场考察抽取及公示", null);
            case ONSITE_SELECTED -> new NextStep("已抽中现场考察，工作人员将联系安排", null);
            case ONSITE_DONE -> new NextStep("等待公示", null);
            case PUBLICITY -> new NextStep("公示中，公示期满无异议将正式发布", publicity == null ? null : publicity.endsOn());
            case OBJECTION -> new NextStep("公示期收到异议，工作人员核查中", null);
            case PUBLISHED -> new NextStep("已入选省资源池；名称、股权或业务方向重大变更请提交变更请示", null);
            case PRELIM_FAILED, DEFENSE_FAILED, ONSITE_FAILED, PUBLICITY_FAILED, WITHDRAWN -> new NextStep("本次申报已结束", null);
        };
    }
}
