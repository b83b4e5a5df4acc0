package cn.aiigd.pool.review;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.filing.Filing;
import cn.aiigd.pool.filing.FilingWorkflow;
import cn.aiigd.pool.review.ReviewMappers.MembershipMapper;
import cn.aiigd.pool.supplier.SupplierDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Pool membership (动态管理, 通知 四（二）): admission by publication, elimination by staff. */
@Service
public class Memberships {

    private final MembershipMapper memberships;
    private final FilingWorkflow filings;
    private final SupplierDirectory suppliers;
    private final Dictionaries dictionaries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Memberships(MembershipMapper memberships, FilingWorkflow filings, SupplierDirectory suppliers,
                Dictionaries dictionaries, ApplicationEventPublisher events, Clock clock) {
        this.memberships = memberships;
        this.filings = filings;
        this.suppliers = suppliers;
        this.dictionaries = dictionaries;
        this.events = events;
        this.clock = clock;
    }

    /** A member as the public list shows it. */
    public record PoolEntry(String companyName, String category, String categoryName, List<String> directions,
                            LocalDate publishedOn) {
    }

    /** A membership as staff see it. */
    public record MembershipView(long id, long supplierId, String companyName, String category, long filingId,
                                 Membership.Status status, LocalDate publishedOn, LocalDateTime eliminatedAt,
                                 String eliminatedBy, String eliminatedReason, int version) {
    }

    /** Published when a member is eliminated; carries what the notice needs. */
    public record MembershipEliminated(long membershipId, long supplierId, String companyName, String category,
                                       String reason, String contactName, String contactMobile, String contactEmail,
                                       List<String> boundOpenids, String actor, LocalDateTime at) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void admit(Filing f, LocalDate publishedOn) {
        Membership m = new Membership();
        m.setSupplierId(f.getSupplierId());
        m.setCategoryCode(f.getCategoryCode());
        m.setFilingId(f.getId());
        m.setStatus(Membership.Status.ACTIVE);
        m.setPublishedOn(publishedOn);
        m.setVersion(0);
        memberships.insert(m);
    }

    boolean isActiveMember(long supplierId, String category) {
        return memberships.exists(new LambdaQueryWrapper<Membership>().eq(Membership::getSupplierId, supplierId)
                .eq(Membership::getCategoryCode, category).eq(Membership::getStatus, Membership.Status.ACTIVE));
    }

    @Transactional
    public MembershipView eliminate(Actor staff, long id, String reason, Integer expectedVersion) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ApiException.invalid("reason", "请填写淘汰理由（不超过 500 字）");
        }
        Membership m = memberships.selectById(id);
        if (m == null) {
            throw ApiException.notFound("资源池成员不存在");
        }
        if (m.getStatus() != Membership.Status.ACTIVE) {
            throw ApiException.conflict("该成员已被淘汰");
        }
        if (expectedVersion != null && !expectedVersion.equals(m.getVersion())) {
            throw ApiException.conflict("该成员信息已被他人处理，请刷新后重试");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        m.setStatus(Membership.Status.ELIMINATED);
        m.setEliminatedAt(now);
        m.setEliminatedBy(staff.name());
        m.setEliminatedReason(reason.trim());
        if (memberships.updateById(m) == 0) {
            throw ApiException.conflict("该成员信息已被他人处理，请刷新后重试");
        }
        var s = suppliers.summary(m.getSupplierId());
        events.publishEvent(new MembershipEliminated(m.getId(), m.getSupplierId(), s.companyName(), m.getCategoryCode(),
                m.getEliminatedReason(), s.contactName(), s.contactMobile(), s.contactEmail(), s.boundOpenids(),
                staff.name(), now));
        return view(m);
    }

    public List<MembershipView> list(Membership.Status status) {
        return memberships.selectList(new LambdaQueryWrapper<Membership>()
                        .eq(status != null, Membership::getStatus, status).orderByAsc(Membership::getId))
                .stream().map(this::view).toList();
    }

    /** The published pool: active members only (counts per stage are not public). */
    public List<PoolEntry> publicList(String category) {
        return memberships.selectList(new LambdaQueryWrapper<Membership>()
                        .eq(Membership::getStatus, Membership.Status.ACTIVE)
                        .eq(category != null && !category.isBlank(), Membership::getCategoryCode, category)
                        .orderByDesc(Membership::getPublishedOn).orderByAsc(Membership::getId))
                .stream().map(m -> new PoolEntry(suppliers.summary(m.getSupplierId()).companyName(), m.getCategoryCode(),
                        categoryName(m.getCategoryCode()), filings.directions(m.getFilingId()), m.getPublishedOn()))
                .toList();
    }

    private String categoryName(String code) {
        return dictionaries.categories().stream().filter(c -> c.code().equals(code)).map(c -> c.name()).findFirst().orElse(code);
    }

    private MembershipView view(Membership m) {
        return new MembershipView(m.getId(), m.getSupplierId(), suppliers.summary(m.getSupplierId()).companyName(),
                m.getCategoryCode(), m.getFilingId(), m.getStatus(), m.getPublishedOn(), m.getEliminatedAt(),
                m.getEliminatedBy(), m.getEliminatedReason(), m.getVersion());
    }
}
