// 现场考察 (admins and the alliance): one random draw per batch among the filings that passed the
// defense, its seed, candidates and selection; "按种子复核" repeats the selection in this page from the
// stored seed (the algorithm of OnsiteDraws.select, ported in draw.js) and says whether it matches;
// and the on-site results of the drawn filings.
import { api, query, request } from '../api.js';
import { h, add, busy, toast, errorLine, fmtDateTime, confirmDialog } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { label, FILING_STATUS } from '../labels.js';
import { navigate, render } from '../router.js';
import { select } from '../filters.js';
import { selectFromSeed, seedsOf } from '../draw.js';

const MODE = { COUNT: '按数量', PERCENT: '按比例（%）' };

/** The draws of a batch with their seeds as exact decimal text (a Java long does not fit a JS number). */
async function drawsOf(batchId) {
  const res = await fetch('/api/staff/onsite-draws' + query({ batchId }), { credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (!res.ok) return request('GET', '/api/staff/onsite-draws' + query({ batchId })); // the usual error handling
  const text = await res.text();
  const seeds = seedsOf(text);
  return JSON.parse(text).map((d, i) => Object.assign(d, { seedText: seeds[i] }));
}

export async function onsitePage(params, q, alive) {
  const main = layout('onsite', '现场考察');
  const batches = await pageData(main, alive, () => api.get('/api/public/batches'));
  if (!batches) return;
  const batch = q.get('batch') || String((batches[0] || {}).id || '');
  const loaded = await pageData(main, alive, () => Promise.all([drawsOf(batch),
    api.get('/api/staff/filings' + query({ batch, page: 1, size: 100 }))]));
  if (!loaded) return;
  const [draws, filings] = loaded;
  const byId = new Map(filings.items.map((f) => [f.id, f]));
  add(main,
    h('div', { class: 'filters' },
      select('onsite-batch', '批次', batches.map((b) => [String(b.id), b.name]), batch,
        (e) => navigate('/console/onsite' + query({ batch: e.target.value })))),
    draws.length ? draws.map((d) => drawPanel(d, byId)) : drawForm(batch, filings));
}

function drawForm(batch, filings) {
  const done = (filings.counts || {}).DEFENSE_DONE || 0;
  const mode = h('select', { id: 'onsite-mode', 'data-testid': 'onsite-mode' }, Object.entries(MODE).map(([k, t]) => h('option', { value: k }, t)));
  const amount = h('input', { id: 'onsite-amount', 'data-testid': 'onsite-amount', type: 'number', min: 1, value: '1' });
  const perCategory = h('input', { id: 'onsite-per-category', 'data-testid': 'onsite-per-category', type: 'checkbox' });
  const error = errorLine('onsite-error');
  const run = h('button', { class: 'btn btn-primary', 'data-testid': 'onsite-run', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    const ok = await confirmDialog({ title: '随机抽取现场考察', testid: 'onsite-confirm', ok: '抽取',
      text: '每个批次只抽取一次，抽取后不能重来，种子与结果将永久保存。确定抽取？' });
    if (!ok) return;
    try {
      await api.post('/api/staff/onsite-draws', { batchId: Number(batch), mode: mode.value,
        amount: amount.value ? Number(amount.value) : null, perCategory: perCategory.checked });
      toast('已抽取');
      render();
    } catch (err) { error.show([err.detail, ...(err.errors || []).map((x) => x.message)].filter(Boolean).join('；')); }
  }) }, '随机抽取');
  return h('div', { class: 'panel', 'data-testid': 'onsite-new' },
    h('p', { 'data-testid': 'onsite-eligible', text: `本批次答辩通过、待抽取的申报 ${done} 个。本批次尚未抽取。` }),
    h('div', { class: 'form-grid' },
      h('div', {}, h('label', { for: 'onsite-mode', text: '抽取方式' }), mode),
      h('div', {}, h('label', { for: 'onsite-amount', text: '数量或比例' }), amount),
      h('div', {}, h('label', { for: 'onsite-per-category' }, perCategory, ' 按类别分别抽取'))),
    error, h('div', { class: 'actions' }, run));
}

