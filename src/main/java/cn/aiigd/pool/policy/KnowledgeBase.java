package cn.aiigd.pool.policy;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.policy.PolicyMappers.IndustryKeywordMapper;
import cn.aiigd.pool.policy.PolicyMappers.PolicyEntryMapper;
import cn.aiigd.pool.policy.PolicyMappers.PolicyQuestionMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The knowledge base in MySQL: what staff edit and what every node's index is built from. */
@Service
public class KnowledgeBase {

    static final int MAX_ANSWER = 300;
    static final int MAX_QUESTIONS = 40;
    /** A phrasing's length at most (policy_question.text). */
    static final int MAX_QUESTION_LENGTH = 200;

    private final PolicyEntryMapper entries;
    private final PolicyQuestionMapper questions;
    private final IndustryKeywordMapper keywords;
    private final Clock clock;

    private final cn.aiigd.pool.dictionary.Dictionaries dictionaries;

    KnowledgeBase(PolicyEntryMapper entries, PolicyQuestionMapper questions, IndustryKeywordMapper keywords, Clock clock,
                  cn.aiigd.pool.dictionary.Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.entries = entries;
        this.questions = questions;
        this.keywords = keywords;
        this.clock = clock;
    }

    /** An entry as staff write it. */
    public record EntryForm(String topicKey, String title, String answer, String sourceSection, List<String> questions) {
    }

    /** An entry as staff see it. */
    public record EntryView(long id, String topicKey, String title, String answer, String sourceSection, boolean enabled,
                            List<String> questions, int version, String updatedBy, LocalDateTime updatedAt) {
    }

    String fingerprint() {
        return entries.fingerprint();
    }

    KnowledgeSnapshot snapshot() {
        String fingerprint = fingerprint();
        Map<Long, List<String>> byEntry = new HashMap<>();
        for (PolicyQuestion q : questions.selectList(null)) {
            byEntry.computeIfAbsent(q.getEntryId(), k -> new ArrayList<>()).add(q.getText());
        }
        List<KnowledgeSnapshot.Entry> list = entries.selectList(new LambdaQueryWrapper<PolicyEntry>()
                        .eq(PolicyEntry::isEnabled, true).orderByAsc(PolicyEntry::getId))
                .stream().map(e -> new KnowledgeSnapshot.Entry(e.getId(), e.getTopicKey(), e.getTitle(), e.getAnswer(),
                        e.getSourceSection(), byEntry.getOrDefault(e.getId(), List.of())))
                .toList();
        Map<String, String> kw = new HashMap<>();
        keywords.all().forEach(k -> kw.put(k.keyword(), k.industryCode()));
        return new KnowledgeSnapshot(list, kw, dictionaries.industries(), fingerprint);
    }

    public List<EntryView> list() {
        return entries.selectList(new LambdaQueryWrapper<PolicyEntry>().orderByAsc(PolicyEntry::getId))
                .stream().map(this::view).toList();
    }

    public EntryView get(long id) {
        return view(require(id));
    }

    @Transactional
    public EntryView create(EntryForm form, String by) {
        String topicKey = form.topicKey() == null ? null : form.topicKey().trim();
        check(form, true, topicKey);
        if (entries.exists(new LambdaQueryWrapper<PolicyEntry>().eq(PolicyEntry::getTopicKey, topicKey))) {
            throw ApiException.conflict("topicKey", "主题键已存在");
        }
        PolicyEntry e = new PolicyEntry();
        e.setTopicKey(topicKey);
        e.setEnabled(true);
        e.setVersion(0);
        apply(form, e, by);
        entries.insert(e);
        replaceQuestions(e.getId(), form.questions());
        return view(e);
    }

    @Transactional
    public EntryView update(long id, EntryForm form, Integer expectedVersion, String by) {
        PolicyEntry e = require(id);
        if (expectedVersion != null && !expectedVersion.equals(e.getVersion())) {
            throw ApiException.conflict("该条目已被他人修改，请刷新后重试");
        }
        if (form.topicKey() != null && !form.topicKey().isBlank() && !form.topicKey().trim().equals(e.getTopicKey())) {
            // The key is what menus, dynamic answers and the probe refer to: it is set once, when the entry is created.
            throw ApiException.invalid("topicKey", "主题键创建后不能修改（当前为 " + e.getTopicKey() + "）");
        }
        check(form, false, e.getTopicKey());
        apply(form, e, by);
        if (entries.updateById(e) == 0) {
            throw ApiException.conflict("该条目已被他人修改，请刷新后重试");
        }
        replaceQuestions(id, form.questions());
        return view(e);
    }

    @Transactional
    public EntryView setEnabled(long id, boolean enabled, String by) {
        PolicyEntry e = require(id);
        e.setEnabled(enabled);
        return touched(e, by);
    }

