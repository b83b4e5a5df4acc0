package cn.aiigd.pool.policy;

import java.util.List;

/**
 * A reply to a policy question. {@code answer} is exactly the text the chat sends. When
 * {@code confident} is false it is not an answer: either the fallback (what the assistant can
 * answer, the closest questions in {@code suggestions}, and the hotline), or, with a {@code topic},
 * a note that the notice does not state what was asked, beside what it says on the matter.
 */
public record PolicyAnswer(String answer, boolean confident, String source, List<String> suggestions, String topic,
                           double confidence) {
}
