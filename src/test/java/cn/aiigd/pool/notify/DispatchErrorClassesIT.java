package cn.aiigd.pool.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.aiigd.pool.fake.FakeWeChat;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api;
import cn.aiigd.pool.support.Api.Applicant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import me.chanjar.weixin.mp.api.WxMpService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Every class of platform error (ErrorClasses, WECHAT-AND-SMS-FACTS.md) through the real WxJava and
 * Aliyun clients against the fakes, and what the outbox makes of it: transient errors wait and try
 * again with backoff, token errors are refreshed, permanent ones stop and show to staff, a follower
 * who left gets the SMS form, and a failed SMS delivery report ends the notice as failed.
 *
 * <p>The notices are an approved supplier's two template messages: the submission receipt (no SMS
 * form) and the review result (an SMS form used only as a fallback). Each supplier has a contact
 * mobile of its own, so the fake Aliyun's scripted answers touch no other test.
 */
class DispatchErrorClassesIT extends NoticeTestSupport {

    /** pool.notify.first-backoff: PT10S by default, with ±20 % jitter. */
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);

    @Autowired
    WxMpService wx;

    // ---- WeChat: transient -------------------------------------------------------------------

    @Test
    void aUsedUpDailyQuotaWaitsUntilItResetsAtMidnight() throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        FakeWeChat.instance().failing(TEMPLATE_SEND, 45009, "reach max api daily quota limit");

        assertThat(dispatcher.dispatchOnce()).isEqualTo(2);
        List<Map<String, Object>> rows = supplierNotices(supplierId);
        LocalDateTime midnight = now().toLocalDate().plusDays(1).atStartOfDay();
        assertThat(rows).allSatisfy(r -> {
            Map<String, Object> row = notice(id(r));
            assertThat(row).containsEntry("status", "PENDING").containsEntry("last_code", "45009");
            // Ten backoffs would burn every attempt long before the quota comes back.
            assertThat(nextAttemptAt(id(r))).isAfterOrEqualTo(midnight.plusMinutes(1)).isBeforeOrEqualTo(midnight.plusMinutes(10));
        });
        pin(midnight.minusMinutes(1).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString());
        assertThat(dispatcher.dispatchOnce()).as("not before the quota resets").isZero();

        recoversAndIsSentOnce(rows, applicant);
    }

    @ParameterizedTest(name = "errcode {0}")
    @ValueSource(ints = {45047})
    void aWeChatLimitErrorWaitsAndTriesAgainLater(int errcode) throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        FakeWeChat.instance().failing(TEMPLATE_SEND, errcode, "api limit");

        assertThat(dispatcher.dispatchOnce()).isEqualTo(2);
        List<Map<String, Object>> rows = supplierNotices(supplierId);
        assertRetriesLater(rows, 1, Integer.toString(errcode));
        assertThat(dispatcher.dispatchOnce()).as("not due before its backoff").isZero();

        recoversAndIsSentOnce(rows, applicant);
    }

    @Test
    void weChatBusyIsRetriedByWxJavaThenByTheOutboxLater() throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        FakeWeChat.instance().failing(TEMPLATE_SEND, -1, "system error");

        assertThat(dispatcher.dispatchOnce()).isEqualTo(2);
        List<Map<String, Object>> rows = supplierNotices(supplierId);
        // WxJava itself retries -1 twice (maxRetryTimes 2) before giving up; then the outbox waits.
        assertThat(FakeWeChat.instance().requests(TEMPLATE_SEND)).hasSize(2 * 3);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("PENDING");
            assertThat(attempts(r)).isEqualTo(1);
            assertBackoff(id(r), 1);
            assertThat(attemptOutcomes(id(r))).containsExactly("RETRY");
        });
        assertThat(dispatcher.dispatchOnce()).isZero();

        recoversAndIsSentOnce(rows, applicant);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503})
    void anHttpErrorFromWeChatIsRetriedLater(int httpStatus) throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        FakeWeChat.instance().httpError(TEMPLATE_SEND, httpStatus);

        assertThat(dispatcher.dispatchOnce()).isEqualTo(2);
        List<Map<String, Object>> rows = supplierNotices(supplierId);
        // WxJava reports an HTTP error status as -99.
        assertRetriesLater(rows, 1, "-99");
        assertThat((String) notice(id(rows.get(0))).get("last_message")).contains(Integer.toString(httpStatus));

        recoversAndIsSentOnce(rows, applicant);
    }

    @Test
    void aWeChatSendThatTimesOutIsRetriedLater() throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long id = onlyTheReviewResult(supplierId);
        // WxJava's socket timeout is 5 s.
        FakeWeChat.instance().templateLatency(6_000);

        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        Map<String, Object> row = notice(id);
        assertRetriesLater(List.of(row), 1, "-99");
        assertThat((String) row.get("last_message")).containsIgnoringCase("timed out");
    }

    /**
     * A send that timed out on this side may have reached the user: the retry must reuse the
     * client_msg_id, so that WeChat drops the repeat (DESIGN.md: client_msg_id carries the outbox id).
     */
    @Test
    void aTimedOutSendThatWeChatAcceptedIsNotDeliveredTwice() throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long id = onlyTheReviewResult(supplierId);
        long deliveredBefore = FakeWeChat.instance().templatesDelivered();
        FakeWeChat.instance().templateLatency(6_000);
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        assertThat(notice(id)).containsEntry("status", "PENDING");

        FakeWeChat.instance().templateLatency(0);
        pin(afterBackoff(id));
        drain();
        assertThat(notice(id)).containsEntry("status", "SENT");
        List<WechatSent> sends = wechatSentFor(id);
        assertThat(sends).hasSize(2);
        assertThat(sends.get(1).clientMsgId()).as("the retry's client_msg_id").isEqualTo(sends.get(0).clientMsgId());
        assertThat(FakeWeChat.instance().templatesDelivered() - deliveredBefore).as("messages the user received").isEqualTo(1);
    }

    @Test
    void aTransientErrorOnTheLastAllowedAttemptStopsTheNoticeWithBackoffDoublingOnTheWay() throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long id = onlyTheReviewResult(supplierId);
        FakeWeChat.instance().httpError(TEMPLATE_SEND, 503);

        // pool.notify.max-attempts is 8: seven retries, each later than the one before.
        for (int attempt = 1; attempt <= 7; attempt++) {
            assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
            assertThat(notice(id)).containsEntry("status", "PENDING").containsEntry("attempts", attempt);
            assertBackoff(id, attempt);
            pin(afterBackoff(id));
        }
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        assertThat(notice(id)).containsEntry("status", "FAILED").containsEntry("attempts", 8).containsEntry("last_code", "-99");
        assertThat(attemptOutcomes(id)).hasSize(8).endsWith("FAILED").startsWith("RETRY", "RETRY", "RETRY", "RETRY", "RETRY", "RETRY", "RETRY");
        assertThat(byId(staffNotices(supplierId, "FAILED"), id).get("lastCode").asString()).isEqualTo("-99");
        pin(LocalDateTime.now(clock).plusDays(1).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString());
        assertThat(dispatcher.dispatchOnce()).isZero();
    }

    // ---- WeChat: access token ----------------------------------------------------------------

    @Test
    void aStaleAccessTokenIsRefreshedAndTheSendSucceedsInTheSameAttempt() throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long id = onlyTheReviewResult(supplierId);
        // Another node (or the console) took a new token: ours is no longer valid; WeChat says 40001.
        wx.getWxMpConfigStorage().updateAccessToken("STALE_TOKEN_OF_ANOTHER_NODE", 7200);

        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        assertThat(notice(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(attemptOutcomes(id)).containsExactly("SENT");
        List<WechatSent> sends = wechatSentFor(id);
        assertThat(sends).extracting(WechatSent::accessToken).containsExactly("STALE_TOKEN_OF_ANOTHER_NODE", FakeWeChat.TOKEN);
        assertThat(FakeWeChat.instance().requests("/cgi-bin/stable_token")).hasSize(1);
        assertThat(wx.getWxMpConfigStorage().getAccessToken()).isEqualTo(FakeWeChat.TOKEN);
    }

    @ParameterizedTest(name = "errcode {0}")
    @ValueSource(ints = {40001, 40014, 42001})
    void aTokenErrorThatOutlastsTheRefreshIsRetriedLater(int errcode) throws Exception {
        Applicant applicant = applicant();
        long supplierId = journeys.approvedSupplier(applicant);
        long id = onlyTheReviewResult(supplierId);
        FakeWeChat.instance().failing(TEMPLATE_SEND, errcode, "invalid credential");

        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        // WxJava expired the token, fetched a new one and tried once more; then the outbox waits.
        assertThat(FakeWeChat.instance().requests("/cgi-bin/stable_token")).hasSize(1);
        assertThat(wechatSentFor(id)).hasSize(2);
        assertRetriesLater(List.of(notice(id)), 1, Integer.toString(errcode));

        recoversAndIsSentOnce(List.of(notice(id)), applicant);
    }

    // ---- WeChat: permanent -------------------------------------------------------------------

    @ParameterizedTest(name = "errcode {0}")
    @ValueSource(ints = {40003, 40037, 47003, 48001, 40164})
    void aPermanentWeChatErrorStopsTheNoticeAndShowsItToStaff(int errcode) throws Exception {
        Applicant applicant = applicant();
        String mobile = Api.mobile();
        long supplierId = journeys.approvedSupplier(applicant, mobile);
        FakeWeChat.instance().failing(TEMPLATE_SEND, errcode, "scripted permanent error");

        drain();
        List<Map<String, Object>> rows = supplierNotices(supplierId);
        assertThat(rows).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("channel")).isEqualTo("WECHAT");
            assertThat(r.get("status")).isEqualTo("FAILED");
            assertThat(attempts(r)).isEqualTo(1);
            assertThat(r.get("last_code")).isEqualTo(Integer.toString(errcode));
            assertThat(attemptOutcomes(id(r))).containsExactly("FAILED");
        });
        // Not a follower who left: no SMS instead.
        assertThat(ALIYUN.sent()).noneMatch(s -> mobile.equals(s.phoneNumbers()));

        JsonNode failed = staffNotices(supplierId, "FAILED");
        for (Map<String, Object> r : rows) {
            JsonNode n = byId(failed, id(r));
            assertThat(n.get("lastCode").asString()).isEqualTo(Integer.toString(errcode));
            assertThat(n.get("status").asString()).isEqualTo("FAILED");
            assertThat(n.get("recipient").asString()).isNotEqualTo(applicant.openid());
        }
        assertThat(staffAttempts(id(rows.get(0))).get(0).get("code").asString()).isEqualTo(Integer.toString(errcode));

        // Nothing is tried again, however long one waits.
        int sends = FakeWeChat.instance().requests(TEMPLATE_SEND).size();
        pin("2021-02-11T10:00:00+08:00");
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(FakeWeChat.instance().requests(TEMPLATE_SEND)).hasSize(sends);
    }

    @ParameterizedTest(name = "errcode {0}")
    @ValueSource(ints = {43004, 50005})
    void aFollowerWhoLeftGetsTheSmsFormWhereTheNoticeHasOne(int errcode) throws Exception {
        Applicant applicant = applicant();
        String mobile = Api.mobile();
        long supplierId = journeys.approvedSupplier(applicant, mobile);
        FakeWeChat.instance().failing(TEMPLATE_SEND, errcode, "require subscribe");

        drain();
        List<Map<String, Object>> wechat = supplierNotices(supplierId).stream().filter(r -> "WECHAT".equals(r.get("channel"))).toList();
        assertThat(wechat).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("FAILED");
            assertThat(r.get("last_code")).isEqualTo(Integer.toString(errcode));
            assertThat(attemptOutcomes(id(r))).containsExactly("FALLBACK");
        });
        // The review result has an SMS form: it goes to the contact instead. The receipt has none.
        List<Map<String, Object>> sms = supplierNotices(supplierId).stream().filter(r -> "SMS".equals(r.get("channel"))).toList();
        assertThat(sms).extracting(r -> r.get("template_key"), r -> r.get("recipient"), r -> r.get("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("supplier-reviewed", mobile, "SENT"));
        var sent = smsSentFor(id(sms.get(0)));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).phoneNumbers()).isEqualTo(mobile);
        assertThat(sent.get(0).templateCode()).isEqualTo("SMS_REVIEWED");
        assertThat(api.read(sent.get(0).templateParam()).get("result").asString()).isEqualTo("审核通过");
        assertThat(sms.get(0).get("platform_id")).isEqualTo(sent.get(0).bizId());
        // Staff see why the template messages did not go.
        JsonNode failed = staffNotices(supplierId, "FAILED");
        for (Map<String, Object> r : wechat) {
            assertThat(byId(failed, id(r)).get("lastCode").asString()).isEqualTo(Integer.toString(errcode));
        }
    }

    // ---- Aliyun SMS --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} (HTTP {1})")
    @CsvSource({"isp.SYSTEM_ERROR, 200", "isv.BUSINESS_LIMIT_CONTROL, 200", "Throttling.User, 400", "ServiceUnavailable, 503"})
    void aTransientAliyunErrorWaitsAndTriesAgainLater(String code, int httpStatus) throws Exception {
        String mobile = Api.mobile();
        ALIYUN.failFor(mobile, code, httpStatus);
        long sms = smsFallbackNotice(mobile);

        assertRetriesLater(List.of(notice(sms)), 1, code);
        assertThat(smsSentFor(sms)).isEmpty();
        assertThat(dispatcher.dispatchOnce()).isZero();

        ALIYUN.recover(mobile);
        pin(afterBackoff(sms));
        drain();
        assertThat(notice(sms)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(smsSentFor(sms)).hasSize(1);
        assertThat(attemptOutcomes(sms)).containsExactly("RETRY", "SENT");
    }

    @Test
    void aPerNumberDailyOrHourlyFlowControlWaitsForItsWindow() throws Exception {
        String daily = Api.mobile();
        String hourly = Api.mobile();
        ALIYUN.failFor(daily, "isv.BUSINESS_LIMIT_CONTROL", 200, "触发天级流控Permits:10");
        ALIYUN.failFor(hourly, "isv.BUSINESS_LIMIT_CONTROL", 200, "触发小时级流控Permits:5");
        long toDaily = smsFallbackNotice(daily);
        long toHourly = smsFallbackNotice(hourly);

        LocalDateTime midnight = now().toLocalDate().plusDays(1).atStartOfDay();
        assertThat(notice(toDaily)).containsEntry("status", "PENDING").containsEntry("last_code", "isv.BUSINESS_LIMIT_CONTROL");
        assertThat(nextAttemptAt(toDaily)).isAfterOrEqualTo(midnight.plusMinutes(1)).isBeforeOrEqualTo(midnight.plusMinutes(10));
        assertThat(notice(toHourly)).containsEntry("status", "PENDING");
        assertThat(nextAttemptAt(toHourly)).isAfterOrEqualTo(now().plusHours(1)).isBefore(now().plusHours(1).plusMinutes(1));
        assertThat(smsSentFor(toDaily)).isEmpty();
        assertThat(smsSentFor(toHourly)).isEmpty();

        ALIYUN.recover(daily);
        ALIYUN.recover(hourly);
    }

    @Test
    void anAliyunCallThatTimesOutIsRetriedLater() throws Exception {
        String mobile = Api.mobile();
        // The gateway's read timeout is 5 s.
        ALIYUN.delayFor(mobile, 6_500);
        long sms = smsFallbackNotice(mobile);
        assertRetriesLater(List.of(notice(sms)), 1, "NETWORK");
        ALIYUN.recover(mobile);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"isv.MOBILE_NUMBER_ILLEGAL", "isv.TEMPLATE_MISSING_PARAMETERS", "isv.PARAM_LENGTH_LIMIT",
            "isv.INVALID_JSON_PARAM", "isv.OUT_OF_SERVICE"})
    void aPermanentAliyunErrorStopsTheSmsAndShowsItToStaff(String code) throws Exception {
        String mobile = Api.mobile();
        ALIYUN.failFor(mobile, code);
        long sms = smsFallbackNotice(mobile);

        Map<String, Object> row = notice(sms);
        assertThat(row).containsEntry("status", "FAILED").containsEntry("attempts", 1).containsEntry("last_code", code);
        assertThat(attemptOutcomes(sms)).containsExactly("FAILED");
        long supplierId = ((Number) row.get("supplier_id")).longValue();
        JsonNode n = byId(staffNotices(supplierId, "FAILED"), sms);
        assertThat(n.get("channel").asString()).isEqualTo("SMS");
        assertThat(n.get("lastCode").asString()).isEqualTo(code);
        assertThat(n.get("recipient").asString()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        pin("2021-02-11T10:00:00+08:00");
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(smsSentFor(sms)).isEmpty();
        ALIYUN.recover(mobile);
    }

    // ---- Aliyun SmsReport: a delivery that failed ---------------------------------------------

    @Test
    void aFailedDeliveryReportEndsTheSmsAsFailedForStaffToResend() throws Exception {
        String mobile = Api.mobile();
        long sms = smsFallbackNotice(mobile);
        assertThat(notice(sms)).containsEntry("status", "SENT");
        String bizId = (String) notice(sms).get("platform_id");
        assertThat(bizId).isEqualTo(smsSentFor(sms).get(0).bizId());

        assertThat(report("[{\"phone_number\":\"" + mobile + "\",\"send_time\":\"2021-02-10 10:00:01\",\"report_time\":\"2021-02-10 10:00:09\","
                + "\"success\":false,\"err_code\":\"MOBILE_NOT_ON_SERVICE\",\"err_msg\":\"停机或空号\",\"biz_id\":\"" + bizId
                + "\",\"out_id\":\"" + sms + "\"}]")).contains("\"code\":0");
        Map<String, Object> row = notice(sms);
        assertThat(row).containsEntry("status", "FAILED").containsEntry("last_code", "RECEIPT")
                .containsEntry("last_message", "MOBILE_NOT_ON_SERVICE 停机或空号");
        long supplierId = ((Number) row.get("supplier_id")).longValue();
        JsonNode n = byId(staffNotices(supplierId, "FAILED"), sms);
        assertThat(n.get("lastCode").asString()).isEqualTo("RECEIPT");
        assertThat(n.get("lastMessage").asString()).contains("MOBILE_NOT_ON_SERVICE");

        // A late or repeated "delivered" for the same message does not bring a failed one back.
        report("[{\"phone_number\":\"" + mobile + "\",\"success\":true,\"err_code\":\"DELIVERED\",\"err_msg\":\"用户接收成功\",\"biz_id\":\""
                + bizId + "\",\"out_id\":\"" + sms + "\"}]");
        assertThat(notice(sms)).containsEntry("status", "FAILED");

        // Staff resend it; the new message has its own BizId, and its receipt marks it delivered.
        var admin = api.staff(StaffRole.ADMIN, null);
        assertThat(mvc.perform(post("/api/staff/notices/{id}/resend", sms).with(admin.auth())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        drain();
        assertThat(smsSentFor(sms)).hasSize(2);
        String second = smsSentFor(sms).get(1).bizId();
        assertThat(notice(sms)).containsEntry("status", "SENT").containsEntry("platform_id", second);
        report("[{\"phone_number\":\"" + mobile + "\",\"success\":true,\"err_code\":\"DELIVERED\",\"err_msg\":\"用户接收成功\",\"biz_id\":\""
                + second + "\",\"out_id\":\"" + sms + "\"}]");
        assertThat(notice(sms)).containsEntry("status", "DELIVERED");
    }

    @Test
    void oneReportPushCarriesEachReceiptToItsOwnNoticeAndIgnoresUnknownOnes() throws Exception {
        String ok = Api.mobile();
        String bad = Api.mobile();
        long delivered = smsFallbackNotice(ok);
        long failed = smsFallbackNotice(bad);
        String okBiz = (String) notice(delivered).get("platform_id");
        String badBiz = (String) notice(failed).get("platform_id");

        String ack = report("[{\"phone_number\":\"" + ok + "\",\"success\":true,\"err_code\":\"DELIVERED\",\"err_msg\":\"用户接收成功\",\"biz_id\":\""
                + okBiz + "\"},{\"phone_number\":\"" + bad + "\",\"success\":false,\"err_code\":\"IC_BLACK\",\"err_msg\":\"黑名单\",\"biz_id\":\""
                + badBiz + "\"},{\"phone_number\":\"13900000000\",\"success\":false,\"err_code\":\"X\",\"err_msg\":\"x\",\"biz_id\":\"biz-unknown\"}]");
        assertThat(ack).contains("\"code\":0").contains("接收成功");
        assertThat(notice(delivered)).containsEntry("status", "DELIVERED");
        assertThat(notice(failed)).containsEntry("status", "FAILED").containsEntry("last_code", "RECEIPT")
                .containsEntry("last_message", "IC_BLACK 黑名单");
        assertThat(count("SELECT COUNT(*) FROM notice WHERE platform_id = 'biz-unknown'")).isZero();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * An SMS notice to this contact mobile, dispatched once: the supplier's follower has left the
     * account (43004), so the review result goes by SMS instead. Returns the SMS notice's id.
     */
    private long smsFallbackNotice(String mobile) throws Exception {
        long supplierId = journeys.approvedSupplier(applicant(), mobile);
        FakeWeChat.instance().failing(TEMPLATE_SEND, 43004, "require subscribe");
        drain();
        return supplierNotices(supplierId).stream().filter(r -> "SMS".equals(r.get("channel"))).map(NoticeTestSupport::id)
                .findFirst().orElseThrow();
    }

    /** Leaves only the supplier's review result due (the receipt is taken out of the queue). */
    private long onlyTheReviewResult(long supplierId) {
        jdbc.update("UPDATE notice SET status = 'FAILED', last_code = 'NOT_IN_THIS_TEST' WHERE supplier_id = ? AND template_key = 'supplier-submitted'",
                supplierId);
        return jdbc.queryForObject("SELECT id FROM notice WHERE supplier_id = ? AND template_key = 'supplier-reviewed'", Long.class, supplierId);
    }

    private void assertRetriesLater(List<Map<String, Object>> rows, int attempt, String code) {
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            Map<String, Object> row = notice(id(r));
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(attempts(row)).isEqualTo(attempt);
            assertThat(row.get("last_code")).isEqualTo(code);
            assertBackoff(id(row), attempt);
            assertThat(attemptOutcomes(id(row))).last().isEqualTo("RETRY");
        });
    }

    /** Attempt n waits first-backoff × 2^(n−1), ±20 %, from now (the pinned clock). */
    private void assertBackoff(long id, int attempt) {
        long base = FIRST_BACKOFF.toMillis() << (attempt - 1);
        LocalDateTime next = nextAttemptAt(id);
        assertThat(next).as("next attempt after attempt " + attempt)
                .isAfterOrEqualTo(now().plus(Duration.ofMillis((long) (base * 0.8))))
                .isBeforeOrEqualTo(now().plus(Duration.ofMillis((long) (base * 1.2) + 1)));
    }

    /** The pinned time a second after the notice's next attempt is due. */
    private String afterBackoff(long id) {
        return nextAttemptAt(id).plusSeconds(1).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();
    }

    /** The platform recovers; once the backoff has passed the notices go, each exactly once more. */
    private void recoversAndIsSentOnce(List<Map<String, Object>> rows, Applicant applicant) {
        FakeWeChat.instance().reset();
        LocalDateTime latest = rows.stream().map(r -> nextAttemptAt(id(r))).max(Comparator.naturalOrder()).orElseThrow();
        pin(latest.plusSeconds(1).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString());
        drain();
        for (Map<String, Object> r : rows) {
            Map<String, Object> row = notice(id(r));
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(attempts(row)).isEqualTo(2);
            assertThat(attemptOutcomes(id(r))).containsExactly("RETRY", "SENT");
            List<WechatSent> sends = wechatSentFor(id(r));
            assertThat(sends).hasSize(1);
            assertThat(sends.get(0).touser()).isEqualTo(applicant.openid());
        }
    }

    private String report(String json) throws Exception {
        var response = mvc.perform(post("/api/public/sms-report/{secret}", REPORT_SECRET).contentType(MediaType.APPLICATION_JSON)
                .content(json.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
