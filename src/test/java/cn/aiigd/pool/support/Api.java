package cn.aiigd.pool.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import cn.aiigd.pool.common.validation.CreditCode;
import cn.aiigd.pool.staff.StaffAccounts;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.supplier.SupplierForm;
import cn.aiigd.pool.wechat.signin.ApplicantSessions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data and identities, made through the service's own front doors: applicants get a real
 * session from {@link ApplicantSessions}, staff a real account from {@link StaffAccounts}.
 */
@TestComponent
public class Api {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final ApplicantSessions sessions;
    private final StaffAccounts staffAccounts;
    private final JsonMapper json;

    public Api(ApplicantSessions sessions, StaffAccounts staffAccounts, JsonMapper json) {
        this.sessions = sessions;
        this.staffAccounts = staffAccounts;
        this.json = json;
    }

    /** A follower signed in through the applicant-session seam. */
    public record Applicant(String openid, String token) {
        public RequestPostProcessor auth() {
            return req -> {
                req.addHeader("Authorization", "Bearer " + token);
                return req;
            };
        }
    }

    /** A member of staff with a real account. */
    public record Staff(String username, String password) {
        public RequestPostProcessor auth() {
            return httpBasic(username, password);
        }
    }

    public Applicant applicant() {
        String openid = "oTest" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return new Applicant(openid, sessions.open(openid));
    }

    public Staff staff(StaffRole role, String cityCode) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        staffAccounts.create(new StaffAccounts.NewStaff(username, "测试" + role.name(), role, cityCode, password));
        return new Staff(username, password);
    }

    /** A fresh, valid credit code registered in Guangzhou (division 440101, positions 3–8). */
    public static String creditCode() {
        return creditCodeIn("440101");
    }

    /** A fresh, valid credit code whose registering authority is in {@code division}. */
    public static String creditCodeIn(String division) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder("91").append(division);
        for (int i = 0; i < 9; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }

    /** A registration that satisfies every rule of the notice. */
    public static SupplierForm completeForm(String creditCode, String province, String city) {
        return new SupplierForm("广东测试工业互联网科技有限公司", creditCode, province, city, "张三",
                java.time.LocalDate.of(2015, 6, 1), true, "广州、深圳设有 40 人的实施与运维团队",
                "拥有发明专利 3 项、软件著作权 12 项", List.of("29", "39"),
                List.of(new SupplierForm.CaseForm("佛山某注塑企业", "29", 2020, "注塑车间设备联网与能耗管理")),
                "李四", "13800001234", "contact@example.com", true, true);
    }

    /** The form with another contact mobile. */
    public static SupplierForm withContactMobile(SupplierForm f, String mobile) {
        return new SupplierForm(f.companyName(), f.creditCode(), f.registrationProvince(), f.registrationCity(), f.legalRepresentative(),
                f.foundedOn(), f.coversGuangdong(), f.teamInGuangdong(), f.ipSummary(), f.industries(), f.cases(), f.contactName(),
                mobile, f.contactEmail(), f.consentCommitments(), f.consentPrivacy());
    }

    /** A fresh, valid mainland mobile number (139 + 8 random digits), so that tests do not share one. */
    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public String write(Object o) {
        return json.writeValueAsString(o);
    }

    public JsonNode read(String s) {
        return json.readTree(s);
    }
}
