package cn.aiigd.pool.staff;

import cn.aiigd.pool.wechat.signin.ApplicantSessions;
import cn.aiigd.pool.wechat.signin.ApplicantTokenFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Who may call what. Staff authenticate with their account: HTTP Basic for API clients, or the
 * console's sign-in ({@code POST /api/staff/session}), whose session-cookie writes must carry the
 * session's CSRF token. Applicants use a WeChat-derived bearer token or the session WeChat sign-in
 * started; that cookie is SameSite=Lax and writes with it must come from our own origin
 * (ApplicantSessionFilter). Every staff write is audited (StaffAuditFilter).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The console session's CSRF token lives in its (Redis) session, and only there: a write without
     * a session never creates one just to hold a token (it is refused anyway).
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
        return new CsrfTokenRepository() {
            @Override
            public org.springframework.security.web.csrf.CsrfToken generateToken(jakarta.servlet.http.HttpServletRequest request) {
                return sessions.generateToken(request);
            }

            @Override
            public void saveToken(org.springframework.security.web.csrf.CsrfToken token, jakarta.servlet.http.HttpServletRequest request,
                                  jakarta.servlet.http.HttpServletResponse response) {
                if (request.getSession(false) != null) {
                    sessions.saveToken(token, request, response);
                }
            }

            @Override
            public org.springframework.security.web.csrf.CsrfToken loadToken(jakarta.servlet.http.HttpServletRequest request) {
                return sessions.loadToken(request);
            }
        };
    }

    /**
     * Writes need the session's CSRF token when they ride on the console's session cookie: a request
     * with an Authorization header (HTTP Basic, an applicant's bearer token) cannot be forged by
     * another site, and the sign-in itself has no session yet. Applicant writes with the WeChat
     * session are checked by origin instead (ApplicantSessionFilter).
     */
    static boolean needsCsrfToken(jakarta.servlet.http.HttpServletRequest r) {
        String m = r.getMethod();
        if ("GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m) || "TRACE".equals(m)) {
            return false;
        }
        String path = r.getRequestURI();
        // Without a session there is nothing to forge: such a request is simply not signed in (401).
        return path.startsWith("/api/staff/") && r.getHeader("Authorization") == null
                && !("POST".equals(m) && "/api/staff/session".equals(path)) && r.getSession(false) != null;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApplicantSessions sessions, CsrfTokenRepository csrfTokens, StaffAccounts staffAccounts,
                                    cn.aiigd.pool.staff.audit.AuditTrail audit,
                                    @org.springframework.beans.factory.annotation.Value("${pool.public-base-url:http://localhost:8080}") String publicBaseUrl)
            throws Exception {
        http
            .csrf(c -> c.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken)
                    // The sign-in rotates the session and its token itself; Spring's strategies would do it again
                    // on every request that StaffSessionFilter signs in from the session.
                    .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
            // No session is made for API calls; the console's sign-in makes one and StaffSessionFilter reads it.
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                    .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
            .addFilterAfter(new cn.aiigd.pool.staff.audit.StaffAuditFilter(audit), SecurityContextHolderFilter.class)
            .addFilterBefore(new ApplicantTokenFilter(sessions), BasicAuthenticationFilter.class)
            .addFilterAfter(new cn.aiigd.pool.wechat.signin.ApplicantSessionFilter(publicBaseUrl), ApplicantTokenFilter.class)
            .addFilterAfter(new cn.aiigd.pool.staff.signin.StaffSessionFilter(staffAccounts), cn.aiigd.pool.wechat.signin.ApplicantSessionFilter.class)
            .httpBasic(b -> b.realmName("pool-assistant").authenticationEntryPoint((req, res, e) ->
                    write(res, 401, "未登录", "请先登录后再操作。", basicChallenge(req))))
            .exceptionHandling(x -> x
                    .authenticationEntryPoint((req, res, e) ->
                            write(res, 401, "未登录", "请先登录后再操作。", basicChallenge(req)))
                    .accessDeniedHandler((req, res, e) -> write(res, 403, "无权操作",
                            e instanceof org.springframework.security.web.csrf.CsrfException
                                    ? "缺少或无效的 CSRF 令牌（X-CSRF-TOKEN），请刷新页面后重试。" : "您的账号无权进行此操作。", false)))
            .authorizeHttpRequests(a -> a
                    .requestMatchers("/api/public/**", "/api/dev/**").permitAll()
                    // WeChat's own requests (checked by signature) and the sign-in round trip.
                    .requestMatchers("/wx/portal/**", "/wx/oauth/**").permitAll()
                    // The applicant's pages (static; their data comes from /api/applicant with the session),
                    // and the sandbox, whose controllers exist only where pool.sandbox.enabled is set.
                    .requestMatchers("/h5", "/h5/**", "/favicon.ico").permitAll()
                    .requestMatchers("/sandbox", "/sandbox/**", "/api/sandbox/**").permitAll()
                    // The staff console's pages are static; everything they show comes from /api/staff with its rules.
                    .requestMatchers("/console", "/console/**").permitAll()
                    // Browser modules both of them import.
                    .requestMatchers("/shared/**").permitAll()
                    .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/staff/session").permitAll()
                    .requestMatchers("/api/staff/wechat/**", "/api/staff/recorded-messages", "/api/staff/audit-log").hasRole("ADMIN")
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                    .requestMatchers("/api/applicant/**").hasRole("APPLICANT")
                    .requestMatchers("/api/staff/accounts/**", "/api/staff/accounts", "/api/staff/holidays/**")
                        .hasRole("ADMIN")
                    .requestMatchers("/api/staff/legacy-registrants/**").hasAnyRole("ADMIN", "ALLIANCE_REVIEWER")
                    .requestMatchers("/api/staff/settings", "/api/staff/settings/**").hasRole("ADMIN")
                    .requestMatchers("/api/staff/policy/**").hasAnyRole("ADMIN", "ALLIANCE_REVIEWER")
                    // The expert review is the alliance's (通知 三（二）); city departments do the basic review only.
                    .requestMatchers("/api/staff/filings/**", "/api/staff/filings", "/api/staff/defense-sessions/**",
                            "/api/staff/defense-sessions", "/api/staff/onsite-draws/**", "/api/staff/onsite-draws",
                            "/api/staff/publicities/**", "/api/staff/publicities", "/api/staff/objections/**",
                            "/api/staff/memberships/**", "/api/staff/memberships", "/api/staff/change-requests/**",
                            "/api/staff/change-requests", "/api/staff/broadcasts", "/api/staff/broadcasts/**")
                        .hasAnyRole("ADMIN", "ALLIANCE_REVIEWER")
                    .requestMatchers("/api/staff/**").hasRole("STAFF")
                    .requestMatchers("/error").permitAll()
                    .anyRequest().denyAll());
        return http.build();
    }

    /**
     * API clients on /api/staff get the Basic challenge; the console's own calls (marked
     * X-Requested-With: XMLHttpRequest) do not, because a browser answers a challenge to a script's
     * request with its native password dialog instead of letting the page show its sign-in form.
     */
    private static boolean basicChallenge(jakarta.servlet.http.HttpServletRequest req) {
        return req.getRequestURI().startsWith("/api/staff") && !"XMLHttpRequest".equals(req.getHeader("X-Requested-With"));
    }

    private static void write(jakarta.servlet.http.HttpServletResponse res, int status, String title, String detail,
                              boolean basicChallenge) throws IOException {
        res.setStatus(status);
        if (basicChallenge) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"pool-assistant\", charset=\"UTF-8\"");
        }
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
