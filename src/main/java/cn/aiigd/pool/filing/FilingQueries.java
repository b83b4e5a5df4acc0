package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.filing.FilingMappers.FilingDirectionMapper;
import cn.aiigd.pool.filing.FilingMappers.FilingMapper;
import cn.aiigd.pool.supplier.SupplierDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Staff queues: filings per stage with filters and a count for every stage. */
@Service
public class FilingQueries {

    static final int MAX_PAGE_SIZE = 100;

    private final FilingMapper filings;
    private final FilingDirectionMapper directions;
    private final FilingRecords records;
    private final SupplierDirectory suppliers;

    FilingQueries(FilingMapper filings, FilingDirectionMapper directions, FilingRecords records, SupplierDirectory suppliers) {
        this.filings = filings;
        this.directions = directions;
        this.records = records;
        this.suppliers = suppliers;
    }

    /** Filters of the queue; every one optional. {@code city} is a city code or ALLIANCE (outside Guangdong). */
    public record Filter(Long batch, String category, String direction, String city, FilingStatus status) {
    }

    /** A page of filings and how many match the other filters at each stage. */
    public record Page(Map<FilingStatus, Long> counts, long total, int page, int size, List<FilingView> items) {
    }

    public Page find(Filter filter, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalid("size", "页码从 1 开始，每页 1–" + MAX_PAGE_SIZE + " 条");
        }
        LambdaQueryWrapper<Filing> q = new LambdaQueryWrapper<Filing>()
                .eq(filter.batch() != null, Filing::getBatchId, filter.batch())
                .eq(filter.category() != null && !filter.category().isBlank(), Filing::getCategoryCode, filter.category());
        if (filter.direction() != null && !filter.direction().isBlank()) {
            List<Long> ids = directions.filingsWith(filter.direction());
            q.in(!ids.isEmpty(), Filing::getId, ids).apply(ids.isEmpty(), "1 = 0");
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            List<Long> ids = suppliers.idsRegisteredIn(filter.city());
            q.in(!ids.isEmpty(), Filing::getSupplierId, ids).apply(ids.isEmpty(), "1 = 0");
        }
        List<Filing> all = filings.selectList(q.orderByAsc(Filing::getSubmittedAt).orderByAsc(Filing::getId));
        Map<FilingStatus, Long> counts = new EnumMap<>(FilingStatus.class);
        for (FilingStatus s : FilingStatus.values()) {
            counts.put(s, all.stream().filter(f -> f.getStatus() == s).count());
        }
        List<Filing> matching = filter.status() == null ? all : all.stream().filter(f -> f.getStatus() == filter.status()).toList();
        List<FilingView> items = matching.stream().skip((long) (page - 1) * size).limit(size).map(records::view).toList();
        return new Page(counts, matching.size(), page, size, items);
    }
}
