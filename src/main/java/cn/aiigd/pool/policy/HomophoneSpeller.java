package cn.aiigd.pool.policy;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applicants type with pinyin input methods and often take the wrong character of the right sound:
 * 资源迟 for 资源池, 审合 for 审核, 达辩 for 答辩, 专立 for 专利, 两皮 for 两批. A stretch of the question
 * that the knowledge base never uses, but that sounds exactly like one of its words (tones aside) and
 * differs from it in one character, is read as that word.
 *
 * <p>Only the knowledge base's own words are candidates, a sound shared by two of them corrects
 * nothing, and a stretch that smartcn reads as a word of its own is left alone: 公式 stays 公式 even
 * though it sounds like 公示.
 */
final class HomophoneSpeller {

    private static final int SHORTEST = 2;
    private static final int LONGEST = 4;

    /** ICU transliterators are not safe to share between threads; a character's sound never changes. */
    private static final ThreadLocal<Transliterator> TO_PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    private static final Map<Character, String> SOUNDS = new ConcurrentHashMap<>();

    /**
     * Characters too common to be taken for a typo: a 的 is not a mistyped 地, nor 一次 a mistyped
     * 依次, nor 做 a mistyped 作. Function words, everyday verbs and numerals.
     */
    private static final String NEVER_A_TYPO = "的地得了是在一不有和就上下也都这那个们时会到说要去能对为中吗呢吧啊与及或把被给让从向"
            + "于以之其又再还很多少大小好来过后前里外内几次做出进比高包即识看用想找开关写填交报问答收发走拿放买卖行句件种点样"
            + "边号天年月日名家人"
            + "二三四五六七八九十百千万两零";

    private final Set<String> known;
    private final Map<String, List<String>> bySound = new HashMap<>();

    /**
     * @param answerWords the words of the knowledge base's answers, spelled as the notice spells them
     * @param terms the domain dictionary's terms
     * @param products the product keywords of the industry table (主板 is not a mistyped 主办)
     */
    HomophoneSpeller(Collection<String> answerWords, Collection<String> terms, Collection<String> products) {
        this.known = new java.util.HashSet<>();
        List<String> words = new ArrayList<>(answerWords);
        words.addAll(terms);
        words.addAll(products);
        for (String w : words) {
            if (w.length() >= SHORTEST && w.length() <= LONGEST && w.chars().allMatch(HomophoneSpeller::isHan)) {
                if (known.add(w)) {
                    bySound.computeIfAbsent(sound(w), k -> new ArrayList<>()).add(w);
                }
            }
        }
    }

    /** The normalized question with its homophone typos spelled as the knowledge base spells them. */
    @SuppressWarnings("unchecked")
    String spell(String normalized) {
        // What smartcn reads as a word (or a lone character) in the question: real words are never
        // changed. Analysing costs more than the rest, so only a question with a candidate pays for it.
        Set<String>[] analysed = new Set[1];
        java.util.function.Supplier<Set<String>> questionWords = () -> analysed[0] != null ? analysed[0]
                : (analysed[0] = PolicyIndex.tokens(PolicyIndex.WORDS, normalized));
        // Each character's sound once, so a window's sound is only their concatenation.
        String[] sounds = new String[normalized.length()];
        for (int c = 0; c < sounds.length; c++) {
            sounds[c] = isHan(normalized.charAt(c)) ? soundOf(normalized.charAt(c)) : null;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < normalized.length()) {
            int matched = 0;
            String replacement = null;
            int han = 0;
            while (han < LONGEST && i + han < sounds.length && sounds[i + han] != null) {
                han++;
            }
            for (int len = han; len >= SHORTEST && matched == 0; len--) {
                String window = normalized.substring(i, i + len);
                String sound;
                if (known.contains(window)) {
                    matched = len;
                } else if (bySound.containsKey(sound = sound(sounds, i, len)) && !questionWords.get().contains(window)) {
                    String word = soleOneCharacterApart(window, bySound.get(sound), questionWords.get());
                    if (word != null && formsKnownWordOutside(normalized, i, len, onlyDifference(word, window))) {
                        // 公示后 is not 公事后: the character already makes a word with its neighbour.
                        word = null;
                    }
                    if (word != null) {
                        matched = len;
                        replacement = word;
                    }
                }
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(normalized.substring(0, i));
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(normalized, i, i + Math.max(matched, 1));
            }
            i += Math.max(matched, 1);
        }
        return out == null ? normalized : out.toString();
    }

    /**
     * The one known word that sounds like the window and differs from it in exactly one character,
     * where the window's character stands alone in the question (no word of smartcn's takes it in)
     * and is not one of the everyday characters that are nearly never mistyped.
     */
    private static String soleOneCharacterApart(String window, List<String> sameSound, Set<String> questionWords) {
        String found = null;
        for (String w : sameSound) {
            int at = w.length() == window.length() ? onlyDifference(w, window) : -1;
            if (at >= 0 && NEVER_A_TYPO.indexOf(window.charAt(at)) < 0 && questionWords.contains(String.valueOf(window.charAt(at)))) {
                if (found != null) {
                    return null;
                }
                found = w;
            }
        }
        return found;
    }

    /**
     * Whether the window's character at {@code at} makes a known word with the neighbours outside the
     * window: 公示后 is not 公事后, nor 服务全广东 服务券广东.
     */
    private boolean formsKnownWordOutside(String text, int start, int len, int at) {
        int p = start + at;
        for (int n = SHORTEST; n <= LONGEST; n++) {
            if ((at == 0 && p - n + 1 >= 0 && known.contains(text.substring(p - n + 1, p + 1)))
                    || (at == len - 1 && p + n <= text.length() && known.contains(text.substring(p, p + n)))) {
                return true;
            }
        }
        return false;
    }

    /** Where two strings of one length differ, if in exactly one place; otherwise -1. */
    private static int onlyDifference(String a, String b) {
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }

    static String sound(String han) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < han.length(); i++) {
            s.append(soundOf(han.charAt(i))).append(' ');
        }
        return s.toString();
    }

    private static String sound(String[] sounds, int from, int len) {
        StringBuilder s = new StringBuilder(len * 6);
        for (int i = from; i < from + len; i++) {
            s.append(sounds[i]).append(' ');
        }
        return s.toString();
    }

    private static String soundOf(char c) {
        return SOUNDS.computeIfAbsent(c, k -> TO_PINYIN.get().transliterate(String.valueOf(k)).trim().toLowerCase(Locale.ROOT));
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
