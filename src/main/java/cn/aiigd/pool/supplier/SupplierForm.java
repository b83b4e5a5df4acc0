package cn.aiigd.pool.supplier;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * The registration record as the applicant fills it in. A draft may be incomplete; formats are
 * checked on every save, completeness on submit.
 */
@Schema(description = "供应商认证基本信息")
public record SupplierForm(
        @Schema(description = "企业（单位）名称", example = "广州某某工业互联网科技有限公司") String companyName,
        @Schema(description = "统一社会信用代码（18 位，大写）", example = "91310110666007217T") String creditCode,
        @Schema(description = "注册地省级行政区代码（广东 440000；香港 810000 …）", example = "440000") String registrationProvince,
        @Schema(description = "注册地地级以上市代码（广东省内必填）", example = "440100") String registrationCity,
        @Schema(description = "法定代表人") String legalRepresentative,
        @Schema(description = "成立日期", example = "2015-06-01") LocalDate foundedOn,
        @Schema(description = "声明：业务覆盖范围或相关权限能够覆盖或管理广东省全境") Boolean coversGuangdong,
        @Schema(description = "在广东省内的技术和服务团队情况") String teamInGuangdong,
        @Schema(description = "自主知识产权和专利情况") String ipSummary,
        @Schema(description = "服务行业：1–3 个 GB/T 4754-2011 制造业大类代码，或仅 [\"ALL\"] 表示全行业", example = "[\"29\", \"39\"]") List<String> industries,
        @Schema(description = "在广东省内已实施完成的工业应用实践案例（至少 1 个）") List<CaseForm> cases,
        @Schema(description = "联络员姓名") String contactName,
        @Schema(description = "联络员手机", example = "13800001234") String contactMobile,
        @Schema(description = "联络员邮箱", example = "contact@example.com") String contactEmail,
        @Schema(description = "承诺遵守通知各项要求、所填信息真实客观完整") Boolean consentCommitments,
        @Schema(description = "涉及第三方单位隐私信息的，已事先征得其同意") Boolean consentPrivacy) {

    /** One completed case in Guangdong. */
    public record CaseForm(
            @Schema(description = "客户名称") String customer,
            @Schema(description = "客户所属行业（GB/T 4754-2011 大类代码）", example = "29") String industry,
            @Schema(description = "完成年份", example = "2020") Integer year,
            @Schema(description = "案例简介") String summary) {
    }
}
