package cn.aiigd.pool.policy;

import cn.aiigd.pool.dictionary.Entries.Industry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** Weighing categories against each other ("算家具还是纺织", "通用设备还是专用设备"). */
    private static final Pattern CHOICE = Pattern.compile("还是|算不算|属不属于");
    /** Where a product goes ("床垫厂算家具吗", "兽药厂算医药还是化工"). */
    private static final Pattern PRODUCT_CHOICE = Pattern.compile("算.{0,10}(还是|吗|不)");
    /**
     * A repair business ("修变压器的维修厂", "帮工厂修电机的") is 43 金属制品、机械和设备修理业, whatever
     * it repairs; a maker that also repairs ("做数控机床也提供维修服务") is still a maker.
     */
    private static final Pattern REPAIR = Pattern.compile("(维修|修理|检修)(厂|公司|店|部|站|企业)|专门(做)?(维修|修理|检修)|(帮|给|替).{0,8}(修|维修|检修)|以(维修|修理)为主");
    private static final String REPAIR_CODE = "43";
    /**
     * Filling in the service industries, where several categories may be named at once ("擅长行业我想写……",
     * "填行业的地方"); 行业 or 领域 alone ("工业互联网领域", "服务领域有汽车、家具、纺织") is not.
     */
    private static final Pattern FILLING_IN = Pattern.compile("(填|写|选|勾)\\S{0,6}(行业|领域)|(行业|领域)\\S{0,8}(填|写|选|勾)");
    private static final int SEVERAL = 3;
    private static final Pattern NOT_INDUSTRY = Pattern.compile("申报类别|申报方向|技术方向|哪个方向|申报哪个类|四个类别|能力类别|小类|中类|四位|4位");


    IndustryLookup() {
    }

    /** What a question asked about, and the category it resolves to. */
    record Match(String asked, Industry industry, boolean byCode) {
    }

    /** "三十一" → "31", "十九" → "19": codes are often written out in Chinese. */
    static String chineseNumeralsToDigits(String text) {
        return TENS.matcher(text).replaceAll(m -> TextNormalizer.chineseNumber(m.group()));
    }

    private static final Pattern TENS = Pattern.compile("[一二三四]?十[一二三四五六七八九]?");

    /**
     * Whether a question about filling in the service industries names three categories or more
     * ("客户有做家具的也有做塑料的还有做汽车配件的……四个全部填上去行不行"): it asks how many may be
     * filled in, which the service-industries entry answers, not what one of them is.
     */
    boolean namesSeveral(String text, Map<String, String> keywords, List<Industry> industries) {
        String normalized = chineseNumeralsToDigits(text);
        return FILLING_IN.matcher(normalized).find() && !NOT_INDUSTRY.matcher(normalized).find()
                && categoriesNamed(normalized, keywords, industries) >= SEVERAL;
    }

    /** How many different categories a text names, by name or by what they make. */
    private int categoriesNamed(String normalized, Map<String, String> keywords, List<Industry> industries) {
        Map<Character, List<Map.Entry<String, String>>> byFirst = termsByFirstCharacter(keywords, industries);
        String[] codeAt = new String[normalized.length()];
        // Longest match from left to right: 纺织机械 is one machine, not 纺织 too.
        for (int at = 0; at < normalized.length(); ) {
            Map.Entry<String, String> hit = null;
            for (Map.Entry<String, String> t : byFirst.getOrDefault(normalized.charAt(at), List.of())) {
                if (normalized.startsWith(t.getKey(), at)) {
                    hit = t;
                    break;
                }
            }
            if (hit == null) {
                at++;
            } else {
                Arrays.fill(codeAt, at, at + hit.getKey().length(), hit.getValue());
                at += hit.getKey().length();
            }
        }
        // Terms that run into each other name one product ("五金冲压模具" is moulds), by its last word.
        Set<String> codes = new HashSet<>();
        for (int k = 0; k < codeAt.length; k++) {
            if (codeAt[k] != null && (k + 1 == codeAt.length || codeAt[k + 1] == null)) {
                codes.add(codeAt[k]);
            }
        }
        return codes.size();
    }

    Optional<Match> find(String text, Map<String, String> keywords, List<Industry> industries) {
        String normalized = chineseNumeralsToDigits(text);
        boolean intent = INTENT.matcher(normalized).find();
        boolean choice = CHOICE.matcher(normalized).find();
        boolean productChoice = PRODUCT_CHOICE.matcher(normalized).find();
        // Most questions ask nothing of the kind: they are let go before the keyword table is scanned.
        if (!(intent || choice || productChoice) || NOT_INDUSTRY.matcher(normalized).find() || asksForApplicationCategory(normalized)) {
            return Optional.empty();
        }
        // Three categories named are not one to look up ("服务的行业有纺织、家具、汽车、医药，入选后能参加供需对接吗").
        if (categoriesNamed(normalized, keywords, industries) >= SEVERAL) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> names = names(industries);
        // A keyword that is a category's own name ("通用设备") names the category, not a product.
        java.util.Set<String> nameTexts = new java.util.HashSet<>();
        names.forEach(n -> nameTexts.add(n.getKey()));
        Map.Entry<String, String> product = longestIn(normalized,
                keywords.entrySet().stream().filter(k -> !nameTexts.contains(k.getKey())).toList());
        Map.Entry<String, String> named = longestIn(normalized, names);
        // Weighing two categories ("是通用设备还是专用设备"), or where a product goes ("兽药厂算医药还是化工"),
        // is asking for one too; a category named in passing ("医药企业是不是也可以申报") is not.
        boolean asks = intent || (choice && codesWeighed(normalized, names, product) >= 2) || (product != null && productChoice);
        if (!asks) {
            return Optional.empty();
        }
        // What the company makes decides, not the categories it wonders about ("兽药厂算医药还是化工").
        Map.Entry<String, String> best = product != null ? product : named;
        if (best != null) {
            String code = REPAIR.matcher(normalized).find() && isEquipment(best.getValue()) ? REPAIR_CODE : best.getValue();
            String asked = code.equals(best.getValue()) ? best.getKey() : best.getKey() + "维修";
            return industry(industries, code).map(i -> new Match(asked, i, false));
        }
        Matcher m = CODE.matcher(normalized);
        if (CODE_CONTEXT.matcher(normalized).find() && m.find()) {
            return industry(industries, m.group(1)).map(i -> new Match(m.group(1), i, true));
        }
        return Optional.empty();
    }

    /** The table a knowledge-base snapshot holds, arranged once: the same maps until the next rebuild. */
    private record ArrangedTerms(Map<String, String> keywords, List<Industry> industries,
                                 Map<Character, List<Map.Entry<String, String>>> byFirstCharacter) {
    }

    private volatile ArrangedTerms arranged;

    /** Names and product words by their first character, longest first (a question is scanned once, not once per term). */
    private Map<Character, List<Map.Entry<String, String>>> termsByFirstCharacter(Map<String, String> keywords, List<Industry> industries) {
        ArrangedTerms a = arranged;
        if (a == null || a.keywords() != keywords || a.industries() != industries) {
            List<Map.Entry<String, String>> terms = new ArrayList<>(names(industries));
            keywords.forEach((k, code) -> terms.add(Map.entry(k.toLowerCase(Locale.ROOT), code)));
            terms.sort(Comparator.comparingInt((Map.Entry<String, String> t) -> t.getKey().length()).reversed());
            Map<Character, List<Map.Entry<String, String>>> byFirst = new java.util.HashMap<>();
            terms.stream().filter(t -> !t.getKey().isEmpty())
                    .forEach(t -> byFirst.computeIfAbsent(t.getKey().charAt(0), c -> new ArrayList<>()).add(t));
            a = new ArrangedTerms(keywords, industries, byFirst);
            arranged = a;
        }
        return a.byFirstCharacter();
    }

    /** Every category's name, and its short name ("家具" for 家具制造业), with its code. */
    private static List<Map.Entry<String, String>> names(List<Industry> industries) {
        List<Map.Entry<String, String>> names = new ArrayList<>();
        for (Industry i : industries) {
            names.add(Map.entry(i.name(), i.code()));
            String shortName = i.name().replace("制造业", "").replace("业", "");
            // 其他制造业's short name is just 其他 ("其他方面"), which names nothing.
            if (shortName.length() >= 2 && !shortName.equals("其他")) {
                names.add(Map.entry(shortName, i.code()));
            }
        }
        return names;
    }

    /** The longest term the text contains ("农药" over "药"); among equals, the one that starts first ("纸箱包装": 纸箱, not 箱包). */
    private static Map.Entry<String, String> longestIn(String normalized, List<? extends Map.Entry<String, String>> terms) {
        Map.Entry<String, String> best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<String, String> c : terms) {
            int at = normalized.indexOf(c.getKey().toLowerCase(java.util.Locale.ROOT));
            if (at >= 0 && (best == null || c.getKey().length() > best.getKey().length()
                    || (c.getKey().length() == best.getKey().length() && at < bestAt))) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }

    /** How many different categories the text names outside the product it names ("纺织机械" does not name 纺织). */
    private static long codesWeighed(String normalized, List<Map.Entry<String, String>> names, Map.Entry<String, String> product) {
        int from = product == null ? -1 : normalized.indexOf(product.getKey().toLowerCase(java.util.Locale.ROOT));
        int to = from < 0 ? -1 : from + product.getKey().length();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Map.Entry<String, String> n : names) {
            for (int at = normalized.indexOf(n.getKey()); at >= 0; at = normalized.indexOf(n.getKey(), at + 1)) {
                if (at >= to || at + n.getKey().length() <= from) {
                    codes.add(n.getValue());
                    break;
                }
            }
        }
        return codes.size();
    }

    /** Metal products, machinery and equipment (33–40): division 43 repairs these. */
    private static boolean isEquipment(String code) {
        int c = Integer.parseInt(code);
        return c >= 33 && c <= 40;
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
