package cn.aiigd.pool.staff.signin;

import cn.aiigd.pool.staff.StaffAccounts;
import cn.aiigd.pool.staff.StaffPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in as the member of staff whose console session it carries. The account is read
 * again on every request, so disabling or locking it ends its sessions at once. Only reads the
 * session: API calls with a header never get one, and nothing else is ever saved into it.
 */
public class StaffSessionFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;

    public StaffSessionFilter(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/staff/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext saved
                && saved.getAuthentication() != null && saved.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            try {
                StaffPrincipal current = accounts.loadUserByUsername(p.username());
                if (current.isEnabled() && current.isAccountNonLocked() && current.id() == p.id()) {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
                    SecurityContextHolder.setContext(context);
                } else {
                    session.invalidate();
                }
            } catch (UsernameNotFoundException e) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
