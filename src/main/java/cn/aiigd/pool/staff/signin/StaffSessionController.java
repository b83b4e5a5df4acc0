package cn.aiigd.pool.staff.signin;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.staff.StaffAccounts;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.staff.audit.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's sign-in: a session in Redis (Spring Session) instead of a password on every request.
 * Writes made with that session must carry the session's CSRF token in {@code X-CSRF-TOKEN}; the
 * token comes with the sign-in and with {@code GET /api/staff/session}. Five wrong passwords lock the
 * account for a while (also for HTTP Basic).
 */
@RestController
@RequestMapping("/api/staff/session")
@Tag(name = "工作人员登录", description = "管理后台登录会话：登录、当前会话（含 CSRF 令牌）、退出")
class StaffSessionController {

    private final ProviderManager authentication;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfTokenRepository csrfTokens;
    private final LoginAttempts attempts;
    private final AuditTrail audit;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    StaffSessionController(StaffAccounts accounts, PasswordEncoder passwords, AuthenticationEventPublisher events,
                           CsrfTokenRepository csrfTokens, LoginAttempts attempts, AuditTrail audit) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        this.authentication = new ProviderManager(provider);
        this.authentication.setAuthenticationEventPublisher(events);
        this.csrfTokens = csrfTokens;
        this.attempts = attempts;
        this.audit = audit;
    }

    record SignIn(String username, String password) {
    }

    /** Who is signed in, and the token their writes must carry. */
    record Session(String username, String displayName, StaffRole role, String cityCode, String csrfToken) {
    }

    @PostMapping
    @Operation(summary = "登录", description = "成功后返回会话 Cookie 和 CSRF 令牌；连续输错 5 次密码锁定 15 分钟。")
    Session signIn(@RequestBody(required = false) SignIn body, HttpServletRequest request, HttpServletResponse response) {
        if (body == null || body.username() == null || body.username().isBlank() || body.password() == null || body.password().isEmpty()) {
            throw ApiException.invalid("username", "请填写用户名和密码");
        }
        Authentication result;
        try {
            var token = UsernamePasswordAuthenticationToken.unauthenticated(body.username().strip(), body.password());
            token.setDetails(details.buildDetails(request));
            result = authentication.authenticate(token);
        } catch (LockedException e) {
            throw ApiException.locked("连续输错密码次数过多，账号已锁定，请 " + attempts.lockMinutes() + " 分钟后再试或联系管理员");
        } catch (DisabledException e) {
            audit.record(body.username(), "SIGN_IN", "DISABLED", request.getRemoteAddr(), "账号已停用");
            throw ApiException.unauthorized("账号已停用，请联系管理员");
        } catch (BadCredentialsException e) {
            if (attempts.isLocked(body.username().strip())) {
                throw ApiException.locked("连续输错密码次数过多，账号已锁定，请 " + attempts.lockMinutes() + " 分钟后再试或联系管理员");
            }
            throw ApiException.unauthorized("用户名或密码错误");
        } catch (AuthenticationException e) {
            throw ApiException.unauthorized("用户名或密码错误");
        }
        // A new session id at sign-in: a session id planted before it is worth nothing after.
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        CsrfToken csrf = csrfTokens.generateToken(request);
        csrfTokens.saveToken(csrf, request, response);
        StaffPrincipal p = (StaffPrincipal) result.getPrincipal();
        audit.record(p.username(), "SIGN_IN", "OK", request.getRemoteAddr(), null);
        return new Session(p.username(), p.displayName(), p.role(), p.cityCode(), csrf.getToken());
    }

    @GetMapping
    @Operation(summary = "当前会话", description = "含本会话的 CSRF 令牌（修改类请求放在 X-CSRF-TOKEN 请求头）。")
    Session current(@AuthenticationPrincipal StaffPrincipal me, HttpServletRequest request, HttpServletResponse response) {
        CsrfToken csrf = csrfTokens.loadToken(request);
        if (csrf == null) {
            csrf = csrfTokens.generateToken(request);
            csrfTokens.saveToken(csrf, request, response);
        }
        return new Session(me.username(), me.displayName(), me.role(), me.cityCode(), csrf.getToken());
    }

    @DeleteMapping
    @Operation(summary = "退出登录")
    void signOut(@AuthenticationPrincipal StaffPrincipal me, HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        if (s != null) {
            s.invalidate();
        }
        SecurityContextHolder.clearContext();
        audit.record(me.username(), "SIGN_OUT", "OK", request.getRemoteAddr(), null);
    }
}
