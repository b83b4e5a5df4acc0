// 政策问答库 (admins and the alliance): try a question exactly as the chat would answer it, and keep
// the knowledge base current — edit an entry's answer and phrasings, add one, disable or enable.
// Questions the assistant could not answer are listed by how often they were asked: add one to an
// entry as a phrasing (it is answered from then on) or dismiss it.
// An edit carries the entry's version (If-Match), so two people editing one entry cannot overwrite
// each other silently.
import { api, query } from '../api.js';
import { h, add, mount, busy, toast, errorLine, fmtDateTime } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { render } from '../router.js';

const MAX_ANSWER = 300;
const UNANSWERED_SHOWN = 100;

export async function policyPage(params, q, alive) {
  const main = layout('policy', '政策问答库');
  const entries = await pageData(main, alive, () => api.get('/api/staff/policy/entries'));
  if (!entries) return;
  // The list of unanswered questions loads on its own: if it fails, the knowledge base is still editable.
  const unanswered = h('div', { 'data-testid': 'policy-unanswered-slot' });
  add(main, tryBox(q.get('q') || ''), unanswered, entryForm(null),
    h('table', { class: 'table', 'data-testid': 'policy-entries' },
      h('thead', {}, h('tr', {}, ['条目', '答案', '问法', '状态', ''].map((t) => h('th', { text: t })))),
      h('tbody', {}, entries.map((e) => entryRow(e)))));
  try {
    const list = await api.get('/api/staff/policy/unanswered' + query({ limit: UNANSWERED_SHOWN }));
    if (alive()) mount(unanswered, unansweredPanel(list, entries));
  } catch (e) {
    if (alive()) mount(unanswered, h('p', { class: 'error', 'data-testid': 'policy-unanswered-error', text: '未能回答的问题暂时无法加载：' + e.detail }));
  }
}

function tryBox(initial) {
  const input = h('input', { id: 'policy-try-input', 'data-testid': 'policy-try-input', value: initial, placeholder: '如：省外企业由谁审核？', size: 50 });
  const out = h('div', { 'data-testid': 'policy-try-answer', 'aria-live': 'polite' });
  const error = errorLine('policy-try-error');
  const form = h('form', { class: 'filters' }, h('label', { class: 'filter' }, h('span', { text: '试问一个问题' }), input),
    h('button', { class: 'btn btn-primary', type: 'submit', 'data-testid': 'policy-try-submit' }, '试问'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.show('');
    if (!input.value.trim()) { error.show('请输入问题'); return; }
    busy(form.querySelector('button'), async () => {
      try {
        const t = await api.get('/api/staff/policy/try' + query({ q: input.value.trim() }));
        const parts = t.parts || [];
        mount(out,
          h('p', {}, h('span', { class: 'badge ' + (t.reply.confident ? 'notice-SENT' : 'badge-warn'), 'data-testid': 'policy-try-confident',
            'data-confident': String(t.reply.confident), text: t.reply.confident ? '有把握' : '没把握（回复兜底）' }),
          h('span', { class: 'muted', text: ` 置信度 ${t.reply.confidence.toFixed(2)}` + (t.reply.topic ? ` · ${t.reply.topic}` : '') })),
          t.declinedBecause ? h('p', { class: 'muted', 'data-testid': 'policy-try-why', text: '没有回答的原因：' + t.declinedBecause }) : null,
          h('p', { class: 'pre panel', text: t.reply.answer }),
          parts.length
            ? parts.map((p, i) => h('div', { class: 'panel', 'data-testid': 'policy-try-part' },
              h('p', { class: 'small', text: `第 ${i + 1} 问（${p.reply.topic}，置信度 ${p.reply.confidence.toFixed(2)}）` }), reading(p, 'policy-try-part')))
            : reading(t, 'policy-try'));
      } catch (err) { error.show(err.detail); }
    });
  });
  return h('section', { class: 'panel', 'data-testid': 'policy-try' }, form, error, out);
}

