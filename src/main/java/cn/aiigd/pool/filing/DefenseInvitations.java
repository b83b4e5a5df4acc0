package cn.aiigd.pool.filing;

import cn.aiigd.pool.filing.FilingMappers.FilingMapper;
import cn.aiigd.pool.review.ReviewDirectory;
import cn.aiigd.pool.supplier.SupplierDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Who is to defend on a given day: for the day-before reminders. */
@Service
public class DefenseInvitations {

    private final FilingMapper filings;
    private final ReviewDirectory review;
    private final SupplierDirectory suppliers;

    DefenseInvitations(FilingMapper filings, ReviewDirectory review, SupplierDirectory suppliers) {
        this.filings = filings;
        this.review = review;
        this.suppliers = suppliers;
    }

    /** One filing invited to defend: what its reminder needs. */
    public record Invitee(long filingId, long supplierId, String companyName, String productName, String categoryCode,
                          FilingMoved.Defense defense, String contactName, String contactMobile, String contactEmail,
                          List<String> boundOpenids) {
    }

    /** Invited or confirmed filings whose defense session is on this day (not those who declined or left). */
    public List<Invitee> on(LocalDate day) {
        List<Invitee> out = new ArrayList<>();
        for (Filing f : filings.selectList(new LambdaQueryWrapper<Filing>()
                .in(Filing::getStatus, FilingStatus.DEFENSE_INVITED, FilingStatus.DEFENSE_CONFIRMED).isNotNull(Filing::getDefenseSessionId))) {
            review.session(f.getDefenseSessionId()).filter(s -> s.day().equals(day)).ifPresent(s -> {
                var supplier = suppliers.summary(f.getSupplierId());
                out.add(new Invitee(f.getId(), f.getSupplierId(), supplier.companyName(), f.getProductName(), f.getCategoryCode(),
                        new FilingMoved.Defense(s.id(), s.day(), f.getDefenseSlotStart(), f.getDefenseSlotEnd(),
                                f.getDefenseOrder() == null ? 0 : f.getDefenseOrder(), s.venue(), s.address()),
                        supplier.contactName(), supplier.contactMobile(), supplier.contactEmail(), supplier.boundOpenids()));
            });
        }
        return out;
    }
}
