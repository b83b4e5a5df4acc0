package cn.aiigd.pool.sandbox.demo;

import cn.aiigd.pool.common.validation.CreditCode;
import cn.aiigd.pool.filing.FilingForm;
import cn.aiigd.pool.supplier.SupplierForm;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Who the demo is about: the followers, their companies and products, and the two reviewers. All
 * invented; the mobiles and e-mails reach nobody (the recording channels keep what is "sent").
 */
final class DemoCast {

    private DemoCast() {
    }

    /** A demo follower: openid (the sandbox's prefix) and the name the page shows. */
    record Person(String openid, String nickname) {
    }

    static final Person CHEN = person(1, "陈志明（广州智造云）");
    static final Person LIN = person(2, "林晓燕（粤链科技）");
    static final Person WANG = person(3, "王海峰（湘江工控安全）");
    static final Person ZHAO = person(4, "赵敏（穗联网络）");
    static final Person HUANG = person(5, "黄丽（天河数智）");
    static final Person ZHOU = person(6, "周杰（上海联智）");
    static final List<Person> PEOPLE = List.of(CHEN, LIN, WANG, ZHAO, HUANG, ZHOU);

    /** A demo reviewer account: it decides, and it receives the deadline reminders. */
    record Reviewer(String username, String displayName, String cityCode, String email, String mobile) {
    }

    static final Reviewer GUANGZHOU = new Reviewer("sandbox-gz-reviewer", "广州市工信局审核员（演示）", "440100",
            "gz-reviewer@example.com", "13900139001");
    static final Reviewer ALLIANCE = new Reviewer("sandbox-alliance", "联盟秘书处（演示）", null, "alliance@example.com",
            "13900139002");

    static final SupplierForm ZHIZAOYUN = company("广州智造云科技有限公司", "440106", 1, "440000", "440100", "陈志明", "13800138001",
            "chen.zm@example.com", List.of("29", "34"), "佛山某注塑企业", "29", "注塑车间设备联网与能耗管理");
    static final SupplierForm YUELIAN = company("广州粤链工业互联网科技有限公司", "440112", 2, "440000", "440100", "林晓燕", "13800138002",
            "lin.xy@example.com", List.of("38", "39"), "东莞某电子制造企业", "39", "标识解析二级节点接入与供应链追溯");
    static final SupplierForm XIANGJIANG = company("湖南湘江工控安全技术有限公司", "430104", 3, "430000", null, "王海峰", "13800138003",
            "wang.hf@example.com", List.of("ALL"), "广州某汽车零部件企业", "36", "工控网络安全监测与等级保护建设");
    static final SupplierForm SUILIAN = company("广州穗联5G网络技术有限公司", "440104", 4, "440000", "440100", "赵敏", "13800138004",
            "zhao.min@example.com", List.of("38", "39"), "江门某家电企业", "38", "5G 专网覆盖总装车间与 AGV 调度");
    static final SupplierForm TIANHE = company("广州天河数智科技有限公司", "440106", 5, "440000", "440100", "黄丽", "13800138005",
            "huang.li@example.com", List.of("26", "29"), "茂名某化工企业", "26", "设备预测性维护与能耗优化");
    static final SupplierForm BAIYUN = company("广州白云精工模具有限公司", "440111", 6, "440000", "440100", "黄丽", "13800138005",
            "huang.li@example.com", List.of("34"), "广州某机械企业", "34", "模具设计云协同");
    static final SupplierForm LIANZHI = company("上海联智工业软件有限公司", "310115", 7, "310000", null, "周杰", "13800138006",
            "zhou.jie@example.com", List.of("34", "38"), "佛山某家具企业", "21", "计划排产与仓储管理系统");

    static final FilingForm ZHIZAOYUN_MES = product("APPLICATION", List.of("AI", "BIG_DATA"), "智造云MES制造执行系统",
            "面向注塑与五金企业的制造执行系统，覆盖排产、报工、质检与能耗管理。");
    static final FilingForm YUELIAN_PLATFORM = product("PLATFORM", List.of("EDGE_COMPUTING", "IDENTIFIER"), "粤链工业互联网平台",
            "跨行业工业互联网平台，提供设备接入、标识解析与供应链协同服务。");
    static final FilingForm XIANGJIANG_SOC = product("SECURITY", List.of("AI"), "工控安全态势感知系统",
            "面向工厂 OT 网络的资产识别、威胁检测与安全态势感知。");
    static final FilingForm SUILIAN_5G = product("NETWORK", List.of("5G"), "5G全连接工厂专网",
            "为离散制造工厂建设 5G 专网，支撑设备联网与移动机器人。");
    static final FilingForm SUILIAN_5G_PHASE2 = product("NETWORK", List.of("5G", "EDGE_COMPUTING"), "5G全连接工厂专网（二期）",
            "在一期专网基础上增加边缘计算节点与确定性网络能力。");
    static final FilingForm ZHIZAOYUN_PLATFORM = product("PLATFORM", List.of("BIG_DATA"), "智造云工业互联网平台",
            "汇聚注塑行业设备数据的行业级平台，提供工艺优化模型。");

    static final String RETURN_REASON = "营业执照扫描件不清晰，请上传加盖公章的清晰扫描件后重新提交";
    static final String DEFENSE_FAIL_REASON = "答辩材料中广东省内应用案例不足，OT 与 IT 融合特点阐述不充分";
    static final String LICENCE_FILE = "营业执照.pdf";
    static final String PROOF_FILE = "产品说明及案例证明.pdf";

    /** A one-page PDF, the smallest file the upload checks accept as one. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static Person person(int n, String nickname) {
        return new Person(String.format("oSandboxDemo%016d", n), nickname);
    }

    /** A valid credit code of the registering authority {@code division}, unique per demo company ("DM" + number). */
    static String creditCode(String division, int n) {
        String first17 = "91" + division + "DM" + String.format("%07d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static SupplierForm company(String name, String division, int n, String province, String city, String contact, String mobile,
                                        String email, List<String> industries, String customer, String customerIndustry, String caseSummary) {
        return new SupplierForm(name, creditCode(division, n), province, city, "法定代表人（演示）", LocalDate.of(2016, 3, 1), true,
                "在广州设有 30 人的实施与运维团队，覆盖全省 21 个地市", "拥有发明专利 2 项、软件著作权 8 项", industries,
                List.of(new SupplierForm.CaseForm(customer, customerIndustry, 2020, caseSummary)), contact, mobile, email, true, true);
    }

    private static FilingForm product(String category, List<String> directions, String name, String description) {
        return new FilingForm(category, directions, name, description, "PLC/DCS 数据采集与 MES、ERP 深度集成，实现 OT 与 IT 数据贯通",
                "佛山、东莞、江门等地 5 家制造企业已上线运行", "发明专利 1 项、软件著作权 3 项");
    }
}
