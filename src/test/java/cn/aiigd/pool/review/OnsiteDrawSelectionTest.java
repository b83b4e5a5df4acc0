package cn.aiigd.pool.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The draw is a pure function of seed and candidates, as documented on {@link OnsiteDraws}. */
class OnsiteDrawSelectionTest {

    private static final Map<String, List<Long>> GROUPS = new TreeMap<>(Map.of(
            "APPLICATION", LongStream.rangeClosed(1, 10).boxed().toList(),
            "PLATFORM", List.of(21L, 22L, 23L),
            "SECURITY", List.of(31L)));

    @Test
    void theSameSeedAlwaysDrawsTheSameFilings() {
        List<Long> once = OnsiteDraws.select(7L, OnsiteDraw.Mode.COUNT, 1, GROUPS);
        for (int i = 0; i < 20; i++) {
            assertThat(OnsiteDraws.select(7L, OnsiteDraw.Mode.COUNT, 1, GROUPS)).isEqualTo(once);
        }
        boolean someOtherSeedDiffers = LongStream.range(8, 40)
                .anyMatch(seed -> !OnsiteDraws.select(seed, OnsiteDraw.Mode.COUNT, 1, GROUPS).equals(once));
        assertThat(someOtherSeedDiffers).isTrue();
    }

    @Test
    void perCategoryCountsTakeThatManyFromEachGroup() {
        List<Long> drawn = OnsiteDraws.select(42L, OnsiteDraw.Mode.COUNT, 1, GROUPS);
        assertThat(drawn).hasSize(3);
        assertThat(drawn.get(0)).isBetween(1L, 10L);
        assertThat(drawn.get(1)).isBetween(21L, 23L);
        assertThat(drawn.get(2)).isEqualTo(31L);
    }

    @Test
    void percentagesRoundUpWithinEachGroup() {
        // 30 % of 10 = 3, of 3 = 0.9 → 1, of 1 = 0.3 → 1.
        List<Long> drawn = OnsiteDraws.select(42L, OnsiteDraw.Mode.PERCENT, 30, GROUPS);
        assertThat(drawn).hasSize(5).doesNotHaveDuplicates();
        assertThat(OnsiteDraws.select(42L, OnsiteDraw.Mode.PERCENT, 100, GROUPS)).hasSize(14).doesNotHaveDuplicates();
    }

    @Test
    void theAlgorithmIsTheDocumentedFisherYatesOverJavaUtilRandom() {
        // Re-implemented here from the class comment alone, as an outside auditor would.
        List<Long> group = LongStream.rangeClosed(1, 10).boxed().toList();
        java.util.Random random = new java.util.Random(123L);
        Long[] a = group.toArray(new Long[0]);
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        assertThat(OnsiteDraws.select(123L, OnsiteDraw.Mode.COUNT, 4, Map.of("ALL", group)))
                .containsExactly(a[0], a[1], a[2], a[3]);
    }
}
