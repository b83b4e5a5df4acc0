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

    public String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.length() > MAX_CHARS * 2 ? raw.substring(0, MAX_CHARS * 2) : raw;
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
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
