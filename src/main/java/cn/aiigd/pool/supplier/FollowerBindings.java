package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.pii.Masking;
import cn.aiigd.pool.common.validation.CreditCode;
import cn.aiigd.pool.notify.sms.SmsGateway;
import cn.aiigd.pool.notify.sms.SmsMessage;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.Mappers.SupplierBindingMapper;
import cn.aiigd.pool.supplier.Mappers.SupplierMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A follower binds to a supplier registered by someone else (a colleague, or a 2020 registrant)
 * by proving access to the contact mobile on record: the credit code, then a code sent by SMS.
 * Several colleagues may bind one supplier; one person may bind several. Staff can unbind.
 */
@Service
public class FollowerBindings {

    private static final Logger log = LoggerFactory.getLogger(FollowerBindings.class);

    private final SupplierMapper suppliers;
    private final SupplierBindingMapper bindings;
    private final BindingCodes codes;
    private final SmsGateway sms;
    private final SupplierReviews reviews;
    private final Clock clock;
    private final String signName;

    FollowerBindings(SupplierMapper suppliers, SupplierBindingMapper bindings, BindingCodes codes, SmsGateway sms,
                     SupplierReviews reviews, Clock clock, cn.aiigd.pool.notify.sms.AliyunSmsProperties smsProps) {
        this.suppliers = suppliers;
        this.bindings = bindings;
        this.codes = codes;
        this.sms = sms;
        this.reviews = reviews;
        this.clock = clock;
        this.signName = smsProps.signName();
    }

    /** Where the code went (masked) and how long it lasts. */
    public record CodeSent(String maskedMobile, long validSeconds, long resendAfterSeconds) {
    }

    /** The supplier just bound. */
    public record Bound(long supplierId, String companyName) {
    }

    public CodeSent sendCode(String openid, String creditCode) {
        codes.reserveFollowerAction(openid, "code", 5);
        Supplier s = requireBindable(openid, creditCode);
        String mobile = s.getContactMobile();
        if (mobile == null || mobile.isBlank()) {
            throw ApiException.conflict("该企业未登记联络员手机，无法发送验证码，请致电 020-83256806 由工作人员协助绑定。");
        }
        codes.reserveSend(mobile);
        String code = codes.issue(s.getId(), openid);
        String text = "【" + signName + "】您正在绑定“" + s.getCompanyName() + "”的申报微信，验证码" + code
                + "，5分钟内有效。如非本人操作，请忽略。";
        SmsGateway.Result r = sms.send(new SmsMessage(mobile, "binding-code", Map.of("code", code), text, null));
        if (!r.accepted()) {
            log.warn("Binding code to {} refused by the SMS platform: {}", Masking.mobile(mobile), r.code());
            codes.releaseGap(mobile);
            if ("isv.BUSINESS_LIMIT_CONTROL".equals(r.code()) || "Throttling.User".equals(r.code())) {
                throw new ApiException(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, "操作过于频繁",
                        "该手机号接收验证码过于频繁，请稍后再试。", List.of());
            }
            throw ApiException.conflict("短信发送失败，请稍后再试或致电 020-83256806。");
        }
        log.info("Binding code for supplier {} sent to {} for {}", s.getId(), Masking.mobile(mobile), Masking.openid(openid));
        return new CodeSent(Masking.mobile(mobile), BindingCodes.VALID.toSeconds(), BindingCodes.RESEND_AFTER.toSeconds());
    }

    public Bound bind(String openid, String creditCode, String code) {
        codes.reserveFollowerAction(openid, "try", 20);
        Supplier s = requireBindable(openid, creditCode);
        codes.verify(s.getId(), openid, code);
        try {
            bindings.bind(s.getId(), openid, "MEMBER", LocalDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            // A double tap: the first one bound it.
        }
        log.info("Follower {} bound to supplier {} by SMS code", Masking.openid(openid), s.getId());
        return new Bound(s.getId(), s.getCompanyName());
    }

    public List<String> unbind(StaffPrincipal staff, long supplierId, String openid) {
        reviews.requireVisible(staff, supplierId);
        if (bindings.unbind(supplierId, openid) == 0) {
            throw ApiException.notFound("该微信用户未绑定此供应商");
        }
        log.info("{} unbound follower {} from supplier {}", staff.username(), Masking.openid(openid), supplierId);
        return bindings.openids(supplierId).stream().map(Masking::openid).toList();
    }

    private Supplier requireBindable(String openid, String creditCode) {
        String cc = creditCode == null ? "" : creditCode.trim().toUpperCase(java.util.Locale.ROOT);
        String problem = CreditCode.problem(cc);
        if (problem != null) {
            throw ApiException.invalid("creditCode", problem);
        }
        Supplier s = suppliers.selectOne(new LambdaQueryWrapper<Supplier>().eq(Supplier::getCreditCode, cc));
        if (s == null || s.getStatus() == SupplierStatus.DRAFT && !bindings.isBound(s.getId(), openid)) {
            throw ApiException.notFound("未找到该统一社会信用代码的申报企业；如尚未注册，请点击“我要申报”先注册。");
        }
        if (bindings.isBound(s.getId(), openid)) {
            throw ApiException.conflict("您已绑定该企业，无须重复绑定。");
        }
        return s;
    }
}
