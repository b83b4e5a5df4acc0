package cn.aiigd.pool.filing;

import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.dictionary.Dictionaries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The notice's rules for a filing's content (通知 二（二）, 三（一）3). */
@Component
class FilingRules {

    private final Dictionaries dictionaries;

    FilingRules(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    List<FieldProblem> checkFormat(FilingForm f) {
        List<FieldProblem> p = new ArrayList<>();
        if (f.category() == null || dictionaries.categories().stream().noneMatch(c -> c.code().equals(f.category()))) {
            p.add(new FieldProblem("category", "请选择申报类别：工业互联网应用（含工业软件）、平台、网络或安全"));
        }
        if (f.directions() != null) {
            Set<String> seen = new HashSet<>();
            for (String d : f.directions()) {
                if (d == null || dictionaries.directions().stream().noneMatch(x -> x.code().equals(d))) {
                    p.add(new FieldProblem("directions", "未知的新技术方向：" + d));
                } else if (!seen.add(d)) {
                    p.add(new FieldProblem("directions", "新技术方向重复：" + d));
                }
            }
        }
        if (f.productName() == null || f.productName().isBlank()) {
            p.add(new FieldProblem("productName", "请填写产品或服务名称"));
        } else if (f.productName().trim().length() > 100) {
            p.add(new FieldProblem("productName", "产品或服务名称不超过 100 字"));
        }
        maxLength(p, "description", f.description(), "产品或服务介绍");
        maxLength(p, "otItIntegration", f.otItIntegration(), "OT 与 IT 融合特点");
        maxLength(p, "guangdongCases", f.guangdongCases(), "广东省内应用案例");
        maxLength(p, "ipSummary", f.ipSummary(), "知识产权情况");
        return p;
    }

    List<FieldProblem> checkComplete(Filing f, int fileCount) {
        List<FieldProblem> p = new ArrayList<>();
        required(p, "description", f.getDescription(), "请填写产品或服务介绍");
        required(p, "otItIntegration", f.getOtItIntegration(), "请说明产品或服务 OT 与 IT 深度融合的特点");
        required(p, "guangdongCases", f.getGuangdongCases(), "请填写在广东省内的应用案例");
        required(p, "ipSummary", f.getIpSummary(), "请填写相关自主知识产权和专利");
        if (fileCount == 0) {
            p.add(new FieldProblem("files", "请上传证明材料（至少 1 份，PDF/JPG/PNG）"));
        }
        return p;
    }

    private static void maxLength(List<FieldProblem> p, String field, String v, String what) {
        if (v != null && v.trim().length() > 2000) {
            p.add(new FieldProblem(field, what + "不超过 2000 字"));
        }
    }

    private static void required(List<FieldProblem> p, String field, String v, String message) {
        if (v == null || v.isBlank()) {
            p.add(new FieldProblem(field, message));
        }
    }
}
