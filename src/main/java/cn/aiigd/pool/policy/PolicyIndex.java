package cn.aiigd.pool.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable Lucene index over every phrasing of every entry, built in memory from one
 * {@link KnowledgeSnapshot}. Each phrasing is indexed three ways: domain concepts (the dictionary,
 * synonyms folded), smartcn words, and character bigrams (which survive typos and words smartcn does
 * not know). Lucene's BM25 picks the candidates; they are then scored by the cosine of IDF-weighted
 * feature vectors, which gives a confidence between 0 and 1 that a threshold can mean something on.
 */
final class PolicyIndex {

    static final String F_CONCEPT = "c";
    static final String F_WORD = "w";
    static final String F_BIGRAM = "b";
    private static final Map<String, Float> FIELD_WEIGHT = Map.of(F_CONCEPT, 3.0f, F_WORD, 1.0f, F_BIGRAM, 0.7f);
    private static final int CANDIDATES = 50;

    private final KnowledgeSnapshot snapshot;
    private final ConceptDictionary dictionary;
    private final IndexSearcher searcher;
    private final int docCount;
    private final int[] docEntry;
    /** Lucene's document id → our document number, read once at build time (stored fields are slow to read per query). */
    private final int[] luceneToDoc;
    private final String[] docText;
    private final Map<String, Float>[] docVectors;
    private final PhrasingTermWeights termWeights;
    /**
     * Applicants ask the same few dozen questions over and over. An index never changes (an edit
     * builds a new one), so what it makes of a question can be kept as long as it lives: the cache
     * dies with the index and needs no invalidation. Bounded, so odd questions cannot fill memory.
     */
    private final Cache<String, Features> featureCache;
    private final Cache<SearchKey, List<Hit>> searchCache;

    private record SearchKey(Features features, int limit) {
    }
    /** Null when the sentence model is switched off ({@code pool.policy.semantic-check}). */
    private final SemanticIndex semantic;
    private final EntryVocabulary vocabulary;
    private final HomophoneSpeller speller;
    private final Cache<String, float[]> vectorCache;
    private final Map<String, Float> idf = new HashMap<>();
    /**
     * The boosted clause of every term the phrasings have, its statistics looked up once at build
     * time (Lucene's TermStates): a query then skips the term dictionary, where half of a search's
     * time went.
     */
    private final Map<String, Query> clauses = new HashMap<>();
    /** Each normalized phrasing that only one entry has, and that entry. */
    private final Map<String, KnowledgeSnapshot.Entry> phrasingOwners = new HashMap<>();

    /** The words of a question, ready to match. */
    record Features(Set<String> concepts, Set<String> words, Set<String> bigrams) {
        boolean isEmpty() {
            return concepts.isEmpty() && words.isEmpty() && bigrams.isEmpty();
        }
    }

    /** One entry's best match for a question. */
    record Hit(KnowledgeSnapshot.Entry entry, double score, String matchedQuestion, Set<String> sharedConcepts) {
    }

