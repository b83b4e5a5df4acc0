package cn.aiigd.pool.broadcast;

import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.filing.FilingStatus;
import cn.aiigd.pool.supplier.SupplierStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Who receives a broadcast. A mass send goes to every follower ({@code all}) or a WeChat tag; a
 * template or SMS broadcast to the suppliers matching every given criterion (registration city or
 * ALLIANCE for outside Guangdong, supplier status, a filing in a batch and/or at a stage, explicit ids),
 * or every reviewed supplier with {@code all}.
 */
public record Audience(Boolean all, Long tagId, String city, SupplierStatus supplierStatus, Long batchId, FilingStatus filingStatus,
                       List<Long> supplierIds) {

    static final int MAX_IDS = 5000;

    boolean everyone() {
        return Boolean.TRUE.equals(all);
    }

    boolean bySupplier() {
        return city != null || supplierStatus != null || batchId != null || filingStatus != null || supplierIds != null;
    }

    List<FieldProblem> problems(BroadcastKind kind) {
        List<FieldProblem> p = new ArrayList<>();
        if (kind == BroadcastKind.MASS) {
            if (everyone() == (tagId != null) || bySupplier()) {
                p.add(new FieldProblem("audience", "群发请选择“全部关注者”或一个微信标签（二选一）"));
            } else if (tagId != null && tagId <= 0) {
                p.add(new FieldProblem("audience.tagId", "微信标签编号应为正整数"));
            }
            return p;
        }
        if (tagId != null) {
            p.add(new FieldProblem("audience.tagId", "按微信标签发送只适用于群发"));
        }
        if (everyone() == bySupplier()) {
            p.add(new FieldProblem("audience", "请选择“全部已提交审核的供应商”，或按地市、状态、批次、阶段、指定供应商筛选（二选一）"));
        }
        if (supplierIds != null && (supplierIds.isEmpty() || supplierIds.size() > MAX_IDS)) {
            p.add(new FieldProblem("audience.supplierIds", "指定供应商时请选择 1–" + MAX_IDS + " 家"));
        }
        return p;
    }
}
