package cn.aiigd.pool.policy;

import java.util.List;

/**
 * A reply to a policy question. {@code answer} is exactly the text the chat sends; when
 * {@code confident} is false it is the fallback (what the assistant can answer, and the hotline).
 */
public record PolicyAnswer(String answer, boolean confident, String source, List<String> suggestions, String topic,
                           double confidence) {
}
