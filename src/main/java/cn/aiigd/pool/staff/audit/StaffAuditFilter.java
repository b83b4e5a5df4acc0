package cn.aiigd.pool.staff.audit;

import cn.aiigd.pool.staff.StaffPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every staff request that can change something (and every export) to the audit log after it
 * ran, with its outcome: refused and failed attempts are as telling as successful ones, so it sits
 * just inside the security context, before CSRF, authentication and authorization can refuse.
 */
public class StaffAuditFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditTrail audit;

    public StaffAuditFilter(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Who made the request: the signed-in member of staff, or, for a request refused before sign-in
     * was looked at (a missing CSRF token), the one whose console session it carried.
     */
    private static String actor(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
            return p.username();
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext c
                && c.getAuthentication() != null && c.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            return p.username();
        }
        return "(未登录)";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean export = path.contains("/export");
        // Sign-ins are recorded by the sign-in itself, with the name that was tried.
        return !path.startsWith("/api/staff/") || path.equals("/api/staff/session") || (READS.contains(request.getMethod()) && !export);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            String actor = actor(request);
            String query = request.getQueryString();
            audit.record(actor, request.getMethod() + " " + request.getRequestURI(), Integer.toString(response.getStatus()),
                    request.getRemoteAddr(), query == null ? null : "?" + query);
        }
    }
}
