package cn.aiigd.pool.notify;

import cn.aiigd.pool.common.time.WorkingDayCalendar;
import cn.aiigd.pool.notify.outbox.NoticeWriter;
import cn.aiigd.pool.staff.StaffAccounts;
import cn.aiigd.pool.supplier.ReviewDeadlines;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers are reminded, on working days, of the basic reviews in their scope that are past their
 * deadline or due by the next working day (DESIGN: "Reviewers get SLA reminders"). Every node runs
 * this hourly through office hours; the reminder's idempotency key (reviewer, day) lets only the first
 * run write it, so a node down at nine loses nothing and several nodes send nothing twice.
 */
@Component
public class ReviewDeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(ReviewDeadlineReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

    private final ReviewDeadlines deadlines;
    private final StaffAccounts staff;
    private final NoticeWriter writer;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final String consoleLink;

    ReviewDeadlineReminders(ReviewDeadlines deadlines, StaffAccounts staff, NoticeWriter writer, WorkingDayCalendar calendar, Clock clock,
                            cn.aiigd.pool.wechat.conversation.Links links) {
        this.deadlines = deadlines;
        this.staff = staff;
        this.writer = writer;
        this.calendar = calendar;
        this.clock = clock;
        this.consoleLink = links.base() + "/console/";
    }

    @Scheduled(cron = "${pool.notify.review-sla-cron:0 0 9-17 * * *}", zone = "Asia/Shanghai")
    void hourly() {
        int n = remindFor(LocalDate.now(clock));
        if (n > 0) {
            log.info("Review deadline reminders: {} reviewers", n);
        }
    }

    /**
     * Writes today's reminders; returns how many reviewers have something to be reminded of. Nothing
     * on days off: the deadline counts working days, and nobody reads a reminder on a Sunday.
     */
    @Transactional
    public int remindFor(LocalDate today) {
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        LocalDate horizon = calendar.addWorkingDays(today, 1);
        int reminded = 0;
        for (ReviewDeadlines.ScopeDeadlines d : deadlines.dueBy(today, horizon)) {
            var reviewers = staff.reviewersFor(d.scope());
            if (reviewers.isEmpty()) {
                log.warn("{} basic reviews in scope {} are due or late and no enabled reviewer is set up for it", d.overdue() + d.dueSoon(),
                        d.scope());
                continue;
            }
            for (var r : reviewers) {
                if ((r.email() == null || r.email().isBlank()) && (r.mobile() == null || r.mobile().isBlank())) {
                    log.warn("Reviewer {} has no e-mail or mobile on record: no deadline reminder", r.id());
                    continue;
                }
                Map<String, String> v = new HashMap<>();
                v.put("reviewerName", r.displayName());
                v.put("scopeName", d.scopeName());
                v.put("overdue", Integer.toString(d.overdue()));
                v.put("dueSoon", Integer.toString(d.dueSoon()));
                v.put("today", today.format(DAY));
                v.put("horizon", horizon.format(DAY));
                v.put("items", String.join("\n", d.lines()));
                v.put("consoleLink", consoleLink);
                writer.remindReviewer(r.id(), today, v, r.mobile(), r.email());
                reminded++;
            }
        }
        return reminded;
    }
}
