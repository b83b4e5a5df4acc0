package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.filing.FilingMappers.FilingMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff and the review stages do to filings. Review services set the stage's fields on a
 * {@link Filing} (slot, draw, publicity) and move it here; every move goes through the table.
 */
@Service
public class FilingWorkflow {

    private final FilingMapper filings;
    private final FilingRecords records;
    private final FilingTransitions transitions;

    FilingWorkflow(FilingMapper filings, FilingRecords records, FilingTransitions transitions) {
        this.filings = filings;
        this.records = records;
        this.transitions = transitions;
    }

    public Filing load(long id) {
        return records.require(id);
    }

    /** Loads every id or fails with 404 naming the missing ones; duplicates are refused. */
    public List<Filing> loadAll(Collection<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.invalid("filingIds", "请选择至少一个申报，编号不能为空");
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("filingIds", "申报编号重复");
        }
        List<Filing> found = filings.selectBatchIds(ids);
        if (found.size() != ids.size()) {
            List<Long> missing = new ArrayList<>(ids);
            missing.removeAll(found.stream().map(Filing::getId).toList());
            throw ApiException.notFound("申报不存在：" + missing);
        }
        return ids.stream().map(id -> found.stream().filter(f -> f.getId().equals(id)).findFirst().orElseThrow()).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void move(Filing f, FilingAction action, Actor actor, String reason) {
        transitions.move(f, action, actor, reason);
    }

    public FilingView view(Filing f) {
        return records.view(f);
    }

    public List<String> directions(long filingId) {
        return records.directionCodes(filingId);
    }

    public List<Filing> inBatch(long batchId, FilingStatus status) {
        return filings.selectList(new LambdaQueryWrapper<Filing>()
                .eq(Filing::getBatchId, batchId).eq(Filing::getStatus, status).orderByAsc(Filing::getId));
    }

    public List<Filing> inSession(long sessionId) {
        return filings.selectList(new LambdaQueryWrapper<Filing>()
                .eq(Filing::getDefenseSessionId, sessionId).orderByAsc(Filing::getDefenseOrder));
    }

    public List<Filing> inPublicity(long publicityId) {
        return filings.selectList(new LambdaQueryWrapper<Filing>()
                .eq(Filing::getPublicityId, publicityId).orderByAsc(Filing::getId));
    }

    /** Locks the filing row for the rest of the transaction (no plain read may come before it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Filing lock(long id) {
        Filing f = filings.selectOne(new LambdaQueryWrapper<Filing>().eq(Filing::getId, id).last("FOR UPDATE"));
        if (f == null) {
            throw ApiException.notFound("申报不存在");
        }
        return f;
    }

    /** Locks the batch row, serialising batch-wide operations such as the on-site draw. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockBatch(long batchId) {
        if (filings.lockBatch(batchId) == null) {
            throw ApiException.notFound("批次不存在");
        }
    }

    /** Frees the given filings' order numbers in a session, so a reassignment may swap them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseDefenseOrders(long sessionId, Collection<Long> filingIds) {
        filings.update(null, new com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper<Filing>()
                .set(Filing::getDefenseOrder, null)
                .eq(Filing::getDefenseSessionId, sessionId).in(Filing::getId, filingIds));
    }

    /** 初步审核, one filing or many: all move or none does. Rows are taken in id order, so two bulk requests cannot deadlock. */
    @Transactional
    public List<FilingView> prelim(Actor staff, List<Long> ids, boolean pass, String reason) {
        List<Filing> all = loadAll(ids).stream().sorted(java.util.Comparator.comparing(Filing::getId)).toList();
        for (Filing f : all) {
            transitions.move(f, pass ? FilingAction.PRELIM_PASS : FilingAction.PRELIM_FAIL, staff, reason);
        }
        return all.stream().map(records::view).toList();
    }

    @Transactional
    public FilingView returnForCorrection(Actor staff, long id, String reason, Integer expectedVersion) {
        Filing f = records.require(id);
        if (expectedVersion != null && !expectedVersion.equals(f.getVersion())) {
            throw ApiException.conflict("该申报已被他人处理或修改，请刷新后重试");
        }
        transitions.move(f, FilingAction.RETURN_FOR_CORRECTION, staff, reason);
        return records.view(f);
    }

    public List<FilingView.HistoryView> history(long id) {
        records.require(id);
        return records.history(id);
    }
}
