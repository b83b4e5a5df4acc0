package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryVocabularyTest {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final ConceptDictionary dictionary = new ConceptDictionary();

    /** The words of the entry's vocabulary as the index builds it, on words alone. */
    private PolicyIndex index(List<KnowledgeSnapshot.Entry> entries) {
        return PolicyIndex.build(new KnowledgeSnapshot(entries, java.util.Map.of(), List.of(), "test"), dictionary, normalizer);
    }

    private List<String> foreign(PolicyIndex index, KnowledgeSnapshot.Entry entry, String question) {
        return index.foreignWords(entry, normalizer.normalize(question));
    }

    @Test
    void aWordTheEntryNeverUsesIsForeignButQuestionWordsAndItsOwnWordsAreNot() {
        KnowledgeSnapshot.Entry stages = new KnowledgeSnapshot.Entry(1, "review.stages", "组织评审流程",
                "组织专家开展评审工作，依次开展初步审核和集中答辩，并随机开展现场考察。", "三（二）", List.of("评审流程是什么", "答辩之后还有什么环节"));
        KnowledgeSnapshot.Entry batches = new KnowledgeSnapshot.Entry(2, "timing.batches", "申报时间", "第一批2月1日至3月15日。",
                "一（一）", List.of("第一批什么时候截止"));
        PolicyIndex index = index(List.of(stages, batches));

        assertThat(foreign(index, stages, "集中答辩在哪里举行")).containsExactly("举行");
        // 截止 belongs to another entry, which makes it no less foreign to this one.
        assertThat(foreign(index, stages, "答辩什么时候截止")).containsExactly("截止");
        assertThat(foreign(index, stages, "评审到底有哪些环节")).isEmpty();
        assertThat(foreign(index, batches, "第一批什么时候截止")).isEmpty();
    }

    @Test
    void wordsMostEntriesShareSayNothingAboutTheParticular() {
        List<KnowledgeSnapshot.Entry> entries = new ArrayList<>();
        for (int i = 0; i < EntryVocabulary.COMMON_IN_ENTRIES; i++) {
            entries.add(new KnowledgeSnapshot.Entry(i, "e" + i, "条目" + i, "企业申报第" + i + "项", "一", List.of("企业怎么申报")));
        }
        entries.add(new KnowledgeSnapshot.Entry(99, "other", "其他", "答辩由专家组织。", "二", List.of("答辩谁组织")));
        assertThat(foreign(index(entries), entries.get(entries.size() - 1), "企业答辩谁组织")).isEmpty();
    }
}
