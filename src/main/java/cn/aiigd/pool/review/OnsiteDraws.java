package cn.aiigd.pool.review;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.filing.Filing;
import cn.aiigd.pool.filing.FilingAction;
import cn.aiigd.pool.filing.FilingStatus;
import cn.aiigd.pool.filing.FilingView;
import cn.aiigd.pool.filing.FilingWorkflow;
import cn.aiigd.pool.review.ReviewMappers.OnsiteDrawMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 现场考察: a random draw among filings that passed the defense. The draw is a pure function of the
 * stored seed and the stored candidate lists, so anyone can repeat it:
 *
 * <ol>
 *   <li>Candidates are the batch's DEFENSE_DONE filings, by ascending id, in one group or one group
 *       per category (groups in category-code order).</li>
 *   <li>{@code java.util.Random} is seeded once with the seed (its algorithm is fixed by the Java
 *       specification); for each group in turn, a Fisher–Yates shuffle runs from the last index
 *       down to 1, swapping index {@code i} with {@code random.nextInt(i + 1)}.</li>
 *   <li>The first {@code k} of each shuffled group are drawn: {@code k = amount} for COUNT, or
 *       {@code ceil(size × amount / 100)} for PERCENT.</li>
 * </ol>
 */
@Service
public class OnsiteDraws {

    static final String ALL = "ALL";

