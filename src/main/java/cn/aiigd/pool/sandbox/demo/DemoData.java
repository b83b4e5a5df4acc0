package cn.aiigd.pool.sandbox.demo;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.time.AdjustableClock;
import cn.aiigd.pool.filing.Batch;
import cn.aiigd.pool.filing.Batches;
import cn.aiigd.pool.filing.FilingFiles;
import cn.aiigd.pool.filing.FilingForm;
import cn.aiigd.pool.filing.FilingRegistrations;
import cn.aiigd.pool.filing.FilingWorkflow;
import cn.aiigd.pool.notify.DefenseReminders;
import cn.aiigd.pool.notify.ReviewDeadlineReminders;
import cn.aiigd.pool.review.DefenseSessions;
import cn.aiigd.pool.review.OnsiteDraw;
import cn.aiigd.pool.review.OnsiteDraws;
import cn.aiigd.pool.review.Publicities;
import cn.aiigd.pool.sandbox.SandboxOnly;
import cn.aiigd.pool.sandbox.SimulatedFollowers;
import cn.aiigd.pool.staff.StaffAccounts;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.supplier.FileKind;
import cn.aiigd.pool.supplier.SupplierAction;
import cn.aiigd.pool.supplier.SupplierForm;
import cn.aiigd.pool.supplier.SupplierRegistrations;
import cn.aiigd.pool.supplier.SupplierReviews;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The demo: a few companies at every stage of the 2021 call, made by walking the clock through the
 * year and calling the same services the API calls — so every notice the real moves write is
 * written, sent through the real channels to the in-app WeChat and the recording SMS and mail, and
 * is there to see in the first minute. Where the story runs (all times Beijing):
 *
 * <ul>
 *   <li>2021-02-01/02: four companies register and are approved (receipt, review result);</li>
 *   <li>2021-02-03: each files one product in batch 1 (receipt);</li>
 *   <li>2021-03-16: all four pass 初步审核 and are invited to the 2021-03-25 defense (WeChat, SMS, e-mail);
 *       the next day they confirm; on 03-24 the day-before reminder goes out;</li>
 *   <li>2021-03-25: three pass, one fails (no notice: failures are not notified by default); the
 *       on-site draw picks one of the three at random, who stays 现场考察 (WeChat, SMS);</li>
 *   <li>2021-04-06/13: of the other two, one is published after its 公示, the other is in 公示;</li>
 *   <li>batch 2, 2021-08-02 … 09-27: one product submitted, one invited to the 09-28 defense and reminded;</li>
 *   <li>2021-09-22/23: one company waits for its basic review (its reviewer is reminded on the due day),
 *       one was returned with a reason, one is still a draft.</li>
 * </ul>
 *
 * Afterwards the clock is as it was before. If a step is refused (say the local database already
 * holds batch 1's on-site draw), the demo stops there and says so.
 */
@Component
@SandboxOnly
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimulatedFollowers followers;
    private final SupplierRegistrations suppliers;
    private final cn.aiigd.pool.supplier.SupplierFiles supplierFiles;
    private final SupplierReviews reviews;
    private final FilingRegistrations filings;
    private final FilingFiles filingFiles;
    private final FilingWorkflow workflow;
    private final DefenseSessions defenses;
    private final OnsiteDraws draws;
    private final Publicities publicities;
    private final DefenseReminders defenseReminders;
    private final ReviewDeadlineReminders deadlineReminders;
    private final StaffAccounts staff;
    private final Batches batches;
    private final AdjustableClock clock;
    private final NoticeDrain drain;

    DemoData(SimulatedFollowers followers, SupplierRegistrations suppliers, cn.aiigd.pool.supplier.SupplierFiles supplierFiles,
             SupplierReviews reviews, FilingRegistrations filings, FilingFiles filingFiles, FilingWorkflow workflow,
             DefenseSessions defenses, OnsiteDraws draws, Publicities publicities, DefenseReminders defenseReminders,
             ReviewDeadlineReminders deadlineReminders, StaffAccounts staff, Batches batches, AdjustableClock clock, NoticeDrain drain) {
        this.followers = followers;
        this.suppliers = suppliers;
        this.supplierFiles = supplierFiles;
        this.reviews = reviews;
        this.filings = filings;
        this.filingFiles = filingFiles;
        this.workflow = workflow;
        this.defenses = defenses;
        this.draws = draws;
        this.publicities = publicities;
        this.defenseReminders = defenseReminders;
        this.deadlineReminders = deadlineReminders;
        this.staff = staff;
        this.batches = batches;
        this.clock = clock;
        this.drain = drain;
    }

    /** What the seeding did, step by step, and where it stopped if it did. */
    public record SeedReport(List<String> done, String stoppedAt) {
        public boolean complete() {
            return stoppedAt == null;
        }
    }

    /** Seeds the demo. Moves the clock; callers put it back (SandboxClock.walking). */
    public SeedReport seed() {
        Story story = new Story();
        try {
            story.tell();
        } catch (StepRefused e) {
            log.warn("Sandbox demo stopped at \"{}\"", e.step, e.getCause());
            drain.settle();
            return new SeedReport(story.done, e.step + "：" + e.reason());
        }
        log.info("Sandbox demo seeded: {} steps", story.done.size());
        return new SeedReport(story.done, null);
    }

    private static final class StepRefused extends RuntimeException {
        private final String step;

        StepRefused(String step, RuntimeException cause) {
            super(cause);
            this.step = step;
        }

        /** The service's own words where it refused (problem details are in Chinese), else the error. */
        String reason() {
            Throwable c = getCause();
            return c instanceof cn.aiigd.pool.common.error.ApiException a && a.getMessage() != null ? a.getMessage() : c.toString();
        }
    }

    /** One telling of the story; the ids it makes along the way live here. */
    private final class Story {
        private final List<String> done = new ArrayList<>();
        private StaffPrincipal gz;
        private StaffPrincipal alliance;
        private long zhizaoyun;
        private long yuelian;
        private long xiangjiang;
        private long suilian;
        private long tianhe;
        private final List<Long> batch1 = new ArrayList<>();
        private long suilianFailing;
        private long onsite;
        private long published;
        private long inPublicity;
        private long batch2Invited;

        void tell() {
            at("2021-02-01T09:30");
            step("6 位模拟关注者关注公众号", () -> DemoCast.PEOPLE.forEach(p -> followers.follow(p.openid(), p.nickname())));
            step("演示审核员账号", () -> {
                gz = reviewer(DemoCast.GUANGZHOU, StaffRole.CITY_REVIEWER);
                alliance = reviewer(DemoCast.ALLIANCE, StaffRole.ALLIANCE_REVIEWER);
            });
            step("4 家企业注册并提交审核", () -> {
                zhizaoyun = submittedSupplier(DemoCast.CHEN.openid(), DemoCast.ZHIZAOYUN);
                yuelian = submittedSupplier(DemoCast.LIN.openid(), DemoCast.YUELIAN);
                xiangjiang = submittedSupplier(DemoCast.WANG.openid(), DemoCast.XIANGJIANG);
                suilian = submittedSupplier(DemoCast.ZHAO.openid(), DemoCast.SUILIAN);
            });

            at("2021-02-02T10:00");
            step("4 家企业通过基本审核", () -> {
                reviews.decide(gz, zhizaoyun, SupplierAction.APPROVE, null, null);
                reviews.decide(gz, yuelian, SupplierAction.APPROVE, null, null);
                reviews.decide(alliance, xiangjiang, SupplierAction.APPROVE, null, null);
                reviews.decide(gz, suilian, SupplierAction.APPROVE, null, null);
            });

            at("2021-02-03T10:00");
            step("第一批 4 个产品提交申报", () -> {
                batch1.add(submittedFiling(DemoCast.CHEN.openid(), zhizaoyun, DemoCast.ZHIZAOYUN_MES));
                batch1.add(submittedFiling(DemoCast.LIN.openid(), yuelian, DemoCast.YUELIAN_PLATFORM));
                batch1.add(submittedFiling(DemoCast.WANG.openid(), xiangjiang, DemoCast.XIANGJIANG_SOC));
                suilianFailing = submittedFiling(DemoCast.ZHAO.openid(), suilian, DemoCast.SUILIAN_5G);
            });

            at("2021-03-16T10:00");
            step("第一批初步审核通过，邀请参加 3 月 25 日集中答辩", () -> {
                List<Long> all = new ArrayList<>(batch1);
                all.add(suilianFailing);
                workflow.prelim(staffActor(), all, true, null);
                long session = defenses.create(staffActor(), new DefenseSessions.NewSession(batch(1).id(), LocalDate.of(2021, 3, 25),
                        LocalTime.of(9, 0), LocalTime.of(12, 0), "广东省工业互联网产业联盟第一会议室", "广州市天河区演示路 1 号（演示地址）", 10)).id();
                List<DefenseSessions.Assignment> slots = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    LocalTime start = LocalTime.of(9, 0).plusMinutes(30L * i);
                    slots.add(new DefenseSessions.Assignment(all.get(i), i + 1, start, start.plusMinutes(30)));
                }
                defenses.assign(staffActor(), session, slots);
            });

            at("2021-03-17T10:00");
            step("企业确认参加答辩", () -> {
                confirm(DemoCast.CHEN.openid(), batch1.get(0));
                confirm(DemoCast.LIN.openid(), batch1.get(1));
                confirm(DemoCast.WANG.openid(), batch1.get(2));
                confirm(DemoCast.ZHAO.openid(), suilianFailing);
            });

            at("2021-03-24T10:00");
            step("答辩前一天提醒", () -> defenseReminders.remindFor(LocalDate.of(2021, 3, 25)));

            at("2021-03-25T14:00");
            step("答辩结果：3 个通过、1 个未通过", () -> {
                for (long id : batch1) {
                    defenses.recordOutcome(staffActor(), id, DefenseSessions.Outcome.PASSED, null);
                }
                defenses.recordOutcome(staffActor(), suilianFailing, DefenseSessions.Outcome.FAILED, DemoCast.DEFENSE_FAIL_REASON);
            });
            step("随机抽取现场考察", () -> {
                onsite = draws.draw(staffActor(), new OnsiteDraws.DrawRequest(batch(1).id(), OnsiteDraw.Mode.COUNT, 1, false))
                        .selected().get(0);
                List<Long> others = batch1.stream().filter(id -> id != onsite).toList();
                published = others.get(0);
                inPublicity = others.get(1);
            });

            at("2021-04-06T10:00");
            step("进入公示（4 月 6 日至 12 日）", () -> publicities.open(staffActor(),
                    new Publicities.NewPublicity(List.of(published), LocalDate.of(2021, 4, 6), 7)));

            at("2021-04-13T10:00");
            step("正式发布，另一个产品进入公示", () -> {
                long first = workflow.load(published).getPublicityId();
                publicities.publish(staffActor(), first);
                publicities.open(staffActor(), new Publicities.NewPublicity(List.of(inPublicity), LocalDate.of(2021, 4, 13), 7));
            });

            at("2021-08-02T10:00");
            step("第二批 2 个产品提交申报", () -> {
                batch2Invited = submittedFiling(DemoCast.ZHAO.openid(), suilian, DemoCast.SUILIAN_5G_PHASE2);
                submittedFiling(DemoCast.CHEN.openid(), zhizaoyun, DemoCast.ZHIZAOYUN_PLATFORM);
            });

            at("2021-09-16T10:00");
            step("第二批初步审核通过，邀请参加 9 月 28 日集中答辩", () -> {
                workflow.prelim(staffActor(), List.of(batch2Invited), true, null);
                long session = defenses.create(staffActor(), new DefenseSessions.NewSession(batch(2).id(), LocalDate.of(2021, 9, 28),
                        LocalTime.of(14, 0), LocalTime.of(17, 0), "广东省工业互联网产业联盟第二会议室", "广州市天河区演示路 1 号（演示地址）", 10)).id();
                defenses.assign(staffActor(), session, List.of(new DefenseSessions.Assignment(batch2Invited, 1, LocalTime.of(14, 0),
                        LocalTime.of(14, 30))));
            });

            at("2021-09-22T10:00");
            step("新企业注册：1 家待审核、1 家外省企业提交、1 家草稿", () -> {
                tianhe = submittedSupplier(DemoCast.HUANG.openid(), DemoCast.TIANHE);
                suppliers.create(DemoCast.HUANG.openid(), DemoCast.BAIYUN);
                submittedSupplier(DemoCast.ZHOU.openid(), DemoCast.LIANZHI);
            });

            at("2021-09-23T10:00");
            step("外省企业被联盟退回修改", () -> {
                long lianzhi = suppliers.mine(DemoCast.ZHOU.openid()).get(0).id();
                reviews.decide(alliance, lianzhi, SupplierAction.RETURN, DemoCast.RETURN_REASON, null);
            });

            at("2021-09-27T10:00");
            step("第二批答辩前一天提醒", () -> defenseReminders.remindFor(LocalDate.of(2021, 9, 28)));

            step("审核到期提醒（广州市审核员：短信和邮件）", () -> {
                LocalDate due = suppliers.get(DemoCast.HUANG.openid(), tianhe).reviewDueOn();
                at(due + "T09:30");
                deadlineReminders.remindFor(due);
            });
            drain.settle();
        }

        /** Moves the story to a Beijing time, after everything due by now has been sent. */
        private void at(String localDateTime) {
            drain.settle();
            clock.pin(LocalDateTime.parse(localDateTime).atZone(AdjustableClock.BEIJING).toInstant());
        }

        private void step(String label, Runnable work) {
            try {
                work.run();
            } catch (RuntimeException e) {
                throw new StepRefused(label, e);
            }
            done.add(label);
        }

        private Actor staffActor() {
            return Actor.staff(alliance.actorName());
        }

        private long submittedSupplier(String openid, SupplierForm form) {
            long id = suppliers.create(openid, form).id();
            supplierFiles.upload(openid, id, FileKind.BUSINESS_LICENSE, DemoCast.LICENCE_FILE, DemoCast.pdf());
            suppliers.submit(openid, id);
            return id;
        }

        private long submittedFiling(String openid, long supplierId, FilingForm form) {
            long id = filings.create(openid, supplierId, form).id();
            filingFiles.upload(openid, id, DemoCast.PROOF_FILE, DemoCast.pdf());
            filings.submit(openid, id);
            return id;
        }

        private void confirm(String openid, long filingId) {
            filings.answerInvitation(openid, filingId, new FilingRegistrations.InvitationAnswer(true, null));
        }

        private Batch batch(int seq) {
            return batches.all().stream().filter(b -> b.year() == 2021 && b.seq() == seq).findFirst()
                    .orElseThrow(() -> new IllegalStateException("2021 batch " + seq + " is not in the batch table"));
        }
    }

    /** The demo reviewer's account, made on first use with a password nobody knows (sign in as admin instead). */
    private StaffPrincipal reviewer(DemoCast.Reviewer r, StaffRole role) {
        try {
            return staff.loadUserByUsername(r.username());
        } catch (UsernameNotFoundException e) {
            byte[] b = new byte[18];
            RANDOM.nextBytes(b);
            staff.create(new StaffAccounts.NewStaff(r.username(), r.displayName(), role, r.cityCode(), HexFormat.of().formatHex(b),
                    r.email(), r.mobile()));
            return staff.loadUserByUsername(r.username());
        }
    }
}
