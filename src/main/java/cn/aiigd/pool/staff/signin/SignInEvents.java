package cn.aiigd.pool.staff.signin;

import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.staff.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords and records sign-in outcomes, whichever way staff authenticate (the
 * console's sign-in or HTTP Basic on the API): both go through Spring Security's events.
 */
@Component
class SignInEvents {

    private final LoginAttempts attempts;
    private final AuditTrail audit;

    SignInEvents(LoginAttempts attempts, AuditTrail audit) {
        this.attempts = attempts;
        this.audit = audit;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent e) {
        String name = e.getAuthentication().getName();
        boolean locked = attempts.failed(name);
        audit.record(name, "SIGN_IN", locked ? "LOCKED" : "FAILED", address(e.getAuthentication().getDetails()),
                locked ? "连续输错密码，账号锁定 " + attempts.lockMinutes() + " 分钟" : "密码错误或账号不存在");
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent e) {
        audit.record(e.getAuthentication().getName(), "SIGN_IN", "LOCKED", address(e.getAuthentication().getDetails()), "账号锁定中");
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent e) {
        if (e.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            attempts.succeeded(p.username());
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
