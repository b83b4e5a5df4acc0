package cn.aiigd.pool.policy;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Brings a question to one form before anything reads it: full-width to half-width (NFKC),
 * traditional to simplified characters (ICU), lower case, and everything that is not a letter, a
 * digit or a Chinese character (emoji, punctuation, Lucene syntax, SQL quotes) turned into spaces.
 * Only the first {@link #MAX_CHARS} characters count: nobody asks a policy question in 5,000.
 */
@Component
public class TextNormalizer {

    static final int MAX_CHARS = 200;

    /** ICU transliterators are not safe to share between threads. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    /**
     * Characters a text must hold for the transliterator to change it: most questions are written in
     * simplified characters, have none, and skip it (a tenth of an answer's time).
     */
    private static final UnicodeSet TRADITIONAL = changedBy(Transliterator.getInstance("Traditional-Simplified"));

    /**
     * A character of every rule whose two sides differ: a rule only applies where all its characters
     * are. Most rules are one character ("們 > 们"); a rule of several ("餘額 > 余额") usually holds one
     * of those, and otherwise ("沈默 > 沉默", "份子 > 分子") gives the character most such rules share.
     * ICU's own {@code getSourceSet()} would do, but it holds every character any rule names, common
     * simplified ones like 要 and 有 among them, so almost no question would skip. A rule whose
     * source is not plain letters (a context, a set, an anchor), which the transliterator has none of
     * today, makes it fall back to that wider set.
     */
    static UnicodeSet changedBy(Transliterator transliterator) {
        List<String> changing = new java.util.ArrayList<>();
        for (String rule : transliterator.toRules(false).split(";")) {
            if (rule.isBlank()) {
                continue;
            }
            int arrow = rule.indexOf('>');
            String from = arrow < 0 ? "" : rule.substring(0, arrow).strip();
            // Anything but plain letters (a context, a set, an anchor, a quote …) is rule syntax this
            // reading does not follow.
            if (from.isEmpty() || !from.codePoints().allMatch(Character::isLetter)) {
                return transliterator.getSourceSet().freeze();
            }
            if (!from.equals(rule.substring(arrow + 1).strip())) {
                changing.add(from);
            }
        }
        UnicodeSet set = new UnicodeSet();
        changing.stream().filter(from -> from.codePointCount(0, from.length()) == 1).forEach(from -> set.add(from.codePointAt(0)));
        List<String> unmarked = changing.stream().filter(set::containsNone).toList();
        Map<Integer, Long> shared = unmarked.stream().flatMap(from -> from.codePoints().boxed())
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
        for (String from : unmarked) {
            set.add(from.codePoints().boxed().max(java.util.Comparator.comparing(shared::get)).orElseThrow().intValue());
        }
        return set.freeze();
    }

    static String toSimplified(String s) {
        return TRADITIONAL.containsNone(s) ? s : TO_SIMPLIFIED.get().transliterate(s);
    }

    /**
     * Written Cantonese, common among Guangdong applicants, mapped to Mandarin before anything else
     * ("入咗池嘅企業使唔使再報" → "入了池的企業需不需要再報"); longest forms first, and 係 only where it
     * is the copula, not in 關係.
     */
    private static final String[][] CANTONESE = {
            {"使唔使", "需不需要"}, {"得唔得", "行不行"}, {"係咪", "是不是"}, {"系咪", "是不是"}, {"即係", "就是"},
            {"叫咩名", "叫什么"}, {"乜嘢", "什么"}, {"點樣", "怎么样"}, {"点样", "怎么样"}, {"幾多", "多少"},
            {"几多", "多少"}, {"邊日", "哪天"}, {"边日", "哪天"}, {"邊個", "哪个"}, {"边个", "哪个"}, {"邊度", "哪里"},
            {"边度", "哪里"}, {"搞掂", "搞定"}, {"截數", "截止"}, {"截数", "截止"}, {"我哋", "我们"}, {"佢哋", "他们"},
            {"你哋", "你们"}, {"入咗", "入了"}, {"舊年", "去年"}, {"旧年", "去年"},
            {"著數", "好处"}, {"着數", "好处"}, {"着数", "好处"}, {"呢個", "这个"}, {"呢个", "这个"}, {"俾", "给"}, {"冇", "没有"}, {"唔", "不"}, {"嘅", "的"}, {"喺", "在"}, {"咩", "什么"},
            {"咗", "了"}, {"睇", "看"}, {"啲", "些"}, {"嗰", "那"}, {"幾時", "什么时候"}, {"几时", "什么时候"}, {"幾耐", "多久"},
            {"几耐", "多久"}, {"嚟", "来"}, {"畀", "给"}, {"佢", "他"}, {"咁", "这么"}};
    /** 點 as "how", not the tail of 重点, 难点, 早点, 快点, 有点 …: the characters it must not follow. */
    private static final String NOT_A_POINT = "(?<![重难難疑焦亮特优優缺盲热熱起终終痛卖賣看观觀早快慢晚多少有差])";
    /**
     * Cantonese words that are also the tail of Mandarin ones, read only where they stand alone:
     * 仲 (still) but not 仲裁 or 仲恺 (a Huizhou district), 点解 (why), 点做 and 点处理 (how to) but not 重点解决,
     * 要点解读 or 重点做, 唔過 (fail) but not 唔過三個 (not more than three), 入面 (inside) but not 进入面试 or 输入面板.
     * They run first, in this order, while 唔 is still 唔.
     */
    private static final List<Map.Entry<Pattern, String>> CANTONESE_ALONE = List.of(
            Map.entry(Pattern.compile("仲(?![裁恺愷夏秋介])"), "还"),
            Map.entry(Pattern.compile("(?<![重要难難疑焦亮特优優缺盲热熱起终終痛卖賣看观觀])[点點]解"), "为什么"),
            // 要點做 is "how do we do it"; 重点做 is "focus on".
            Map.entry(Pattern.compile(NOT_A_POINT + "[点點]做"), "怎么做"),
            // 要點處理 is "how to handle it"; 早點處理 is "handle it sooner".
            Map.entry(Pattern.compile(NOT_A_POINT + "[点點](处理|處理)"), "怎么$1"),
            // 點樣報名 is "how to apply" (怎么报名, as the entries' words have it); 結果點樣 is "how is it".
            Map.entry(Pattern.compile(NOT_A_POINT + "[点點][样樣](?=\\p{IsHan})(?![呀啊呢嘅的㗎架])"), "怎么"),
            // 唔過 is failing, but 唔過三個 is "not more than three".
            Map.entry(Pattern.compile("唔[過过](?![0-9一二两兩三四五六七八九十百几幾])"), "没通过"),
            Map.entry(Pattern.compile("(?<![进進输輸录錄收投陷深导導引])入面"), "里面"));
    private static final Pattern CANTONESE_COPULA = Pattern.compile("(?<![關关聯联維维])係");

    static String fromCantonese(String s) {
        String out = s;
        for (var pair : CANTONESE_ALONE) {
            out = pair.getKey().matcher(out).replaceAll(pair.getValue());
        }
        for (String[] pair : CANTONESE) {
            out = out.replace(pair[0], pair[1]);
        }
        return CANTONESE_COPULA.matcher(out).replaceAll("是");
    }

    private static final Pattern CHINESE_MONTH = Pattern.compile("(?<![一二两三四五六七八九十])([一二两三四五六七八九十]{1,3})(?=月)");
    private static final Pattern CHINESE_DAY = Pattern.compile("(?<=\\d月)([一二三四五六七八九十]{1,3})(?=[号日])");
    private static final Pattern CHINESE_DAYS = Pattern.compile("(?<![一二两三四五六七八九十])([一二两三四五六七八九十]{1,3})(?=个工作日)");

    /**
     * Dates as people type them ("二月一号到三月十五号", "五个工作日") in the digits the notice uses
     * ("2月1号到3月15号"): otherwise 二月 is a word no phrasing has.
     */
    static String chineseDatesToDigits(String s) {
        String out = CHINESE_MONTH.matcher(s).replaceAll(m -> upTo(m.group(1), 12));
        out = CHINESE_DAY.matcher(out).replaceAll(m -> upTo(m.group(1), 31));
        return CHINESE_DAYS.matcher(out).replaceAll(m -> chineseNumber(m.group(1)));
    }

    /** The numeral in digits if it can be a month (day) at all: 九十月份 stays as it is. */
    private static String upTo(String han, int max) {
        String digits = chineseNumber(han);
        return !digits.equals(han) && Integer.parseInt(digits) <= max ? digits : han;
    }

    /** 一 … 九十九 as digits; anything else is returned as it was. */
    static String chineseNumber(String han) {
        String digits = "零一二三四五六七八九";
        int ten = han.indexOf('十');
        int value;
        if (ten < 0) {
            if (han.length() != 1) {
                return han;
            }
            value = han.equals("两") ? 2 : digits.indexOf(han.charAt(0));
        } else {
            int tens = ten == 0 ? 1 : ten == 1 ? digit(han.charAt(0)) : -1;
            int units = ten == han.length() - 1 ? 0 : ten == han.length() - 2 ? digit(han.charAt(ten + 1)) : -1;
            if (tens < 1 || units < 0) {
                return han;
            }
            value = tens * 10 + units;
        }
        return value > 0 ? String.valueOf(value) : han;
    }

    private static int digit(char c) {
        return c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
    }

    /**
     * The same questions come again and again, and normalizing (NFKC, traditional → simplified,
     * Cantonese words) is a good part of answering one. Short texts only, so the cache stays small.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, String> recent;
    private static final int CACHED_UP_TO = 200;

    public TextNormalizer() {
        this(10_000);
    }

    /** @param cacheSize how many recent texts to keep normalized; 0 keeps none ({@code pool.policy.cache-size}) */
    @org.springframework.beans.factory.annotation.Autowired
    public TextNormalizer(@org.springframework.beans.factory.annotation.Value("${pool.policy.cache-size:10000}") int cacheSize) {
        // Caffeine evicts asynchronously, so a zero-sized cache could still answer a repeat: none at all instead.
        this.recent = cacheSize > 0 ? com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
    }

    public String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return recent != null && raw.length() <= CACHED_UP_TO ? recent.get(raw, this::normalizeUncached) : normalizeUncached(raw);
    }

    private String normalizeUncached(String raw) {
        String s = raw.length() > MAX_CHARS * 2 ? raw.substring(0, MAX_CHARS * 2) : raw;
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = fromCantonese(s);
        s = toSimplified(s);
        s = chineseDatesToDigits(s);
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                space = false;
            } else if (!space && out.length() > 0) {
                out.append(' ');
                space = true;
            }
            if (out.length() >= MAX_CHARS) {
                break;
            }
        }
        return out.toString().trim();
    }
}
