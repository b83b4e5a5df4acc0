package cn.aiigd.pool.policy;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
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
     * Written Cantonese, common among Guangdong applicants, mapped to Mandarin before anything else
     * ("入咗池嘅企業使唔使再報" → "入了池的企業需不需要再報"); longest forms first, and 係 only where it
     * is the copula, not in 關係.
     */
    private static final String[][] CANTONESE = {
            {"使唔使", "需不需要"}, {"得唔得", "行不行"}, {"係咪", "是不是"}, {"系咪", "是不是"}, {"即係", "就是"},
            {"叫咩名", "叫什么"}, {"乜嘢", "什么"}, {"點樣", "怎么样"}, {"点样", "怎么样"}, {"幾多", "多少"},
            {"几多", "多少"}, {"邊日", "哪天"}, {"边日", "哪天"}, {"邊個", "哪个"}, {"边个", "哪个"}, {"邊度", "哪里"},
            {"边度", "哪里"}, {"搞掂", "搞定"}, {"截數", "截止"}, {"截数", "截止"}, {"我哋", "我们"}, {"佢哋", "他们"},
            {"你哋", "你们"}, {"入咗", "入了"}, {"冇", "没有"}, {"唔", "不"}, {"嘅", "的"}, {"喺", "在"}, {"咩", "什么"},
            {"咗", "了"}, {"睇", "看"}, {"啲", "些"}, {"嗰", "那"}};
    private static final java.util.regex.Pattern CANTONESE_COPULA = java.util.regex.Pattern.compile("(?<![關关聯联維维])係");

    static String fromCantonese(String s) {
        String out = s;
        for (String[] pair : CANTONESE) {
            out = out.replace(pair[0], pair[1]);
        }
        return CANTONESE_COPULA.matcher(out).replaceAll("是");
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
        s = TO_SIMPLIFIED.get().transliterate(s);
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
