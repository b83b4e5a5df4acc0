package cn.aiigd.pool.supplier;

import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.Mappers.SupplierMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Basic reviews close to or past their deadline (submission + 5 working days), by review scope: what
 * the reviewers of each scope are reminded of.
 */
@Service
public class ReviewDeadlines {

    /** The items listed by name in a reminder; the counts cover all of them. */
    static final int LISTED = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final SupplierMapper suppliers;
    private final Dictionaries dictionaries;

    ReviewDeadlines(SupplierMapper suppliers, Dictionaries dictionaries) {
        this.suppliers = suppliers;
        this.dictionaries = dictionaries;
    }

    /** One scope's pending reviews due by the horizon: past due (before today) and due soon (today … horizon). */
    public record ScopeDeadlines(String scope, String scopeName, int overdue, int dueSoon, List<String> lines) {
    }

    public List<ScopeDeadlines> dueBy(LocalDate today, LocalDate horizon) {
        List<Supplier> rows = suppliers.selectList(new LambdaQueryWrapper<Supplier>()
                .eq(Supplier::getStatus, SupplierStatus.PENDING_REVIEW).isNotNull(Supplier::getReviewScope)
                .le(Supplier::getReviewDueOn, horizon)
                .orderByAsc(Supplier::getReviewScope).orderByAsc(Supplier::getReviewDueOn).orderByAsc(Supplier::getId));
        Map<String, List<Supplier>> byScope = new LinkedHashMap<>();
        rows.forEach(s -> byScope.computeIfAbsent(s.getReviewScope(), k -> new ArrayList<>()).add(s));
        List<ScopeDeadlines> out = new ArrayList<>();
        byScope.forEach((scope, items) -> {
            int overdue = (int) items.stream().filter(s -> s.getReviewDueOn().isBefore(today)).count();
            List<String> lines = new ArrayList<>();
            for (Supplier s : items.subList(0, Math.min(LISTED, items.size()))) {
                boolean late = s.getReviewDueOn().isBefore(today);
                lines.add((late ? "【已超期】" : "【即将到期】") + s.getCompanyName() + "，应于" + s.getReviewDueOn().format(DAY) + "前完成（编号 "
                        + s.getId() + "）");
            }
            if (items.size() > LISTED) {
                lines.add("……另有 " + (items.size() - LISTED) + " 项，请在管理后台查看");
            }
            out.add(new ScopeDeadlines(scope, scopeName(scope), overdue, items.size() - overdue, lines));
        });
        return out;
    }

    private String scopeName(String scope) {
        return StaffPrincipal.ALLIANCE_SCOPE.equals(scope) ? "省外注册企业（联盟审核）"
                : dictionaries.city(scope).map(c -> c.name()).orElse(scope);
    }
}
