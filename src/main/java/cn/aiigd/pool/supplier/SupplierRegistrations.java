package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.common.validation.ContactRules;
import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.supplier.Mappers.SupplierBindingMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of supplier registration. Every call names the follower's openid, and a
 * supplier not bound to it is reported as not found, so ids cannot be probed.
 */
@Service
public class SupplierRegistrations {

    static final String CONSENT_BY_APPLICANT = "APPLICANT";
    static final String CONSENT_LEGACY_DEEMED = "LEGACY_DEEMED";

    private final SupplierMapper suppliers;
    private final SupplierBindingMapper bindings;
    private final SupplierRecords records;
    private final RegistrationRules rules;
    private final SupplierTransitions transitions;
    private final cn.aiigd.pool.review.ReviewDirectory review;
    private final cn.aiigd.pool.filing.FilingDirectory filingDirectory;
    private final Clock clock;

    SupplierRegistrations(SupplierMapper suppliers, SupplierBindingMapper bindings, SupplierRecords records,
                          RegistrationRules rules, SupplierTransitions transitions,
                          cn.aiigd.pool.review.ReviewDirectory review, cn.aiigd.pool.filing.FilingDirectory filingDirectory,
                          Clock clock) {
        this.review = review;
        this.filingDirectory = filingDirectory;
        this.suppliers = suppliers;
        this.bindings = bindings;
        this.records = records;
        this.rules = rules;
        this.transitions = transitions;
        this.clock = clock;
    }

    @Transactional
    public SupplierView create(String openid, SupplierForm form) {
        List<FieldProblem> problems = rules.checkFormat(form);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        requireCreditCodeFree(form.creditCode(), null);
        LocalDateTime now = LocalDateTime.now(clock);
        Supplier s = new Supplier();
        s.setStatus(SupplierStatus.DRAFT);
        s.setVersion(0);
        s.setCreatedAt(now);
        apply(form, s);
        s.setUpdatedAt(now);
        suppliers.insert(s);
        bindings.bind(s.getId(), openid, "OWNER", now);
        records.replaceIndustries(s.getId(), listOrEmpty(form.industries()));
        records.replaceCases(s.getId(), listOrEmpty(form.cases()));
        transitions.created(s, SupplierAction.CREATE, Actor.applicant(openid), null);
        return records.view(s);
    }

    @Transactional
    public SupplierView update(String openid, long id, SupplierForm form, Integer expectedVersion) {
        Supplier s = requireBound(openid, id);
        requireVersion(s, expectedVersion);
        if (!s.getStatus().isEditable()) {
            throw ApiException.conflict("当前状态为“" + s.getStatus().label() + "”，不能修改；被退回后方可修改");
        }
        List<FieldProblem> problems = rules.checkFormat(form);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        requireCreditCodeFree(form.creditCode(), s.getId());
        apply(form, s);
        s.setUpdatedAt(LocalDateTime.now(clock));
        if (suppliers.updateById(s) == 0) {
            throw ApiException.conflict("该供应商信息已在别处被修改，请刷新后重试");
        }
        records.replaceIndustries(s.getId(), listOrEmpty(form.industries()));
        records.replaceCases(s.getId(), listOrEmpty(form.cases()));
        return records.view(s);
    }

