package cn.aiigd.pool.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The domain dictionary ({@code policy/concepts.txt}): terms and their synonyms and common typos,
 * each standing for a concept. smartcn cannot take a user dictionary, so domain terms are found
 * here by longest match on the normalized text and indexed as concepts of their own.
 */
@Component
public class ConceptDictionary {

    /** The new technology directions (5G, AI, big data, vision, edge, identifiers): one of them is named at a time. */
    static final Set<String> DIRECTIONS = Set.of("d5g", "dai", "dbigdata", "dvision", "dedge", "did");
    /** The four application categories. */
    static final Set<String> CATEGORIES = Set.of("app", "platform", "network", "security");

    /** Concepts that name other programmes or subjects; see concepts.txt. */
    static final String OUT_OF_SCOPE_PREFIX = "out.";

    private final Map<Character, List<Variant>> byFirstChar = new HashMap<>();

    private record Variant(String text, String concept, boolean ascii) {
    }

    public ConceptDictionary() {
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("policy/concepts.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                String concept = line.substring(0, eq).trim();
                for (String v : line.substring(eq + 1).split(",")) {
                    String t = v.trim().toLowerCase(java.util.Locale.ROOT);
                    if (!t.isEmpty()) {
                        byFirstChar.computeIfAbsent(t.charAt(0), k -> new ArrayList<>())
                                .add(new Variant(t, concept, t.chars().allMatch(c -> c < 128)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byFirstChar.values().forEach(l -> l.sort(Comparator.comparingInt((Variant v) -> v.text().length()).reversed()));
    }

    /** The concepts named in a normalized text, longest match first, in order of appearance. */
    public Set<String> concepts(String text) {
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            Variant hit = null;
            for (Variant v : byFirstChar.getOrDefault(text.charAt(i), List.of())) {
                if (text.startsWith(v.text(), i) && (!v.ascii() || asciiBounded(text, i, v.text().length()))) {
                    hit = v;
                    break;
                }
            }
            if (hit != null) {
                found.add(hit.concept());
                i += hit.text().length();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Every Chinese term the dictionary knows (domain words smartcn splits, such as 资源池 and 工信厅). */
    Set<String> chineseTerms() {
        Set<String> terms = new java.util.HashSet<>();
        byFirstChar.values().forEach(l -> l.stream().filter(v -> !v.ascii()).forEach(v -> terms.add(v.text())));
        return terms;
    }

    static boolean isOutOfScope(String concept) {
        return concept.startsWith(OUT_OF_SCOPE_PREFIX);
    }

    /** Marks a question as out of scope unless the match rests on a topical concept. */
    static boolean isSoftOutOfScope(String concept) {
        return concept.startsWith("soft.");
    }

    /** Concepts that say what a question is about, not just that it asks when, who or whether. */
    static boolean isTopical(String concept) {
        return !GENERIC.contains(concept) && !isOutOfScope(concept) && !isSoftOutOfScope(concept);
    }

    private static final Set<String> GENERIC = Set.of("apply", "batch", "batch1", "batch2", "next", "deadline", "start",
            "when", "now", "daysleft", "who", "howlong", "count", "next_step", "condition", "material", "pool", "scope", "wording");

    /** Latin variants ("ai", "it", "hk") only count as whole words, not inside "maintain". */
    private static boolean asciiBounded(String text, int start, int length) {
        boolean before = start == 0 || !isAsciiLetter(text.charAt(start - 1));
        int end = start + length;
        boolean after = end >= text.length() || !isAsciiLetter(text.charAt(end));
        return before && after;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