    /** Adds one phrasing to an entry (an applicant's question staff found it answers); a phrasing it has is not added twice. */
    @Transactional
    public EntryView addQuestion(long entryId, String text, String by) {
        PolicyEntry e = require(entryId);
        if (!e.isEnabled()) {
            throw ApiException.conflict("entryId", "该条目已停用，加入的问法不会被回答；请先启用或选择其他条目");
        }
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.length() > MAX_QUESTION_LENGTH) {
            throw ApiException.invalid("question", "问法不能为空，且不超过 " + MAX_QUESTION_LENGTH + " 字");
        }
        List<PolicyQuestion> existing = questions.selectList(new LambdaQueryWrapper<PolicyQuestion>().eq(PolicyQuestion::getEntryId, entryId));
        if (existing.stream().noneMatch(q -> q.getText().equals(t))) {
            if (existing.size() >= MAX_QUESTIONS) {
                throw ApiException.conflict("questions", "该条目的问法已达 " + MAX_QUESTIONS + " 种上限，请先在条目中删去不用的问法");
            }
            insertQuestion(entryId, t);
        }
        return touched(e, by);
    }

    /** Saves who changed the entry and when (its version moves, so every node rebuilds), and shows it. */
    private EntryView touched(PolicyEntry e, String by) {
        e.setUpdatedBy(by);
        e.setUpdatedAt(LocalDateTime.now(clock));
        if (entries.updateById(e) == 0) {
            throw ApiException.conflict("该条目已被他人修改，请刷新后重试");
        }
        return view(e);
    }

    /** @param topicKey the entry's key: the one asked for when creating, the stored one when editing */
    private void check(EntryForm f, boolean creating, String topicKey) {
        List<FieldProblem> p = new ArrayList<>();
        if (creating && (f.topicKey() == null || !f.topicKey().trim().matches("^[a-z0-9][a-z0-9._-]{1,63}$"))) {
            p.add(new FieldProblem("topicKey", "主题键应为 2–64 位小写字母、数字、点、下划线或连字符"));
        }
        if (f.title() == null || f.title().isBlank() || f.title().length() > 64) {
            p.add(new FieldProblem("title", "请填写标题（不超过 64 字）"));
        }
        // A dynamic entry is answered from the batch table and the clock: its own text may be blank, never long.
        boolean dynamic = topicKey != null && topicKey.startsWith(PolicyEntry.DYNAMIC_PREFIX);
        boolean blank = f.answer() == null || f.answer().isBlank();
        if ((blank && !dynamic) || (!blank && f.answer().trim().length() > MAX_ANSWER)) {
            p.add(new FieldProblem("answer", "请填写答案（不超过 " + MAX_ANSWER + " 字，便于在微信中阅读）"));
        }
        if (f.sourceSection() == null || f.sourceSection().isBlank() || f.sourceSection().length() > 64) {
            p.add(new FieldProblem("sourceSection", "请注明出处（通知的章节）"));
        }
        if (f.questions() == null || f.questions().isEmpty() || f.questions().size() > MAX_QUESTIONS
                || f.questions().stream().anyMatch(q -> q == null || q.isBlank() || q.length() > MAX_QUESTION_LENGTH)) {
            p.add(new FieldProblem("questions", "请填写 1–" + MAX_QUESTIONS + " 种问法，每种不超过 " + MAX_QUESTION_LENGTH + " 字"));
        }
        if (!p.isEmpty()) {
            throw ApiException.invalid(p);
        }
    }

    private void apply(EntryForm f, PolicyEntry e, String by) {
        e.setTitle(f.title().trim());
        e.setAnswer(f.answer() == null ? "" : f.answer().trim());
        e.setSourceSection(f.sourceSection().trim());
        e.setUpdatedBy(by);
        e.setUpdatedAt(LocalDateTime.now(clock));
    }

    private void replaceQuestions(long entryId, List<String> texts) {
        questions.delete(new LambdaQueryWrapper<PolicyQuestion>().eq(PolicyQuestion::getEntryId, entryId));
        for (String t : new LinkedHashSet<>(texts.stream().map(String::trim).toList())) {
            insertQuestion(entryId, t);
        }
    }

    private void insertQuestion(long entryId, String text) {
        PolicyQuestion q = new PolicyQuestion();
        q.setEntryId(entryId);
        q.setText(text);
        questions.insert(q);
    }

    private PolicyEntry require(long id) {
        PolicyEntry e = entries.selectById(id);
        if (e == null) {
            throw ApiException.notFound("条目不存在");
        }
        return e;
    }

    private EntryView view(PolicyEntry e) {
        List<String> qs = questions.selectList(new LambdaQueryWrapper<PolicyQuestion>()
                .eq(PolicyQuestion::getEntryId, e.getId()).orderByAsc(PolicyQuestion::getId)).stream().map(PolicyQuestion::getText).toList();
        return new EntryView(e.getId(), e.getTopicKey(), e.getTitle(), e.getAnswer(), e.getSourceSection(), e.isEnabled(), qs,
                e.getVersion(), e.getUpdatedBy(), e.getUpdatedAt());
    }
}
