package cn.aiigd.pool.policy;

import cn.aiigd.pool.dictionary.Entries.Industry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * GB/T 4754-2011 manufacturing major categories by code ("36"), by name ("汽车制造业") and by what a
 * company makes ("注塑" → 29, from the product-keyword table) — but only for questions that ask
 * about an industry, so "手机上怎么申报" is not mistaken for one.
 */
@Component
class IndustryLookup {

    private static final Pattern INTENT = Pattern.compile(
            "行业|哪类|哪一类|什么类|哪个类|哪种类|大类|分类|属于|归类|归属|代码|编码|编号|门类|国民经济|4754|算哪|算什么|选哪|填哪|对应|哪一个类");
    private static final Pattern CODE = Pattern.compile("(?<![0-9])(1[3-9]|2[0-9]|3[0-9]|4[0-3])(?![0-9])");
    private static final Pattern CODE_CONTEXT = Pattern.compile("代码|编码|编号|大类|行业");
    private static final Pattern NOT_INDUSTRY = Pattern.compile("申报类别|申报方向|技术方向|哪个方向|申报哪个类|四个类别|能力类别|小类|中类|四位|4位");


    IndustryLookup() {
    }

    /** What a question asked about, and the category it resolves to. */
    record Match(String asked, Industry industry, boolean byCode) {
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** "三十一" → "31", "十九" → "19": codes are often written out in Chinese. */
    static String chineseNumeralsToDigits(String text) {
        Matcher m = Pattern.compile("([一二三四])?十([一二三四五六七八九])?").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int tens = m.group(1) == null ? 1 : DIGITS.indexOf(m.group(1).charAt(0));
            int ones = m.group(2) == null ? 0 : DIGITS.indexOf(m.group(2).charAt(0));
            m.appendReplacement(sb, String.valueOf(tens * 10 + ones));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    Optional<Match> find(String text, Map<String, String> keywords, List<Industry> industries) {
        String normalized = chineseNumeralsToDigits(text);
        if (!INTENT.matcher(normalized).find() || NOT_INDUSTRY.matcher(normalized).find() || asksForApplicationCategory(normalized)) {
            return Optional.empty();
        }
        // Longest name or keyword wins, so "农药" beats "药" and "不锈钢制品" beats "钢".
        List<Map.Entry<String, String>> candidates = new ArrayList<>();
        for (Industry i : industries) {
            candidates.add(Map.entry(i.name(), i.code()));
            String shortName = i.name().replace("制造业", "").replace("业", "");
            if (shortName.length() >= 2) {
                candidates.add(Map.entry(shortName, i.code()));
            }
        }
        candidates.addAll(keywords.entrySet());
        // The longest term wins ("农药" over "药"); among equals, the one that starts first ("纸箱包装":
        // 纸箱, not 箱包).
        Map.Entry<String, String> best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<String, String> c : candidates) {
            int at = normalized.indexOf(c.getKey().toLowerCase(java.util.Locale.ROOT));
            if (at >= 0 && (best == null || c.getKey().length() > best.getKey().length()
                    || (c.getKey().length() == best.getKey().length() && at < bestAt))) {
                best = c;
                bestAt = at;
            }
        }
        if (best != null) {
            Map.Entry<String, String> found = best;
            return industry(industries, found.getValue()).map(i -> new Match(found.getKey(), i, false));
        }
        Matcher m = CODE.matcher(normalized);
        if (CODE_CONTEXT.matcher(normalized).find() && m.find()) {
            return industry(industries, m.group(1)).map(i -> new Match(m.group(1), i, true));
        }
        return Optional.empty();
    }

    /**
     * "做交换机的报哪个类别": the call's four application categories, not an industry. Applicants say
     * 类别 (or category) for those and 行业 for industries, so a question with the one and not the
     * other is about the categories.
     */
    private static boolean asksForApplicationCategory(String normalized) {
        return (normalized.contains("类别") || normalized.contains("category")) && !normalized.contains("行业");
    }

    String answer(Match m) {
        Industry i = m.industry();
        if (m.byCode()) {
            return "GB/T 4754-2011 制造业大类代码 " + i.code() + " 是“" + i.name() + "”。填写服务行业时最多选择三个大类；"
                    + "擅长跨行业的请填写“全行业”。";
        }
        return "“" + m.asked() + "”属于国民经济行业分类（GB/T 4754-2011）制造业大类 " + i.code() + "“" + i.name()
                + "”。填写服务行业时最多选择三个大类；擅长跨行业的请填写“全行业”。";
    }

    private static Optional<Industry> industry(List<Industry> all, String code) {
        return all.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
