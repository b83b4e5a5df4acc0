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
 * session cookie is SameSite=Lax, and writes must come from the service's own origin, so a page on
 * another site cannot make a signed-in follower's browser post to the applicant API.
 */
public class ApplicantSessionFilter extends OncePerRequestFilter {

    public static final String OPENID = "pool.applicant.openid";
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** scheme://host[:port] of the service's pages: the only origin that may write with the session. */
    private final String ownOrigin;

    public ApplicantSessionFilter(String publicBaseUrl) {
        java.net.URI u = java.net.URI.create(publicBaseUrl);
        this.ownOrigin = u.getScheme() + "://" + u.getRawAuthority();
    }

    /**
     * SameSite=Lax keeps other sites' forms out, but sibling subdomains count as the same site: a
     * write carried by the session cookie must also come from our own pages (Origin, or the
     * browser's Sec-Fetch-Site), or it is not signed in.
     */
    private boolean fromOwnPages(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equalsIgnoreCase(ownOrigin);
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            HttpSession session = request.getSession(false);
            Object openid = session == null ? null : session.getAttribute(OPENID);
            if (openid instanceof String id && !id.isBlank() && fromOwnPages(request)) {
                var auth = new UsernamePasswordAuthenticationToken(new ApplicantPrincipal(id), null,
                        List.of(new SimpleGrantedAuthority("ROLE_APPLICANT")));
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
        }
        chain.doFilter(request, response);
    }
}
