package cn.aiigd.pool.report;

import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.filing.FilingQueries;
import cn.aiigd.pool.filing.FilingStatus;
import cn.aiigd.pool.notify.outbox.NoticeOutbox;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.supplier.SupplierReviews;
import cn.aiigd.pool.supplier.SupplierStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Where the call stands, for the console's charts: the funnel of suppliers and filings per stage, per
 * city and per category; basic-review timeliness; notices per day and channel. Scoped like every
 * staff view: a city reviewer sees their city's suppliers and no filings (the expert review is the
 * alliance's).
 */
@Service
public class Dashboard {

    static final int NOTICE_DAYS = 30;

    private final SupplierReviews suppliers;
    private final FilingQueries filings;
    private final NoticeOutbox notices;
    private final Dictionaries dictionaries;
    private final Clock clock;

    Dashboard(SupplierReviews suppliers, FilingQueries filings, NoticeOutbox notices, Dictionaries dictionaries, Clock clock) {
        this.suppliers = suppliers;
        this.filings = filings;
        this.notices = notices;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** One day's notices on one channel by state. */
    public record NoticeDay(LocalDate day, String channel, Map<String, Long> byStatus) {
    }

    public record View(Map<SupplierStatus, Long> suppliersByStatus, Map<String, Map<SupplierStatus, Long>> suppliersByCity,
                       Map<FilingStatus, Long> filingsByStatus, Map<String, Map<FilingStatus, Long>> filingsByCategory,
                       Map<String, Map<FilingStatus, Long>> filingsByCity, SupplierReviews.SlaReport basicReview,
                       Double basicReviewOnTimeRate, List<NoticeDay> notices) {
    }

    public View of(StaffPrincipal staff) {
        Map<SupplierStatus, Long> byStatus = new EnumMap<>(SupplierStatus.class);
        for (SupplierStatus s : SupplierStatus.values()) {
            byStatus.put(s, 0L);
        }
        Map<String, Map<SupplierStatus, Long>> byCity = new TreeMap<>();
        for (var s : suppliers.all(staff, null, null)) {
            byStatus.merge(s.status(), 1L, Long::sum);
            byCity.computeIfAbsent(placeName(s.registrationProvince(), s.registrationCity()), k -> new EnumMap<>(SupplierStatus.class))
                    .merge(s.status(), 1L, Long::sum);
        }
        Map<FilingStatus, Long> filingsByStatus = new EnumMap<>(FilingStatus.class);
        Map<String, Map<FilingStatus, Long>> byCategory = new TreeMap<>();
        Map<String, Map<FilingStatus, Long>> filingsByCity = new TreeMap<>();
        if (staff.role() != StaffRole.CITY_REVIEWER) {
            for (FilingStatus s : FilingStatus.values()) {
                filingsByStatus.put(s, 0L);
            }
            for (var f : Exports.allFilings(filings, new FilingQueries.Filter(null, null, null, null, null))) {
                filingsByStatus.merge(f.status(), 1L, Long::sum);
                byCategory.computeIfAbsent(f.categoryName(), k -> new EnumMap<>(FilingStatus.class)).merge(f.status(), 1L, Long::sum);
                filingsByCity.computeIfAbsent(f.registrationCity() == null ? "省外" : cityName(f.registrationCity()),
                        k -> new EnumMap<>(FilingStatus.class)).merge(f.status(), 1L, Long::sum);
            }
        }
        SupplierReviews.SlaReport sla = suppliers.sla(staff);
        Double rate = sla.decided() == 0 ? null : Math.round(1000.0 * sla.decidedOnTime() / sla.decided()) / 10.0;
        Map<String, NoticeDay> days = new LinkedHashMap<>();
        if (staff.role() != StaffRole.CITY_REVIEWER) {
            for (var c : notices.daily(LocalDate.now(clock).minusDays(NOTICE_DAYS - 1))) {
                days.computeIfAbsent(c.day() + "|" + c.channel(), k -> new NoticeDay(c.day(), c.channel().name(), new TreeMap<>()))
                        .byStatus().merge(c.status().name(), c.notices(), Long::sum);
            }
        }
        return new View(byStatus, byCity, filingsByStatus, byCategory, filingsByCity, sla, rate, List.copyOf(days.values()));
    }

    private String placeName(String province, String city) {
        if (city != null) {
            return cityName(city);
        }
        return province == null ? "未填写" : dictionaries.province(province).map(p -> p.name()).orElse(province);
    }

    private String cityName(String code) {
        return dictionaries.city(code).map(c -> c.name()).orElse(code);
    }
}
