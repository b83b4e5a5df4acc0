package cn.aiigd.pool.sandbox;

import cn.aiigd.pool.sandbox.demo.DemoCleanup;
import cn.aiigd.pool.sandbox.demo.DemoData;
import cn.aiigd.pool.supplier.SupplierDirectory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's life: published menu and seeded data when the service starts on an empty database,
 * and "reset" (remove what the sandbox's people made, seed again) on request. Runs before the
 * start-up banner, so the page the banner points to already has its demo.
 */
@Component
@SandboxOnly
@Order(Ordered.HIGHEST_PRECEDENCE)
class SandboxDemo implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(SandboxDemo.class);

    private final SandboxMenu menu;
    private final DemoData demo;
    private final DemoCleanup cleanup;
    private final SimulatedFollowers followers;
    private final SupplierDirectory suppliers;
    private final SandboxClock clock;
    private final AtomicBoolean seeding = new AtomicBoolean();

    SandboxDemo(SandboxMenu menu, DemoData demo, DemoCleanup cleanup, SimulatedFollowers followers, SupplierDirectory suppliers,
                SandboxClock clock) {
        this.menu = menu;
        this.demo = demo;
        this.cleanup = cleanup;
        this.followers = followers;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    /** What a reset removed and what the new seeding did. */
    record ResetReport(DemoCleanup.Removed removed, DemoData.SeedReport seeded) {
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        // A demo that cannot be made must not keep the service from running (an exception here would stop it).
        try {
            menu.publish();
            if (suppliers.anyRegistered() || !followers.all().isEmpty()) {
                log.info("Sandbox: the database already has data; no demo seeded (reset it from the sandbox page to add one)");
                return;
            }
            DemoData.SeedReport report = seed();
            log.info("Sandbox: demo data seeded{}", report.complete() ? "" : " up to a refused step: " + report.stoppedAt());
        } catch (RuntimeException e) {
            log.warn("Sandbox: no demo data (reset it from the sandbox page to try again)", e);
        }
    }

    boolean seeding() {
        return seeding.get();
    }

    /** Attempts at a reset that a deadlock rolled back. */
    static final int RESET_ATTEMPTS = 3;

    /**
     * Removes what the sandbox's people made and seeds the demo again. The removal deletes across many
     * tables while the outbox and the scheduled jobs write to them, so MariaDB may pick the reset as a
     * deadlock's loser and roll it back; as the database advises, the reset is then tried again.
     */
    ResetReport reset() {
        for (int attempt = 1; ; attempt++) {
            try {
                return resetOnce();
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt >= RESET_ATTEMPTS) {
                    throw e;
                }
                log.info("Sandbox: reset rolled back by a lock conflict, trying again ({}/{})", attempt + 1, RESET_ATTEMPTS);
            }
        }
    }

    private ResetReport resetOnce() {
        return clock.walking(() -> {
            seeding.set(true);
            try {
                DemoCleanup.Removed removed = cleanup.removeSandboxRows();
                followers.forgetNames();
                return new ResetReport(removed, demo.seed());
            } finally {
                seeding.set(false);
            }
        });
    }

    private DemoData.SeedReport seed() {
        return clock.walking(() -> {
            seeding.set(true);
            try {
                return demo.seed();
            } finally {
                seeding.set(false);
            }
        });
    }
}
