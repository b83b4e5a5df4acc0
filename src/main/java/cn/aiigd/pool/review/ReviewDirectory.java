package cn.aiigd.pool.review;

import cn.aiigd.pool.review.ReviewMappers.DefenseSessionMapper;
import cn.aiigd.pool.review.ReviewMappers.MembershipMapper;
import cn.aiigd.pool.review.ReviewMappers.PublicityMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Read-only facts of the review stages that the filing feature shows and checks. It depends on
 * nothing but its mappers, so the filing feature can use it while review services use filings.
 */
@Service
public class ReviewDirectory {

    private final DefenseSessionMapper sessions;
    private final PublicityMapper publicities;
    private final MembershipMapper memberships;

    ReviewDirectory(DefenseSessionMapper sessions, PublicityMapper publicities, MembershipMapper memberships) {
        this.sessions = sessions;
        this.publicities = publicities;
        this.memberships = memberships;
    }

    /** Where and when a defense session takes place. */
    public record SessionInfo(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, String venue, String address) {
    }

    /** A publicity period. */
    public record PublicityInfo(long id, LocalDate startsOn, LocalDate endsOn) {
    }

    public Optional<SessionInfo> session(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        DefenseSession s = sessions.selectById(id);
        return Optional.ofNullable(s).map(x -> new SessionInfo(x.getId(), x.getDay(), x.getStartsAt(), x.getEndsAt(),
                x.getVenue(), x.getAddress()));
    }

    public Optional<PublicityInfo> publicity(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        Publicity p = publicities.selectById(id);
        return Optional.ofNullable(p).map(x -> new PublicityInfo(x.getId(), x.getStartsOn(), x.getEndsOn()));
    }

    /** Is the supplier an active member of the pool in this category? (通知 一（二）: no need to re-apply.) */
    public boolean isActiveMember(long supplierId, String categoryCode) {
        return memberships.exists(new LambdaQueryWrapper<Membership>()
                .eq(Membership::getSupplierId, supplierId)
                .eq(Membership::getCategoryCode, categoryCode)
                .eq(Membership::getStatus, Membership.Status.ACTIVE));
    }

    public boolean hasActiveMembership(long supplierId) {
        return memberships.exists(new LambdaQueryWrapper<Membership>()
                .eq(Membership::getSupplierId, supplierId)
                .eq(Membership::getStatus, Membership.Status.ACTIVE));
    }
}