/**
 * How the engine read one question: the words' candidates, the model's closest entry, the words it did
 * not know. For a message answered in parts each part shows its own (test ids policy-try-part-…), and
 * the whole message's reading, which decided nothing, is left out.
 */
function reading(t, testid) {
  return [
    t.readAs ? h('p', { class: 'muted small', 'data-testid': testid + '-read-as', text: '按此理解：' + t.readAs }) : null,
    t.candidates.length ? h('ol', { class: 'small' }, t.candidates.map((c) => h('li', {},
      `${c.title}（${c.topic}）${c.score.toFixed(2)}`, c.matchedQuestion ? h('span', { class: 'muted', text: ' · 匹配问法：' + c.matchedQuestion }) : null))) : null,
    t.closestInMeaning ? h('p', { class: 'muted', 'data-testid': testid + '-meaning',
      text: `语义最接近：${t.closestInMeaning.title}（${t.closestInMeaning.topic}）${t.closestInMeaning.score.toFixed(2)}` }) : null,
    t.foreignWords && t.foreignWords.length ? h('p', { class: 'muted', text: '该条目从未用过的词：' + t.foreignWords.join('、') }) : null,
    t.unknownWords && t.unknownWords.length ? h('p', { class: 'muted', text: '未识别的词：' + t.unknownWords.join('、') }) : null];
}

/** What applicants asked that the assistant could not answer, most asked first. */
function unansweredPanel(list, entries) {
  const enabled = entries.filter((e) => e.enabled);
  const rows = list.map((u) => {
    const error = errorLine('policy-unanswered-error');
    const pick = h('select', { 'data-testid': 'policy-unanswered-entry' },
      h('option', { value: '', text: '选择条目…' }),
      enabled.map((e) => h('option', { value: String(e.id), text: `${e.title}（${e.topicKey}）`, selected: e.topicKey === u.closestTopic })));
    const addTo = h('button', { class: 'btn btn-small btn-primary', 'data-testid': 'policy-unanswered-add', onclick: (ev) => busy(ev.currentTarget, async () => {
      error.show('');
      if (!pick.value) { error.show('请选择条目'); return; }
      try {
        await api.post(`/api/staff/policy/unanswered/${u.id}/add-to-entry`, { entryId: Number(pick.value) });
        toast('已加入该条目的问法，数秒内生效');
        render();
      } catch (err) { error.show(err.detail); }
    }) }, '加为问法');
    const dismiss = h('button', { class: 'btn btn-small', 'data-testid': 'policy-unanswered-dismiss', onclick: (ev) => busy(ev.currentTarget, async () => {
      try {
        await api.post(`/api/staff/policy/unanswered/${u.id}/dismiss`);
        toast('已忽略');
        render();
      } catch (err) { error.show(err.detail); }
    }) }, '忽略');
    return h('tr', { 'data-testid': 'policy-unanswered-row', 'data-id': u.id },
      h('td', { text: u.question }), h('td', { class: 'num', 'data-testid': 'policy-unanswered-times', text: String(u.timesAsked) }),
      h('td', { class: 'small', text: fmtDateTime(u.lastAskedAt) }),
      h('td', {}, pick, ' ', addTo, ' ', dismiss, error));
  });
  return h('details', { class: 'panel', 'data-testid': 'policy-unanswered', open: list.length > 0 },
    h('summary', { text: `未能回答的问题（${list.length >= UNANSWERED_SHOWN ? '最常问的 ' + UNANSWERED_SHOWN + ' 个' : list.length}）` }),
    list.length ? h('p', { class: 'muted small', text: '手机号、固定电话、邮箱和身份证号已打码；人名、地址等无法识别，请勿外传。' }) : null,
    list.length ? h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ['问题', '次数', '最近', '处理'].map((t) => h('th', { text: t })))),
      h('tbody', {}, rows))
      : h('p', { class: 'muted', text: '暂无。申请人问了而助手答不了的问题会在数秒内出现在这里。' }));
}

