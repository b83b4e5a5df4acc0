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
}
