package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.common.validation.ContactRules;
import cn.aiigd.pool.common.validation.CreditCode;
import cn.aiigd.pool.dictionary.Dictionaries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The notice's rules for a registration record (通知 二（一）, 四（五）). {@link #checkFormat} runs on
 * every save so a draft never holds a wrong value; {@link #checkComplete} runs on submit.
 */
@Component
class RegistrationRules {

    static final int MAX_INDUSTRIES = 3;
    static final int MAX_CASES = 20;

    private final Dictionaries dictionaries;
    private final Clock clock;

    RegistrationRules(Dictionaries dictionaries, Clock clock) {
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    List<FieldProblem> checkFormat(SupplierForm f) {
        List<FieldProblem> p = new ArrayList<>();
        if (blank(f.companyName())) {
            p.add(new FieldProblem("companyName", "请填写企业（单位）名称"));
        } else if (f.companyName().trim().length() > 100) {
            p.add(new FieldProblem("companyName", "企业名称不超过 100 字"));
        }
        String creditProblem = CreditCode.problem(f.creditCode());
        if (creditProblem != null) {
            p.add(new FieldProblem("creditCode", creditProblem));
        }
        checkRegistrationPlace(f, p);
        maxLength(p, "legalRepresentative", f.legalRepresentative(), 32, "法定代表人");
        if (f.foundedOn() != null && f.foundedOn().isAfter(LocalDate.now(clock))) {
            p.add(new FieldProblem("foundedOn", "成立日期不能晚于今天"));
        }
        maxLength(p, "teamInGuangdong", f.teamInGuangdong(), 1000, "团队情况");
        maxLength(p, "ipSummary", f.ipSummary(), 2000, "知识产权情况");
        checkIndustries(f.industries(), p);
        checkCases(f.cases(), p);
        maxLength(p, "contactName", f.contactName(), 32, "联络员姓名");
        if (!blank(f.contactMobile()) && !ContactRules.isMobile(f.contactMobile().trim())) {
            p.add(new FieldProblem("contactMobile", "请填写正确的 11 位手机号码"));
        }
        if (!blank(f.contactEmail()) && !ContactRules.isEmail(f.contactEmail().trim())) {
            p.add(new FieldProblem("contactEmail", "请填写正确的电子邮箱"));
        }
        return p;
    }

    List<FieldProblem> checkComplete(Supplier s, List<String> industries, int caseCount, int fileCount) {
        List<FieldProblem> p = new ArrayList<>();
        if (s.getRegProvinceCode() == null) {
            p.add(new FieldProblem("registrationProvince", "请选择注册地"));
        } else if (Dictionaries.GUANGDONG.equals(s.getRegProvinceCode()) && s.getRegCityCode() == null) {
            p.add(new FieldProblem("registrationCity", "广东省内注册的企业请选择注册所在地级以上市"));
        }
        required(p, "legalRepresentative", s.getLegalRepresentative(), "请填写法定代表人");
        if (s.getFoundedOn() == null) {
            p.add(new FieldProblem("foundedOn", "请填写成立日期"));
        }
        if (!s.isCoversGuangdong()) {
            p.add(new FieldProblem("coversGuangdong", "申报企业的业务覆盖范围或相关权限须能够覆盖或管理广东省全境"));
        }
        required(p, "teamInGuangdong", s.getTeamInGuangdong(), "请说明在广东省内的技术和服务团队");
        required(p, "ipSummary", s.getIpSummary(), "请填写自主知识产权和专利情况");
        if (!s.isAllIndustries() && industries.isEmpty()) {
            p.add(new FieldProblem("industries", "请选择 1–3 个服务行业（GB/T 4754-2011 制造业大类），或选择“全行业”"));
        }
        if (caseCount == 0) {
            p.add(new FieldProblem("cases", "请至少填写 1 个在广东省内已实施完成的工业应用实践案例"));
        }
        required(p, "contactName", s.getContactName(), "请填写联络员姓名");
        required(p, "contactMobile", s.getContactMobile(), "请填写联络员手机");
        required(p, "contactEmail", s.getContactEmail(), "请填写联络员邮箱");
        if (!s.isConsentCommitments()) {
            p.add(new FieldProblem("consentCommitments", "请阅读并同意申报承诺（信息真实、客观、完整）"));
        }
        if (!s.isConsentPrivacy()) {
            p.add(new FieldProblem("consentPrivacy", "请确认涉及第三方单位隐私信息的已事先征得其同意"));
        }
        if (fileCount == 0) {
            p.add(new FieldProblem("files", "请上传资质证明材料（至少 1 份，PDF/JPG/PNG）"));
        }
        return p;
    }

    private void checkRegistrationPlace(SupplierForm f, List<FieldProblem> p) {
        String province = f.registrationProvince();
        String city = f.registrationCity();
        if (blank(province)) {
            if (!blank(city)) {
                p.add(new FieldProblem("registrationProvince", "请先选择注册地所在省份"));
            }
            return;
        }
        if (dictionaries.province(province).isEmpty()) {
            p.add(new FieldProblem("registrationProvince", "未知的省级行政区代码：" + province));
            return;
        }
        if (Dictionaries.GUANGDONG.equals(province)) {
            if (!blank(city) && dictionaries.city(city).isEmpty()) {
                p.add(new FieldProblem("registrationCity", "未知的地市代码：" + city + "，请从广东省 21 个地级以上市中选择"));
                return;
            }
        } else if (!blank(city)) {
            p.add(new FieldProblem("registrationCity", "广东省外注册的企业无需选择地市"));
            return;
        }
        checkPlaceMatchesCreditCode(f.creditCode(), province, city, p);
    }

    /**
     * The registration place decides who reviews (通知 三（一）2), so it must agree with the
     * registering authority's division in the credit code (positions 3–8): a Guangzhou licence
     * cannot choose the alliance, nor another city. Codes issued at provincial level (440000) may
     * name any Guangdong city; codes from outside Guangdong are not second-guessed.
     */
    private void checkPlaceMatchesCreditCode(String creditCode, String province, String city, List<FieldProblem> p) {
        if (!CreditCode.isValid(creditCode)) {
            return;
        }
        String division = creditCode.substring(2, 8);
        if (!division.startsWith("44")) {
            return;
        }
        if (!Dictionaries.GUANGDONG.equals(province)) {
            p.add(new FieldProblem("registrationProvince", "统一社会信用代码显示登记机关在广东省，注册地请选择广东省及所在地市"));
            return;
        }
        String expectedCity = division.substring(0, 4) + "00";
        if (!blank(city) && !division.endsWith("0000") && !expectedCity.equals(city)) {
            dictionaries.city(expectedCity).ifPresent(c -> p.add(new FieldProblem("registrationCity",
                    "统一社会信用代码显示登记机关在" + c.name() + "，注册地请选择" + c.name())));
        }
    }

    private void checkIndustries(List<String> industries, List<FieldProblem> p) {
        if (industries == null || industries.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String code : industries) {
            if (!seen.add(code)) {
                p.add(new FieldProblem("industries", "服务行业重复：" + code));
                return;
            }
        }
        if (seen.contains(Dictionaries.ALL_INDUSTRIES)) {
            if (seen.size() > 1) {
                p.add(new FieldProblem("industries", "“全行业”不能与具体行业同时选择"));
            }
            return;
        }
        if (industries.size() > MAX_INDUSTRIES) {
            p.add(new FieldProblem("industries", "服务行业最多选择 3 个大类，当前 " + industries.size() + " 个；擅长跨行业的请选择“全行业”"));
            return;
        }
        for (String code : industries) {
            if (code == null || !dictionaries.isIndustry(code)) {
                p.add(new FieldProblem("industries", "未知的行业代码：" + code + "（应为 GB/T 4754-2011 制造业大类 13–43）"));
            }
        }
    }

    private void checkCases(List<SupplierForm.CaseForm> cases, List<FieldProblem> p) {
        if (cases == null) {
            return;
        }
        if (cases.size() > MAX_CASES) {
            p.add(new FieldProblem("cases", "案例最多填写 " + MAX_CASES + " 个"));
            return;
        }
        int thisYear = LocalDate.now(clock).getYear();
        for (int i = 0; i < cases.size(); i++) {
            SupplierForm.CaseForm c = cases.get(i);
            String at = "cases[" + i + "].";
            if (c == null) {
                p.add(new FieldProblem("cases[" + i + "]", "案例不能为空"));
                continue;
            }
            if (blank(c.customer()) || c.customer().length() > 100) {
                p.add(new FieldProblem(at + "customer", "请填写客户名称（不超过 100 字）"));
            }
            if (c.industry() == null || !dictionaries.isIndustry(c.industry())) {
                p.add(new FieldProblem(at + "industry", "请选择客户所属行业（GB/T 4754-2011 制造业大类）"));
            }
            if (c.year() == null || c.year() < 1990 || c.year() > thisYear) {
                p.add(new FieldProblem(at + "year", "完成年份应在 1990–" + thisYear + " 之间"));
            }
            if (blank(c.summary()) || c.summary().length() > 1000) {
                p.add(new FieldProblem(at + "summary", "请填写案例简介（不超过 1000 字）"));
            }
        }
    }

    private static void maxLength(List<FieldProblem> p, String field, String value, int max, String what) {
        if (value != null && value.trim().length() > max) {
            p.add(new FieldProblem(field, what + "不超过 " + max + " 字"));
        }
    }

    private static void required(List<FieldProblem> p, String field, String value, String message) {
        if (blank(value)) {
            p.add(new FieldProblem(field, message));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
