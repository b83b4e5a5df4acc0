package cn.aiigd.pool.filing;

import cn.aiigd.pool.filing.FilingMappers.FilingMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

/**
 * Read-only facts about filings for features that the filing feature itself depends on (suppliers);
 * it uses nothing but its mapper, so no dependency cycle arises.
 */
@Service
public class FilingDirectory {

    private final FilingMapper filings;

    FilingDirectory(FilingMapper filings) {
        this.filings = filings;
    }

    /** Filings of the supplier under review: past the draft stage, not dead, not yet published (a locking read). */
    public long activeFilings(long supplierId) {
        return filings.selectList(new LambdaQueryWrapper<Filing>().eq(Filing::getSupplierId, supplierId).last("FOR UPDATE")).stream()
                .filter(f -> !f.getStatus().isDead() && f.getStatus() != FilingStatus.DRAFT && f.getStatus() != FilingStatus.PUBLISHED)
                .count();
    }

    /** Suppliers with a filing in this batch (any batch when null) at this stage (any live stage when null). */
    public java.util.Set<Long> supplierIdsWithFilings(Long batchId, FilingStatus status) {
        LambdaQueryWrapper<Filing> q = new LambdaQueryWrapper<Filing>().select(Filing::getSupplierId, Filing::getStatus);
        if (batchId != null) {
            q.eq(Filing::getBatchId, batchId);
        }
        if (status != null) {
            q.eq(Filing::getStatus, status);
        }
        return filings.selectList(q).stream().filter(f -> status != null || !f.getStatus().isDead()).map(Filing::getSupplierId)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
