package cn.aiigd.pool.staff;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in member of staff and the reach of their role. Scopes are decided here, on the server,
 * whatever a page shows or hides.
 */
public record StaffPrincipal(long id, String username, String displayName, StaffRole role, String cityCode,
                             String passwordHash, boolean enabled, boolean locked) implements UserDetails {

    /** The review scope of suppliers registered outside Guangdong (incl. HK, Macau, Taiwan). */
    public static final String ALLIANCE_SCOPE = "ALLIANCE";

    /** May this person see suppliers registered in {@code regCityCode} (null = outside Guangdong)? */
    public boolean canSee(String regCityCode) {
        return switch (role) {
            case ADMIN, ALLIANCE_REVIEWER -> true;
            case CITY_REVIEWER -> cityCode != null && cityCode.equals(regCityCode);
        };
    }

    /** May this person decide an application waiting in {@code reviewScope} (a city code or ALLIANCE)? */
    public boolean canDecide(String reviewScope) {
        return switch (role) {
            case ADMIN -> true;
            case ALLIANCE_REVIEWER -> ALLIANCE_SCOPE.equals(reviewScope);
            case CITY_REVIEWER -> cityCode != null && cityCode.equals(reviewScope);
        };
    }

    public String actorName() {
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** Locked after repeated wrong passwords: refused before the password is compared. */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + role + (cityCode == null ? "" : ", " + cityCode) + "]";
    }
}
