package cn.aiigd.pool.notify.template;

import java.util.HashMap;
import java.util.Map;

/** Example event data: for previews, and (the longest plausible values) for validating lengths. */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static Map<String, String> sample(String event) {
        Map<String, String> v = new HashMap<>();
        if ("broadcast".equals(event)) {
            v.put("broadcastId", "7");
            v.put("title", "关于第二批申报时间的通知");
            v.put("summary", "第二批申报8月1日开始，9月15日截止");
            v.put("body", "第二批申报8月1日开始，9月15日截止，请已通过基本审核的供应商按时提交应用产品。");
            v.put("at", "2021年07月20日 10:00");
            v.put("signName", "广东省工业互联网产业联盟");
            return v;
        }
        if ("reviewer".equals(event)) {
            v.put("reviewerName", "李审核");
            v.put("scopeName", "广州市");
            v.put("overdue", "1");
            v.put("dueSoon", "2");
            v.put("today", "2021年02月22日");
            v.put("horizon", "2021年02月23日");
            v.put("items", "【已超期】广州示例智能科技有限公司，应于2月19日前完成（编号 1024）\n"
                    + "【即将到期】广州样例软件有限公司，应于2月22日前完成（编号 1025）");
            v.put("consoleLink", "https://pool.example.cn/console/");
            v.put("at", "2021年02月22日 09:00");
            v.put("signName", "广东省工业互联网产业联盟");
            return v;
        }
        v.put("supplierId", "1024");
        v.put("companyName", "广州示例智能科技有限公司");
        v.put("contactName", "张工");
        v.put("signName", "广东省工业互联网产业联盟");
        v.put("at", "2021年02月10日 10:00");
        v.put("reason", "营业执照扫描件不清晰，请重新上传");
        if ("supplier".equals(event)) {
            v.put("status", "待审核");
            v.put("result", "审核通过");
            v.put("reasonOrNext", "可在申报时间内提交应用产品");
            v.put("reviewer", "广州市工业和信息化局");
            v.put("reviewDueOn", "2021年02月23日");
        } else {
            v.put("filingId", "2048");
            v.put("productName", "智造云MES制造执行系统");
            v.put("category", "工业互联网应用（含工业软件）");
            v.put("status", "已邀请答辩");
            v.put("result", "入选");
            v.put("resultDetail", "已正式发布，入选省资源池");
            v.put("reasonOrNext", "请在公众号确认参加答辩");
            v.put("defenseTime", "2021年03月20日 09:00~09:30");
            v.put("venue", "广东省工业互联网产业联盟会议室");
            v.put("address", "广州市天河区示例路1号");
            v.put("order", "3");
            v.put("publicityEndsOn", "2021年04月30日");
        }
        return v;
    }

    /** The sample with free-text values at the longest a real event plausibly carries. */
    static Map<String, String> longest(String event) {
        Map<String, String> v = sample(event);
        if ("broadcast".equals(event)) {
            // Titles of SMS broadcasts are held to Aliyun's 35 characters when they are written.
            v.put("title", "题".repeat(35));
            return v;
        }
        if ("reviewer".equals(event)) {
            v.put("scopeName", "省外注册企业（联盟审核）");
            v.put("overdue", "9999");
            v.put("dueSoon", "9999");
            return v;
        }
        v.put("companyName", "广".repeat(30));
        if ("filing".equals(event)) {
            v.put("productName", "品".repeat(30));
            v.put("venue", "会".repeat(30));
            v.put("order", "99");
        }
        return v;
    }
}