    static final Analyzer WORDS = new SmartChineseAnalyzer(true);
    static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stream);
        }
    };

    @SuppressWarnings("unchecked")
    private PolicyIndex(KnowledgeSnapshot snapshot, ConceptDictionary dictionary, List<int[]> docs, List<String> texts,
                        List<String> normalizedTexts, List<Features> features, int cacheSize, SemanticIndex semantic, EntryVocabulary vocabulary,
                        HomophoneSpeller speller) throws IOException {
        this.semantic = semantic;
        this.vocabulary = vocabulary;
        this.speller = speller;
        this.vectorCache = cacheSize > 0 && semantic != null ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
        // Caffeine evicts asynchronously, so a zero-sized cache can still answer a repeat: none at all instead.
        this.featureCache = cacheSize > 0 ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
        this.searchCache = cacheSize > 0 ? Caffeine.newBuilder().maximumSize(cacheSize).build() : null;
        this.snapshot = snapshot;
        this.dictionary = dictionary;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(WORDS))) {
            for (int i = 0; i < texts.size(); i++) {
                Document d = new Document();
                d.add(new StoredField("doc", i));
                Features f = features.get(i);
                f.concepts().forEach(c -> d.add(new StringField(F_CONCEPT, c, Field.Store.NO)));
                f.words().forEach(t -> d.add(new StringField(F_WORD, t, Field.Store.NO)));
                f.bigrams().forEach(t -> d.add(new StringField(F_BIGRAM, t, Field.Store.NO)));
                w.addDocument(d);
            }
        }
        DirectoryReader reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        // Lucene's query cache is for filters reused across large indexes; here every query is a
        // new bag of terms over a few thousand phrasings, and tracking them only costs time.
        this.searcher.setQueryCache(null);
        this.docCount = texts.size();
        this.luceneToDoc = new int[reader.maxDoc()];
        var stored = reader.storedFields();
        for (int d = 0; d < reader.maxDoc(); d++) {
            luceneToDoc[d] = stored.document(d).getField("doc").numericValue().intValue();
        }
        Map<String, Integer> owners = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            // A phrasing two entries share names neither.
            owners.merge(normalizedTexts.get(i), docs.get(i)[0], (a, b) -> a.equals(b) ? a : -1);
        }
        owners.forEach((text, e) -> {
            if (e >= 0) {
                phrasingOwners.put(text, snapshot.entries().get(e));
            }
        });
        this.docEntry = new int[docCount];
        this.docText = new String[docCount];
        this.docVectors = new Map[docCount];
        for (int i = 0; i < docCount; i++) {
            docEntry[i] = docs.get(i)[0];
            docText[i] = texts.get(i);
        }
        for (Map.Entry<String, Set<String>> field : Map.of(F_CONCEPT, allOf(features, Features::concepts),
                F_WORD, allOf(features, Features::words), F_BIGRAM, allOf(features, Features::bigrams)).entrySet()) {
            for (String term : field.getValue()) {
                Term t = new Term(field.getKey(), term);
                TermStates states = TermStates.build(searcher, t, true);
                idf.put(field.getKey() + ":" + term, (float) Math.log(1.0 + (double) docCount / states.docFreq()));
                clauses.put(field.getKey() + ":" + term, new BoostQuery(new TermQuery(t, states), FIELD_WEIGHT.get(field.getKey())));
            }
        }
        for (int i = 0; i < docCount; i++) {
            docVectors[i] = vector(features.get(i));
        }
        this.termWeights = new PhrasingTermWeights(java.util.Arrays.asList(docVectors));
    }

    static PolicyIndex build(KnowledgeSnapshot snapshot, ConceptDictionary dictionary, TextNormalizer normalizer) {
        return build(snapshot, dictionary, normalizer, 0, null);
    }

    /**
     * @param cacheSize how many questions' features and results to keep; 0 keeps none
     * @param encoder the sentence model, or null to match by words alone
     */
    static PolicyIndex build(KnowledgeSnapshot snapshot, ConceptDictionary dictionary, TextNormalizer normalizer, int cacheSize,
                             SentenceEncoder encoder) {
        List<int[]> docs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> normalizedTexts = new ArrayList<>();
        List<Features> features = new ArrayList<>();
        for (int e = 0; e < snapshot.entries().size(); e++) {
            KnowledgeSnapshot.Entry entry = snapshot.entries().get(e);
            List<String> phrasings = new ArrayList<>(entry.questions());
            phrasings.add(entry.title());
            for (String q : phrasings) {
                String text = normalizer.normalize(q);
                if (text.isEmpty()) {
                    continue;
                }
                docs.add(new int[] {e});
                texts.add(q);
                normalizedTexts.add(text);
                features.add(extract(text, dictionary));
            }
        }
        SemanticIndex semantic = null;
        if (encoder != null && encoder.usable()) {
            try {
                semantic = new SemanticIndex(encoder, snapshot.entries(), normalizedTexts, docs.stream().mapToInt(d -> d[0]).toArray());
            } catch (RuntimeException | LinkageError e) {
                // A native library that cannot load, a missing model: answer on words alone rather than not at all.
                encoder.failed(e);
            }
        }
        try {
            Map<Long, Set<String>> phrasingWords = new HashMap<>();
            for (int d = 0; d < docs.size(); d++) {
                phrasingWords.computeIfAbsent(snapshot.entries().get(docs.get(d)[0]).id(), k -> new java.util.HashSet<>())
                        .addAll(features.get(d).words());
            }
            EntryVocabulary vocabulary = new EntryVocabulary(snapshot.entries(), phrasingWords, dictionary, normalizer);
            return new PolicyIndex(snapshot, dictionary, docs, texts, normalizedTexts, features, cacheSize, semantic, vocabulary,
                    new HomophoneSpeller(vocabulary.answerWords(), dictionary.chineseTerms(), snapshot.industryKeywords().keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KnowledgeSnapshot snapshot() {
        return snapshot;
    }

    /**
     * The entry that has exactly this (normalized) question among its phrasings or as its title, if
     * only one has: staff put it there, so it is answered as it is, whatever its words.
     */
    KnowledgeSnapshot.Entry ownerOfPhrasing(String normalizedText) {
        return phrasingOwners.get(normalizedText);
    }

    /** The normalized question with its homophone typos (资源迟, 审合) spelled as the knowledge base spells them. */
    String spelled(String normalizedText) {
        return speller.spell(normalizedText);
    }

    Features features(String normalizedText) {
        return featureCache == null ? frozen(extract(normalizedText, dictionary))
                : featureCache.get(normalizedText, t -> frozen(extract(t, dictionary)));
    }

    private static Features frozen(Features f) {
        return new Features(Collections.unmodifiableSet(f.concepts()), Collections.unmodifiableSet(f.words()),
                Collections.unmodifiableSet(f.bigrams()));
    }

    /** Whether the sentence model takes part (see {@link #readMeaning}). */
    boolean hasSemantics() {
        return semantic != null;
    }

    /** A normalized question's sentence vector; null without the sentence model, or when it fails. */
    float[] meaningOf(String normalizedText) {
        if (semantic == null) {
            return null;
        }
        try {
            return vectorCache == null ? semantic.encode(normalizedText) : vectorCache.get(normalizedText, semantic::encode);
        } catch (RuntimeException e) {
            // Without the model's reading there is no agreement: the reply falls back, it does not fail.
            return null;
        }
    }

    /** A question vector's closeness to every entry, to read against several entries at the cost of one; null for no vector. */
    SemanticIndex.Closeness closenessOf(float[] meaning) {
        return meaning == null ? null : semantic.closeness(meaning);
    }

    /** How a question reads against an entry, from its closeness to every entry ({@link #closenessOf}); null for none. */
    SemanticIndex.Reading readMeaning(SemanticIndex.Closeness closeness, KnowledgeSnapshot.Entry entry) {
        return closeness == null ? null : semantic.read(closeness, entry);
    }

    /** The question's words that the entry never uses (see {@link EntryVocabulary}). */
    List<String> foreignWords(KnowledgeSnapshot.Entry entry, String normalizedText) {
        return foreignWords(entry, features(normalizedText).words());
    }

    /** The same, for words already read (a question is not analysed twice in one answer). */
    List<String> foreignWords(KnowledgeSnapshot.Entry entry, Set<String> words) {
        return vocabulary.foreignTo(entry, words);
    }

    /** The entries that best match, best first, one hit per entry. */
    List<Hit> search(Features q, int limit) {
        return searchCache == null ? searchUncached(q, limit) : searchCache.get(new SearchKey(q, limit), k -> searchUncached(k.features(), k.limit()));
    }

    private List<Hit> searchUncached(Features q, int limit) {
        if (q.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = 0;
        for (var f : List.of(Map.entry(F_CONCEPT, q.concepts()), Map.entry(F_WORD, q.words()), Map.entry(F_BIGRAM, q.bigrams()))) {
            for (String term : f.getValue()) {
                // A term that no phrasing has gets no clause: it could match nothing.
                Query clause = clauses.get(f.getKey() + ":" + term);
                if (clause == null) {
                    continue;
                }
                if (added++ >= IndexSearcher.getMaxClauseCount() - 1) {
                    break;
                }
                b.add(clause, BooleanClause.Occur.SHOULD);
            }
        }
        PhrasingTermWeights.Question qv = termWeights.question(vector(q));
        float[] scratch = termWeights.scratch();
        Map<Integer, Hit> best = new HashMap<>();
        try {
            for (ScoreDoc sd : searcher.search(b.build(), CANDIDATES).scoreDocs) {
                int doc = luceneToDoc[sd.doc];
                double cos = termWeights.cosine(qv, doc, scratch);
                int e = docEntry[doc];
                Hit current = best.get(e);
                if (current == null || cos > current.score()) {
                    best.put(e, new Hit(snapshot.entries().get(e), cos, docText[doc], shared(q.concepts(), docVectors[doc])));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Hit::score).reversed()).limit(limit).toList();
    }

    /** Content words of the question (two characters or more) that no phrasing in the index uses. */
    List<String> unknownWords(Features q) {
        List<String> unknown = new ArrayList<>();
        for (String w : q.words()) {
            // Latin words are left out: applicants mix in English ("deadline", "ok") that the
            // phrasings cannot all foresee, and an all-English question scores nothing anyway.
            boolean latin = w.chars().allMatch(c -> c < 128);
            if (w.length() >= 2 && !latin && !idf.containsKey(F_WORD + ":" + w)) {
                unknown.add(w);
            }
        }
        return unknown;
    }

    private static Set<String> shared(Set<String> queryConcepts, Map<String, Float> doc) {
        Set<String> s = new LinkedHashSet<>();
        for (String c : queryConcepts) {
            if (doc.containsKey(F_CONCEPT + ":" + c)) {
                s.add(c);
            }
        }
        return s;
    }

    private Map<String, Float> vector(Features f) {
        Map<String, Float> v = new HashMap<>();
        f.concepts().forEach(t -> put(v, F_CONCEPT, t));
        f.words().forEach(t -> put(v, F_WORD, t));
        f.bigrams().forEach(t -> put(v, F_BIGRAM, t));
        return v;
    }

    private void put(Map<String, Float> v, String field, String term) {
        String key = field + ":" + term;
        // A feature no phrasing has is as rare as it gets: it counts fully against the match.
        float weight = idf.getOrDefault(key, (float) Math.log(1.0 + docCount)) * FIELD_WEIGHT.get(field);
        v.put(key, weight);
    }

    /**
     * Courtesies and fillers that say nothing about the question ("请问一下……谢谢"): ignored as
     * words, so they neither match nor count as unknown.
     */
    private static final Set<String> FILLERS = Set.of("请问", "一下", "谢谢", "您好", "你好", "麻烦", "问下", "想问", "如果",
            "的话", "那个", "这个", "一般", "具体", "比较", "主要", "相关", "整个", "全部", "一起", "这次", "以后", "之后",
            "之间", "东西", "地方", "我们", "我司", "贵司", "公司", "请", "啊", "吧", "呢", "吗", "呀", "哦", "嗯", "急",
            "多谢", "感谢", "老师", "同志", "你们", "小蜜", "老板", "领导", "确认", "烦请", "告知", "不胜感激", "敢问",
            "鄙人", "本公司", "哈", "呗", "啦", "嘛", "hhh", "xdm", "哈哈");

    static Features extract(String normalized, ConceptDictionary dictionary) {
        Set<String> words = tokens(WORDS, normalized);
        words.removeAll(FILLERS);
        return new Features(dictionary.concepts(normalized), words, tokens(BIGRAMS, normalized));
    }

    static Set<String> tokens(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> allOf(List<Features> features, java.util.function.Function<Features, Set<String>> part) {
        Set<String> all = new LinkedHashSet<>();
        features.forEach(f -> all.addAll(part.apply(f)));
        return all;
    }
}