    @Transactional
    public SupplierView submit(String openid, long id) {
        Supplier s = requireBound(openid, id);
        if (s.getStatus().isEditable()) {
            List<FieldProblem> problems = rules.checkComplete(s, records.industryCodes(s), records.cases(id).size(),
                    (int) records.fileCount(id));
            if (!problems.isEmpty()) {
                throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "信息不完整",
                        "供应商认证信息尚不完整，请补充后再提交。", problems);
            }
        }
        transitions.move(s, SupplierAction.SUBMIT, Actor.applicant(openid), null);
        return records.view(s);
    }

    @Transactional
    public SupplierView withdraw(String openid, long id, String reason) {
        // Lock before any read, so a filing submitted at the same moment is either seen or waits.
        if (suppliers.selectOne(new LambdaQueryWrapper<Supplier>().eq(Supplier::getId, id).last("FOR UPDATE")) == null) {
            throw ApiException.notFound("供应商不存在");
        }
        Supplier s = requireBound(openid, id);
        // A member or a company under expert review cannot simply vanish: its filings and pool
        // membership would live on without an applicant behind them.
        if (review.hasActiveMembership(id)) {
            throw ApiException.conflict("贵单位已纳入省资源池，不能直接撤回；如需退出请致电 020-83256806 联系工作人员");
        }
        if (filingDirectory.activeFilings(id) > 0) {
            throw ApiException.conflict("贵单位尚有进行中的能力申报，请先撤回各项申报");
        }
        transitions.move(s, SupplierAction.WITHDRAW, Actor.applicant(openid), reason);
        return records.view(s);
    }

    @Transactional
    public SupplierView reopen(String openid, long id) {
        Supplier s = requireBound(openid, id);
        transitions.move(s, SupplierAction.REOPEN, Actor.applicant(openid), null);
        return records.view(s);
    }

    public List<SupplierView> mine(String openid) {
        return bindings.supplierIds(openid).stream().map(records::require).map(records::view).toList();
    }

    public SupplierView get(String openid, long id) {
        return records.view(requireBound(openid, id));
    }

    public List<SupplierView.HistoryView> history(String openid, long id) {
        requireBound(openid, id);
        return records.history(id).stream().map(SupplierView.HistoryView::forApplicant).toList();
    }

    /** The supplier if it is bound to this follower; otherwise 404, exactly as if it did not exist. */
    Supplier requireBound(String openid, long id) {
        Supplier s = suppliers.selectById(id);
        if (s == null || !bindings.isBound(id, openid)) {
            throw ApiException.notFound("供应商不存在");
        }
        return s;
    }

    private static void requireVersion(Supplier s, Integer expected) {
        if (expected != null && !expected.equals(s.getVersion())) {
            throw ApiException.conflict("该供应商信息已在别处被修改，请刷新后重试");
        }
    }

    private void requireCreditCodeFree(String creditCode, Long exceptId) {
        boolean taken = suppliers.exists(new LambdaQueryWrapper<Supplier>()
                .eq(Supplier::getCreditCode, creditCode)
                .ne(exceptId != null, Supplier::getId, exceptId));
        if (taken) {
            throw ApiException.conflict("creditCode",
                    "该统一社会信用代码已注册为供应商。如为本单位往期注册，请致电 020-83256806，由工作人员核实后为您绑定");
        }
    }

    private void apply(SupplierForm f, Supplier s) {
        s.setCompanyName(f.companyName().trim());
        s.setCreditCode(f.creditCode());
        String province = trimToNull(f.registrationProvince());
        s.setRegProvinceCode(province);
        s.setRegCityCode(Dictionaries.GUANGDONG.equals(province) ? trimToNull(f.registrationCity()) : null);
        s.setLegalRepresentative(trimToNull(f.legalRepresentative()));
        s.setFoundedOn(f.foundedOn());
        s.setCoversGuangdong(Boolean.TRUE.equals(f.coversGuangdong()));
        s.setTeamInGuangdong(trimToNull(f.teamInGuangdong()));
        s.setIpSummary(trimToNull(f.ipSummary()));
        s.setAllIndustries(f.industries() != null && f.industries().contains(Dictionaries.ALL_INDUSTRIES));
        s.setContactName(trimToNull(f.contactName()));
        String mobile = trimToNull(f.contactMobile());
        s.setContactMobile(mobile == null ? null : ContactRules.normalizeMobile(mobile));
        s.setContactEmail(trimToNull(f.contactEmail()));
        boolean deemed = CONSENT_LEGACY_DEEMED.equals(s.getConsentBasis());
        // Legacy registrants are bound by the commitments until they withdraw (通知 一（一）); a form that
        // says nothing about consent leaves that standing.
        if (!(deemed && f.consentCommitments() == null && f.consentPrivacy() == null)) {
            s.setConsentCommitments(Boolean.TRUE.equals(f.consentCommitments()));
            s.setConsentPrivacy(Boolean.TRUE.equals(f.consentPrivacy()));
            s.setConsentBasis(s.isConsentCommitments() && s.isConsentPrivacy() ? CONSENT_BY_APPLICANT : null);
        }
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
