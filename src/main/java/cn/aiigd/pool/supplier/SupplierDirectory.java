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

    SupplierDirectory(SupplierMapper suppliers, SupplierBindingMapper bindings) {
        this.suppliers = suppliers;
        this.bindings = bindings;
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

    private SupplierSummary toSummary(Supplier s) {
        return new SupplierSummary(s.getId(), s.getCompanyName(), s.getCreditCode(), s.getStatus(), s.getRegProvinceCode(),
                s.getRegCityCode(), s.getContactName(), s.getContactMobile(), s.getContactEmail(), bindings.openids(s.getId()));
    }
}
