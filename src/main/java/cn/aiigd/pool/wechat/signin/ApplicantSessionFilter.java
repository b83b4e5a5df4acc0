package cn.aiigd.pool.wechat.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The H5 pages' identity: the openid WeChat sign-in put into the (Redis-backed) session. The
 * session cookie is SameSite=Lax, so a page on another site cannot make a signed-in follower's
 * browser post to the applicant API.
 */
public class ApplicantSessionFilter extends OncePerRequestFilter {

    public static final String OPENID = "pool.applicant.openid";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            HttpSession session = request.getSession(false);
            Object openid = session == null ? null : session.getAttribute(OPENID);
            if (openid instanceof String id && !id.isBlank()) {
                var auth = new UsernamePasswordAuthenticationToken(new ApplicantPrincipal(id), null,
                        List.of(new SimpleGrantedAuthority("ROLE_APPLICANT")));
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
        }
        chain.doFilter(request, response);
    }
}
