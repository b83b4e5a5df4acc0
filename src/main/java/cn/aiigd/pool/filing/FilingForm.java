package cn.aiigd.pool.filing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A capability filing as the applicant fills it in (附件一 申报要素). */
@Schema(description = "应用产品/服务能力申报")
public record FilingForm(
        @Schema(description = "申报类别：APPLICATION 应用（含工业软件）/ PLATFORM 平台 / NETWORK 网络 / SECURITY 安全", example = "APPLICATION") String category,
        @Schema(description = "所属新一代信息技术方向（可多选或不选）", example = "[\"AI\", \"MACHINE_VISION\"]") List<String> directions,
        @Schema(description = "产品或服务名称") String productName,
        @Schema(description = "产品或服务介绍") String description,
        @Schema(description = "OT 与 IT 深度融合的特点") String otItIntegration,
        @Schema(description = "在广东省内的应用案例") String guangdongCases,
        @Schema(description = "相关知识产权和专利") String ipSummary) {
}
