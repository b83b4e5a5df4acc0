package cn.aiigd.pool.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The numbered questions a fallback offered a follower ("您是不是想问：1. … 2. …"), kept in Redis for
 * ten minutes so that replying "2" on any node asks the second. Typing a number is what people do
 * in a WeChat chat; retyping a whole question they were just shown is not. A number means the list
 * in the reply just before it: any other reply forgets the list.
 */
@Component
class OfferedQuestions {

    /** "2", "２", "二", "第2个", "2." — a number and nothing else. */
    private static final Pattern PICK = Pattern.compile("^第?([1-9１-９一二三四五六七八九])(?:个|条|项|题|个问题)?[。.．、！!？?]?$");
    private static final String CHINESE_NUMERALS = "一二三四五六七八九";

    private static final String KIND = "policy-offered";

    private final FollowerMemory memory;

    OfferedQuestions(FollowerMemory memory) {
        this.memory = memory;
    }

    /** Which number a message is, if it is only a number (1–9); 0 otherwise. */
    static int number(String message) {
        if (message == null) {
            return 0;
        }
        Matcher m = PICK.matcher(message.strip());
        if (!m.matches()) {
            return 0;
        }
        char c = m.group(1).charAt(0);
        if (c >= '1' && c <= '9') {
            return c - '0';
        }
        if (c >= '１' && c <= '９') {
            return c - '１' + 1;
        }
        return CHINESE_NUMERALS.indexOf(c) + 1;
    }

    /** The question the follower picked by its number from the last list offered, if any. */
    Optional<String> picked(String uid, int number) {
        // Without Redis the list is gone, and the follower is asked to type the question.
        List<String> offered = memory.get(KIND, uid).map(v -> Arrays.asList(v.split("\n"))).orElse(List.of());
        return number >= 1 && number <= offered.size() ? Optional.of(offered.get(number - 1)) : Optional.empty();
    }

    /** Remembers the list just numbered for the follower; false when it could not be kept (no id, Redis down). */
    boolean offer(String uid, List<String> questions) {
        return !questions.isEmpty()
                && memory.put(KIND, uid, String.join("\n", questions.stream().map(q -> q.replace('\n', ' ')).toList()));
    }

    /** Forgets the follower's list: the reply after it showed other things, perhaps numbered ones. */
    void forget(String uid) {
        memory.forget(KIND, uid);
    }
}