    private final OnsiteDrawMapper draws;
    private final FilingWorkflow filings;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    OnsiteDraws(OnsiteDrawMapper draws, FilingWorkflow filings, JsonMapper json, Clock clock) {
        this.draws = draws;
        this.filings = filings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A draw request: a count or a percentage, over the batch or per category. There is no seed
     * here on purpose: staff who could choose the seed could choose the result.
     */
    public record DrawRequest(Long batchId, OnsiteDraw.Mode mode, Integer amount, boolean perCategory) {
    }

    /** A stored draw, and whether re-running it from its seed gives the stored result. */
    public record DrawView(long id, long batchId, long seed, OnsiteDraw.Mode mode, int amount, boolean perCategory,
                           Map<String, List<Long>> candidates, List<Long> selected, boolean reproduced,
                           String drawnBy, LocalDateTime drawnAt) {
    }

    @Transactional
    public DrawView draw(Actor staff, DrawRequest r) {
        if (r.batchId() == null) {
            throw ApiException.invalid("batchId", "请选择批次");
        }
        if (r.mode() == null || r.amount() == null || r.amount() < 1
                || (r.mode() == OnsiteDraw.Mode.PERCENT && r.amount() > 100)) {
            throw ApiException.invalid("amount", "抽取数量应为正整数；按比例抽取时为 1–100（%）");
        }
        // One draw per batch, after every defense has a result: the batch row lock makes that hold
        // under concurrent requests (every read below comes after it).
        filings.lockBatch(r.batchId());
        OnsiteDraw earlier = draws.selectOne(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<OnsiteDraw>()
                .eq(OnsiteDraw::getBatchId, r.batchId()).last("LIMIT 1"));
        if (earlier != null) {
            throw ApiException.conflict("本批次已于 " + earlier.getDrawnAt().toLocalDate() + " 抽取现场考察（抽签编号 " + earlier.getId() + "），不能重复抽取");
        }
        // Every filing still on its way to a defense result would otherwise skip the random draw.
        long pending = 0;
        for (FilingStatus s : List.of(FilingStatus.SUBMITTED, FilingStatus.RETURNED, FilingStatus.PRELIM_PASSED,
                FilingStatus.DEFENSE_INVITED, FilingStatus.DEFENSE_CONFIRMED)) {
            pending += filings.inBatch(r.batchId(), s).size();
        }
        if (pending > 0) {
            throw ApiException.conflict("本批次尚有 " + pending + " 个申报未完成初审或答辩，全部有结果后方可抽取");
        }
        Map<String, List<Long>> groups = new TreeMap<>();
        for (Filing f : filings.inBatch(r.batchId(), FilingStatus.DEFENSE_DONE)) {
            groups.computeIfAbsent(r.perCategory() ? f.getCategoryCode() : ALL, k -> new ArrayList<>()).add(f.getId());
        }
        if (groups.isEmpty()) {
            throw ApiException.conflict("该批次没有答辩通过、待抽取的申报");
        }
        if (r.mode() == OnsiteDraw.Mode.COUNT) {
            for (var g : groups.entrySet()) {
                if (r.amount() > g.getValue().size()) {
                    throw ApiException.conflict("抽取数量 " + r.amount() + " 大于候选数 " + g.getValue().size()
                            + (ALL.equals(g.getKey()) ? "" : "（类别 " + g.getKey() + "）"));
                }
            }
        }
        long seed = seeds.nextLong();
        List<Long> selected = select(seed, r.mode(), r.amount(), groups);

        OnsiteDraw d = new OnsiteDraw();
        d.setBatchId(r.batchId());
        d.setSeed(seed);
        d.setMode(r.mode());
        d.setAmount(r.amount());
        d.setPerCategory(r.perCategory());
        d.setCandidates(json.writeValueAsString(groups));
        d.setResult(json.writeValueAsString(selected));
        d.setDrawnBy(staff.name());
        d.setDrawnAt(LocalDateTime.now(clock));
        draws.insert(d);
        for (Filing f : filings.loadAll(selected)) {
            f.setOnsiteDrawId(d.getId());
            filings.move(f, FilingAction.SELECT_ONSITE, staff, "随机抽取（抽签编号 " + d.getId() + "，种子 " + seed + "）");
        }
        return view(d);
    }

    /** The candidates of the batch's draw, or empty when the batch has not been drawn yet. */
    public java.util.Optional<java.util.Set<Long>> candidatesOf(long batchId) {
        OnsiteDraw d = draws.selectOne(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<OnsiteDraw>()
                .eq(OnsiteDraw::getBatchId, batchId).last("LIMIT 1"));
        if (d == null) {
            return java.util.Optional.empty();
        }
        java.util.Set<Long> all = new java.util.HashSet<>();
        json.readValue(d.getCandidates(), new TypeReference<TreeMap<String, List<Long>>>() { }).values().forEach(all::addAll);
        return java.util.Optional.of(all);
    }

    /** The stored draws, newest first; one per batch at most, so a batch filter gives zero or one. */
    public List<DrawView> list(Long batchId) {
        return draws.selectList(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<OnsiteDraw>()
                        .eq(batchId != null, OnsiteDraw::getBatchId, batchId).orderByDesc(OnsiteDraw::getId))
                .stream().map(this::view).toList();
    }

    public DrawView get(long id) {
        OnsiteDraw d = draws.selectById(id);
        if (d == null) {
            throw ApiException.notFound("抽签记录不存在");
        }
        return view(d);
    }

    /** 现场考察 result: passed (ONSITE_DONE) or failed. */
    @Transactional
    public FilingView recordResult(Actor staff, long filingId, boolean passed, String reason) {
        Filing f = filings.load(filingId);
        filings.move(f, passed ? FilingAction.ONSITE_PASS : FilingAction.ONSITE_FAIL, staff, reason);
        return filings.view(f);
    }

    /** The draw itself; see the class comment. Public so it can be checked outside the service. */
    public static List<Long> select(long seed, OnsiteDraw.Mode mode, int amount, Map<String, List<Long>> groups) {
        Random random = new Random(seed);
        List<Long> selected = new ArrayList<>();
        for (List<Long> group : new TreeMap<>(groups).values()) {
            List<Long> shuffled = new ArrayList<>(group);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Long t = shuffled.get(i);
                shuffled.set(i, shuffled.get(j));
                shuffled.set(j, t);
            }
            int k = mode == OnsiteDraw.Mode.COUNT ? amount : (int) Math.ceil(group.size() * amount / 100.0);
            selected.addAll(shuffled.subList(0, Math.min(k, shuffled.size())));
        }
        return selected;
    }

    private DrawView view(OnsiteDraw d) {
        Map<String, List<Long>> candidates = json.readValue(d.getCandidates(), new TypeReference<TreeMap<String, List<Long>>>() { });
        List<Long> stored = json.readValue(d.getResult(), new TypeReference<List<Long>>() { });
        boolean reproduced = select(d.getSeed(), d.getMode(), d.getAmount(), candidates).equals(stored);
        return new DrawView(d.getId(), d.getBatchId(), d.getSeed(), d.getMode(), d.getAmount(), d.isPerCategory(),
                candidates, stored, reproduced, d.getDrawnBy(), d.getDrawnAt());
    }
}