function drawPanel(d, byId) {
  const name = (id) => {
    const f = byId.get(id);
    return f ? `${f.companyName || '—'} · ${f.productName || '—'}` : '申报 #' + id;
  };
  const verdict = h('p', { 'data-testid': 'onsite-verify-result', hidden: true });
  const verify = h('button', { class: 'btn', 'data-testid': 'onsite-verify', onclick: () => {
    const again = selectFromSeed(d.seedText, d.mode, d.amount, d.candidates);
    const match = again.length === d.selected.length && again.every((x, i) => x === d.selected[i]);
    verdict.hidden = false;
    verdict.className = match ? 'ok' : 'error';
    verdict.setAttribute('data-match', String(match));
    verdict.textContent = (match ? '一致：' : '不一致：') + '按种子重新抽取得到 ' + (again.map((x) => '#' + x).join('、') || '（无）');
  } }, '按种子复核');
  return h('section', { class: 'panel', 'data-testid': 'onsite-record', 'data-id': d.id },
    h('dl', { class: 'facts' },
      h('dt', { text: '抽签编号' }), h('dd', { text: String(d.id) }),
      h('dt', { text: '种子' }), h('dd', { class: 'mono', 'data-testid': 'onsite-seed', text: d.seedText }),
      h('dt', { text: '方式' }), h('dd', { text: `${label(MODE, d.mode)} ${d.amount}${d.mode === 'PERCENT' ? '%' : ' 个'}${d.perCategory ? '，按类别分别抽取' : ''}` }),
      h('dt', { text: '抽取人 / 时间' }), h('dd', { text: `${d.drawnBy} · ${fmtDateTime(d.drawnAt)}` }),
      h('dt', { text: '服务端复核' }), h('dd', { 'data-testid': 'onsite-server-reproduced', 'data-reproduced': String(d.reproduced),
        text: d.reproduced ? '按种子重抽结果一致' : '按种子重抽结果不一致' })),
    h('h3', { text: '候选名单' }),
    h('div', { 'data-testid': 'onsite-candidates' }, Object.keys(d.candidates).sort().map((k) => h('div', { 'data-testid': 'onsite-group', 'data-group': k },
      h('strong', { text: k === 'ALL' ? '全部' : k }), '：',
      h('ol', {}, d.candidates[k].map((id) => h('li', { 'data-testid': 'onsite-candidate', 'data-id': id, text: '#' + id + ' ' + name(id) })))))),
    h('h3', { text: '抽中' }),
    h('table', { class: 'table', 'data-testid': 'onsite-selected' },
      h('thead', {}, h('tr', {}, ['申报', '企业 · 产品', '阶段', '现场考察结果'].map((t) => h('th', { text: t })))),
      h('tbody', {}, d.selected.map((id) => {
        const f = byId.get(id);
        return h('tr', { 'data-testid': 'onsite-selected-row', 'data-id': id, 'data-status': f ? f.status : 'UNKNOWN' },
          h('td', {}, h('a', { href: '/console/filings/' + id, 'data-link': true, text: '#' + id })),
          h('td', { text: name(id) }), h('td', { text: f ? label(FILING_STATUS, f.status) : '—' }),
          h('td', {}, f && f.status === 'ONSITE_SELECTED' ? resultForm(id) : '—'));
      }))),
    h('div', { class: 'actions' }, verify), verdict);
}

function resultForm(id) {
  const reason = h('input', { 'data-testid': 'onsite-reason', 'aria-label': '说明', placeholder: '未通过须填理由', maxlength: 500 });
  const error = errorLine('onsite-result-error');
  const record = (passed) => (e) => busy(e.currentTarget, async () => {
    error.show('');
    if (!passed && !reason.value.trim()) {
      error.show('现场考察未通过须填写理由');
      return;
    }
    try {
      await api.post(`/api/staff/filings/${id}/onsite-result`, { passed, reason: reason.value.trim() || null });
      toast('已录入现场考察结果');
      render();
    } catch (err) { error.show(err.detail); }
  });
  return h('div', { class: 'inline-form' }, reason,
    h('button', { class: 'btn btn-small btn-primary', 'data-testid': 'onsite-pass', onclick: record(true) }, '通过'),
    h('button', { class: 'btn btn-small btn-danger', 'data-testid': 'onsite-fail', onclick: record(false) }, '未通过'),
    error);
}