function entryRow(e) {
  const error = errorLine('policy-entry-error');
  const toggle = h('button', { class: 'btn btn-small', 'data-testid': 'policy-entry-toggle', onclick: (ev) => busy(ev.currentTarget, async () => {
    try {
      await api.post(`/api/staff/policy/entries/${e.id}/${e.enabled ? 'disable' : 'enable'}`);
      toast(e.enabled ? '已停用' : '已启用');
      render();
    } catch (err) { error.show(err.detail); }
  }) }, e.enabled ? '停用' : '启用');
  return h('tr', { 'data-testid': 'policy-entry', 'data-id': e.id, 'data-enabled': String(e.enabled) },
    h('td', {}, h('strong', { text: e.title }), h('div', { class: 'muted small mono', text: e.topicKey }),
      h('div', { class: 'muted small', text: (e.sourceSection || '') + ' · ' + (e.updatedBy || '') + ' ' + fmtDateTime(e.updatedAt) })),
    h('td', { class: 'small', text: e.answer }),
    h('td', { class: 'small', text: (e.questions || []).join(' / ') }),
    h('td', { text: e.enabled ? '启用' : '已停用' }),
    h('td', {}, toggle, entryForm(e), error));
}

/** The new-entry form (entry null) or an entry's edit form, folded until opened. */
function entryForm(e) {
  const prefix = e ? 'policy-edit' : 'policy-new';
  // The key is set when an entry is created (menus and dynamic answers refer to it): shown, not editable.
  const topicKey = h('input', { 'data-testid': prefix + '-topic', value: e ? e.topicKey : '', placeholder: '如 review.outside', readonly: e ? 'readonly' : null });
  const title = h('input', { 'data-testid': prefix + '-title', value: e ? e.title : '' });
  const answer = h('textarea', { 'data-testid': prefix + '-answer', rows: 5, text: e ? e.answer : '' });
  const count = h('span', { class: 'muted small' });
  const recount = () => {
    count.textContent = `${answer.value.length} / ${MAX_ANSWER} 字`;
    count.className = answer.value.length > MAX_ANSWER ? 'error small' : 'muted small';
  };
  answer.addEventListener('input', recount);
  recount();
  const source = h('input', { 'data-testid': prefix + '-source', value: e ? e.sourceSection || '' : '', placeholder: '通知中的章节，如 三（一）' });
  const questions = h('textarea', { 'data-testid': prefix + '-questions', rows: 4, text: e ? (e.questions || []).join('\n') : '',
    placeholder: '每行一种问法' });
  const error = errorLine(prefix + '-error');
  const save = h('button', { class: 'btn btn-primary', 'data-testid': prefix + '-save', onclick: (ev) => busy(ev.currentTarget, async () => {
    error.show('');
    const form = { topicKey: topicKey.value.trim(), title: title.value.trim(), answer: answer.value.trim(), sourceSection: source.value.trim() || null,
      questions: questions.value.split('\n').map((x) => x.trim()).filter(Boolean) };
    if (form.answer.length > MAX_ANSWER) { error.show(`答案不超过 ${MAX_ANSWER} 字`); return; }
    try {
      if (e) await api.put(`/api/staff/policy/entries/${e.id}`, form, { 'If-Match': String(e.version) });
      else await api.post('/api/staff/policy/entries', form);
      toast('已保存，问答即时生效');
      render();
    } catch (err) {
      error.show(err.errors.length ? err.errors.map((p) => p.message).join('；') : err.detail);
    }
  }) }, '保存');
  const field = (text, el) => h('div', {}, h('label', { text }), el);
  return h('details', { class: e ? 'inline-edit' : 'panel', 'data-testid': prefix },
    h('summary', { text: e ? '编辑' : '新建条目' }),
    h('div', { class: 'form-grid' }, field('主题键', topicKey), field('标题', title),
      h('div', { class: 'wide' }, field('答案', answer), count), field('出处', source), field('问法', questions)),
    error, h('div', { class: 'actions' }, save));
}
