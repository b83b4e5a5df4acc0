package cn.aiigd.pool.wechat.conversation;

import cn.aiigd.pool.filing.FilingRegistrations;
import cn.aiigd.pool.filing.FilingView;
import cn.aiigd.pool.supplier.SupplierRegistrations;
import cn.aiigd.pool.supplier.SupplierStatus;
import cn.aiigd.pool.supplier.SupplierView;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** "进度": the follower's suppliers and filings, each with its stage, next step and date. */
@Component
class ProgressReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** WeChat shows about 2,048 bytes of a passive text reply; stay well inside. */
    static final int MAX_CHARS = 600;

    private final SupplierRegistrations suppliers;
    private final FilingRegistrations filings;
    private final Links links;

    ProgressReport(SupplierRegistrations suppliers, FilingRegistrations filings, Links links) {
        this.suppliers = suppliers;
        this.filings = filings;
        this.links = links;
    }

    String of(String openid) {
        List<SupplierView> mine = suppliers.mine(openid);
        if (mine.isEmpty()) {
            return "您的微信还没有绑定申报企业。\n· 已在平台注册的企业：回复“绑定”，用统一社会信用代码和联络员手机验证码绑定；\n"
                    + "· 还没有注册的企业：点击菜单“我要申报”开始注册。";
        }
        List<FilingView> myFilings = filings.mine(openid);
        StringBuilder sb = new StringBuilder("您的申报进度：");
        for (SupplierView s : mine) {
            sb.append("\n\n【").append(s.companyName() == null ? "未命名企业" : s.companyName()).append("】\n供应商认证：").append(s.statusLabel());
            if (s.status() == SupplierStatus.PENDING_REVIEW && s.reviewDueOn() != null) {
                sb.append("，预计").append(s.reviewDueOn().format(DAY)).append("前完成审核");
            } else if (s.status() == SupplierStatus.RETURNED && s.lastReason() != null) {
                sb.append("（").append(s.lastReason()).append("），请修改后重新提交");
            } else if (s.status() == SupplierStatus.DRAFT) {
                sb.append("，填写完成后请提交审核");
            } else if (s.status() == SupplierStatus.APPROVED && myFilings.stream().noneMatch(f -> f.supplierId() == s.id())) {
                sb.append("，可在申报时间内提交应用产品（服务能力）");
            }
            for (FilingView f : myFilings) {
                if (f.supplierId() != s.id()) {
                    continue;
                }
                sb.append("\n· ").append(f.batchName()).append("｜").append(f.categoryName());
                if (f.productName() != null && !f.productName().isBlank()) {
                    sb.append("｜").append(f.productName());
                }
                sb.append("：").append(f.statusLabel());
                if (f.nextStep() != null) {
                    sb.append("；下一步：").append(f.nextStep());
                    if (f.nextStepBy() != null) {
                        sb.append("（").append(f.nextStepBy().format(DAY)).append("前）");
                    }
                }
            }
        }
        String more = "\n\n详情请点击菜单“我要申报”查看。";
        if (sb.length() + more.length() > MAX_CHARS) {
            sb.setLength(MAX_CHARS - more.length() - 1);
            sb.append("…");
        }
        return sb.append(more).toString();
    }

    String bindingInvitation() {
        return "绑定申报企业：请点击下方链接，输入企业的统一社会信用代码，再填写发送到企业联络员手机的验证码即可。\n"
                + links.oauth("/h5/bind");
    }
}
