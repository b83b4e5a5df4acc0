package cn.aiigd.pool.notify;

import cn.aiigd.pool.filing.DefenseInvitations;
import cn.aiigd.pool.notify.outbox.NoticeWriter;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before a defense, every invited filing's applicant gets a reminder (WeChat and SMS). Every
 * node runs this hourly through the day; each reminder's idempotency key (filing, day) lets only the
 * first run write it, so a node down at nine loses nothing.
 */
@Component
public class DefenseReminders {

    private static final Logger log = LoggerFactory.getLogger(DefenseReminders.class);

    private final DefenseInvitations invitations;
    private final NoticeWriter writer;
    private final Clock clock;

    DefenseReminders(DefenseInvitations invitations, NoticeWriter writer, Clock clock) {
        this.invitations = invitations;
        this.writer = writer;
        this.clock = clock;
    }

    @Scheduled(cron = "${pool.notify.defense-reminder-cron:0 0 9-20 * * *}", zone = "Asia/Shanghai")
    void daily() {
        int n = remindFor(LocalDate.now(clock).plusDays(1));
        log.info("Defense reminders for tomorrow: {}", n);
    }

    /** Writes the reminders of defenses on this day; returns how many filings are to defend then. */
    @Transactional
    public int remindFor(LocalDate day) {
        var invitees = invitations.on(day);
        invitees.forEach(writer::remind);
        return invitees.size();
    }
}
