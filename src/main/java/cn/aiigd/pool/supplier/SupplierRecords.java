package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.supplier.Mappers.SupplierCaseMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierFileMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierHistoryMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierIndustryMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads a supplier with its parts and writes the parts that a form replaces wholesale. */
@Component
class SupplierRecords {

    private final SupplierMapper suppliers;
    private final SupplierIndustryMapper industries;
    private final SupplierCaseMapper cases;
    private final SupplierFileMapper files;
    private final SupplierHistoryMapper history;

    SupplierRecords(SupplierMapper suppliers, SupplierIndustryMapper industries, SupplierCaseMapper cases,
                    SupplierFileMapper files, SupplierHistoryMapper history) {
        this.suppliers = suppliers;
        this.industries = industries;
        this.cases = cases;
        this.files = files;
        this.history = history;
    }

    Supplier require(long id) {
        Supplier s = suppliers.selectById(id);
        if (s == null) {
            throw ApiException.notFound("供应商不存在");
        }
        return s;
    }

    List<String> industryCodes(Supplier s) {
        return s.isAllIndustries() ? List.of(Dictionaries.ALL_INDUSTRIES) : industries.codes(s.getId());
    }

    List<SupplierCase> cases(long supplierId) {
        return cases.selectList(new LambdaQueryWrapper<SupplierCase>()
                .eq(SupplierCase::getSupplierId, supplierId).orderByAsc(SupplierCase::getSortOrder));
    }

    List<SupplierFile> files(long supplierId) {
        return files.selectList(new LambdaQueryWrapper<SupplierFile>()
                .eq(SupplierFile::getSupplierId, supplierId).orderByAsc(SupplierFile::getId));
    }

    long fileCount(long supplierId) {
        return files.selectCount(new LambdaQueryWrapper<SupplierFile>().eq(SupplierFile::getSupplierId, supplierId));
    }

    List<SupplierHistoryEntry> history(long supplierId) {
        return history.selectList(new LambdaQueryWrapper<SupplierHistoryEntry>()
                .eq(SupplierHistoryEntry::getSupplierId, supplierId).orderByAsc(SupplierHistoryEntry::getId));
    }

    void replaceIndustries(long supplierId, List<String> codes) {
        industries.clear(supplierId);
        for (String code : codes) {
            if (!Dictionaries.ALL_INDUSTRIES.equals(code)) {
                industries.add(supplierId, code);
            }
        }
    }

    void replaceCases(long supplierId, List<SupplierForm.CaseForm> forms) {
        cases.delete(new LambdaQueryWrapper<SupplierCase>().eq(SupplierCase::getSupplierId, supplierId));
        int order = 0;
        for (SupplierForm.CaseForm f : forms) {
            SupplierCase c = new SupplierCase();
            c.setSupplierId(supplierId);
            c.setSortOrder(order++);
            c.setCustomer(f.customer().trim());
            c.setIndustryCode(f.industry());
            c.setYear(f.year());
            c.setSummary(f.summary().trim());
            cases.insert(c);
        }
    }

    SupplierView view(Supplier s) {
        List<SupplierForm.CaseForm> caseForms = new ArrayList<>();
        for (SupplierCase c : cases(s.getId())) {
            caseForms.add(new SupplierForm.CaseForm(c.getCustomer(), c.getIndustryCode(), c.getYear(), c.getSummary()));
        }
        return new SupplierView(s.getId(), s.getVersion(), s.getStatus(), s.getStatus().label(), s.getCompanyName(),
                s.getCreditCode(), s.getRegProvinceCode(), s.getRegCityCode(), s.getLegalRepresentative(),
                s.getFoundedOn(), s.isCoversGuangdong(), s.getTeamInGuangdong(), s.getIpSummary(), s.getEquityStructure(), s.getBusinessDirection(), industryCodes(s),
                caseForms, s.getContactName(), s.getContactMobile(), s.getContactEmail(), s.isConsentCommitments(),
                s.isConsentPrivacy(), s.getConsentBasis(), files(s.getId()).stream().map(SupplierView.FileView::of).toList(),
                s.getReviewScope(), s.getSubmittedAt(), s.getReviewDueOn(), s.getLastReason(), s.getLegacyRegisteredOn(),
                s.isNeedsCompletion(), s.getCreatedAt(), s.getUpdatedAt());
    }
}
