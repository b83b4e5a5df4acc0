package cn.aiigd.pool.policy;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Per-follower conversation context, kept in Redis for ten minutes so any node can continue it:
 * after "第一批几号截止", the question "那第二批呢" is read as "第二批 + 截止".
 */
@Component
class FollowUps {

    static final Duration TTL = FollowerMemory.TTL;
    private static final String KIND = "policy-context";
    private static final Pattern ELLIPTICAL = Pattern.compile("^(那|那么|还有|另外|那如果|如果是|要是).*|.*(呢|咧|捏)$");
    /** Concepts that replace each other: naming one in a follow-up drops the others of its group. */
    private static final List<Set<String>> SLOTS = List.of(
            Set.of("batch1", "batch2", "next"),
            Set.of("province_out", "hmt"),
            ConceptDictionary.DIRECTIONS,
            ConceptDictionary.CATEGORIES,
            Set.of("deadline", "start"));

    private final FollowerMemory memory;

    FollowUps(FollowerMemory memory) {
        this.memory = memory;
    }

    static boolean looksElliptical(String normalized) {
        return normalized.length() <= 12 && ELLIPTICAL.matcher(normalized).matches();
    }

    /** The concepts of the previous question, if the follower asked one in the last ten minutes. */
    Optional<Set<String>> previousConcepts(String uid) {
        return memory.get(KIND, uid).map(v -> new LinkedHashSet<>(Arrays.asList(v.split(" "))));
    }

    void remember(String uid, Set<String> concepts) {
        if (!concepts.isEmpty()) {
            memory.put(KIND, uid, String.join(" ", concepts));
        }
    }

    /** The previous concepts, minus those the follow-up replaces. */
    static Set<String> carryOver(Set<String> previous, Set<String> current) {
        Set<String> kept = new LinkedHashSet<>();
        for (String p : previous) {
            boolean replaced = SLOTS.stream().anyMatch(slot -> slot.contains(p) && current.stream().anyMatch(slot::contains));
            if (!replaced && !ConceptDictionary.isOutOfScope(p)) {
                kept.add(p);
            }
        }
        return kept;
    }
}
