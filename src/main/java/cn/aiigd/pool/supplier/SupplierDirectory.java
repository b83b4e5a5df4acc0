package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.supplier.Mappers.SupplierBindingMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other features may know about a supplier, and the one lock they may take on it. */
@Service
public class SupplierDirectory {

    private final SupplierMapper suppliers;
    private final SupplierBindingMapper bindings;
    private final SupplierTransitions transitions;
    private final tools.jackson.databind.json.JsonMapper json;

    SupplierDirectory(SupplierMapper suppliers, SupplierBindingMapper bindings, SupplierTransitions transitions,
                      tools.jackson.databind.json.JsonMapper json) {
        this.suppliers = suppliers;
        this.bindings = bindings;
        this.transitions = transitions;
        this.json = json;
    }

    /** A supplier as other features see it: identity, place, status and who to tell. */
    public record SupplierSummary(long id, String companyName, String creditCode, SupplierStatus status,
                                  String registrationProvince, String registrationCity, String contactName,
                                  String contactMobile, String contactEmail, List<String> boundOpenids) {
    }

    public SupplierSummary summary(long id) {
        Supplier s = suppliers.selectById(id);
        if (s == null) {
            throw ApiException.notFound("供应商不存在");
        }
        return toSummary(s);
    }

    /** The supplier if bound to this follower; otherwise 404, as if it did not exist. */
    public SupplierSummary requireBound(String openid, long id) {
        Supplier s = suppliers.selectById(id);
        if (s == null || !bindings.isBound(id, openid)) {
            throw ApiException.notFound("供应商不存在");
        }
        return toSummary(s);
    }

    /** The supplier if this member of staff may see it (their city, or everything for the alliance). */
    public SupplierSummary requireVisible(cn.aiigd.pool.staff.StaffPrincipal staff, long id) {
        Supplier s = suppliers.selectById(id);
        if (s == null) {
            throw ApiException.notFound("供应商不存在");
        }
        if (!staff.canSee(s.getRegCityCode())) {
            throw ApiException.forbidden("该供应商不在您负责的地市范围内");
        }
        return toSummary(s);
    }

    /** Ids of suppliers registered in a Guangdong city, or outside Guangdong for {@code ALLIANCE}. */
    public List<Long> idsRegisteredIn(String cityOrAlliance) {
        LambdaQueryWrapper<Supplier> q = new LambdaQueryWrapper<Supplier>().select(Supplier::getId);
        if (cn.aiigd.pool.staff.StaffPrincipal.ALLIANCE_SCOPE.equals(cityOrAlliance)) {
            q.isNotNull(Supplier::getRegProvinceCode).ne(Supplier::getRegProvinceCode, cn.aiigd.pool.dictionary.Dictionaries.GUANGDONG);
        } else {
            q.eq(Supplier::getRegCityCode, cityOrAlliance);
        }
        return suppliers.selectList(q).stream().map(Supplier::getId).toList();
    }

    /**
     * Suppliers matching a broadcast's audience: registered in a city (or outside Guangdong for
     * ALLIANCE), at a status, among some ids; a null criterion does not filter. Drafts never match:
     * nobody has reviewed who they claim to be.
     */
    public List<SupplierSummary> matching(String cityOrAlliance, SupplierStatus status, java.util.Collection<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        LambdaQueryWrapper<Supplier> q = new LambdaQueryWrapper<Supplier>().ne(Supplier::getStatus, SupplierStatus.DRAFT);
        if (cn.aiigd.pool.staff.StaffPrincipal.ALLIANCE_SCOPE.equals(cityOrAlliance)) {
            q.isNotNull(Supplier::getRegProvinceCode).ne(Supplier::getRegProvinceCode, cn.aiigd.pool.dictionary.Dictionaries.GUANGDONG);
        } else if (cityOrAlliance != null) {
            q.eq(Supplier::getRegCityCode, cityOrAlliance);
        }
        if (status != null) {
            q.eq(Supplier::getStatus, status);
        }
        if (ids != null) {
            q.in(Supplier::getId, ids);
        }
        return suppliers.selectList(q.orderByAsc(Supplier::getId)).stream().map(this::toSummary).toList();
    }

    /** Whether any supplier is registered at all (the sandbox seeds its demo only into an empty database). */
    public boolean anyRegistered() {
        return suppliers.exists(new LambdaQueryWrapper<Supplier>());
    }

    public boolean isBound(String openid, long supplierId) {
        return bindings.isBound(supplierId, openid);
    }

    public List<Long> boundSupplierIds(String openid) {
        return bindings.supplierIds(openid);
    }

    /**
     * Locks the supplier row until the transaction ends, so that checks across several of its rows
     * elsewhere (e.g. "at most two live filings") cannot race.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SupplierSummary lock(long id) {
        Supplier s = suppliers.selectOne(new LambdaQueryWrapper<Supplier>().eq(Supplier::getId, id).last("FOR UPDATE"));
        if (s == null) {
            throw ApiException.notFound("供应商不存在");
        }
        return toSummary(s);
    }

    /** What a change request (变更请示) may change. */
    public enum ChangeKind {
        NAME("企业名称"), EQUITY("股权结构"), DIRECTION("业务方向");

        private final String label;

        ChangeKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Applies an approved change request to the supplier record; the history keeps the old and
     * the new value (通知 四（四）).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyChange(long supplierId, ChangeKind kind, String newValue, String staffUsername, String note) {
        Supplier s = suppliers.selectById(supplierId);
        if (s == null) {
            throw ApiException.notFound("供应商不存在");
        }
        String old = switch (kind) {
            case NAME -> s.getCompanyName();
            case EQUITY -> s.getEquityStructure();
            case DIRECTION -> s.getBusinessDirection();
        };
        switch (kind) {
            case NAME -> s.setCompanyName(newValue);
            case EQUITY -> s.setEquityStructure(newValue);
            case DIRECTION -> s.setBusinessDirection(newValue);
        }
        String detail = json.writeValueAsString(java.util.Map.of("field", kind.name(), "old", old == null ? "" : old, "new", newValue));
        transitions.move(s, SupplierAction.APPLY_CHANGE, cn.aiigd.pool.common.Actor.staff(staffUsername),
                kind.label() + "变更：" + (note == null ? "" : note), detail);
    }

    private SupplierSummary toSummary(Supplier s) {
        return new SupplierSummary(s.getId(), s.getCompanyName(), s.getCreditCode(), s.getStatus(), s.getRegProvinceCode(),
                s.getRegCityCode(), s.getContactName(), s.getContactMobile(), s.getContactEmail(), bindings.openids(s.getId()));
    }
}
