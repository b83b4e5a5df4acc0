// 公示与发布 (admins and the alliance): open a publicity period for a batch's filings that passed the
// defense (and the on-site visit, for those drawn), see its end date, record and resolve objections,
// and publish after the period (the published filings become pool members).
import { api, query } from '../api.js';
import { h, add, busy, toast, errorLine, fmtDate, fmtDateTime, confirmDialog } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { label, FILING_STATUS } from '../labels.js';
import { navigate, render } from '../router.js';
import { select } from '../filters.js';

const RESOLUTION = { UPHELD: '异议成立', DISMISSED: '异议不成立' };

function problems(e) {
  return [e.detail, ...(e.errors || []).map((x) => x.message)].filter(Boolean).join('；');
}

export async function publicityPage(params, q, alive) {
  const main = layout('publicity', '公示与发布');
  const batches = await pageData(main, alive, () => api.get('/api/public/batches'));
  if (!batches) return;
  const batch = q.get('batch') || String((batches[0] || {}).id || '');
  const loaded = await pageData(main, alive, () => Promise.all([
    api.get('/api/staff/filings' + query({ batch, status: 'DEFENSE_DONE', page: 1, size: 100 })),
    api.get('/api/staff/filings' + query({ batch, status: 'ONSITE_DONE', page: 1, size: 100 })),
    api.get('/api/staff/publicities' + query({ batchId: batch }))]));
  if (!loaded) return;
  const [done, onsite, list] = loaded;
  const ready = [...onsite.items, ...done.items];
  add(main,
    h('div', { class: 'filters' },
      select('publicity-batch', '批次', batches.map((b) => [String(b.id), b.name]), batch,
        (e) => navigate('/console/publicity' + query({ batch: e.target.value })))),
    newPublicityForm(ready),
    list.length ? list.map(periodPanel) : h('p', { class: 'panel muted', 'data-testid': 'publicity-empty', text: '本批次还没有公示。' }));
}

function newPublicityForm(ready) {
  if (!ready.length) {
    return h('p', { class: 'panel muted', 'data-testid': 'publicity-ready-empty', text: '本批次没有待公示的申报（答辩通过或现场考察通过的）。' });
  }
  const picks = ready.map((f) => ({ f, box: h('input', { type: 'checkbox', checked: true, 'data-testid': 'publicity-pick', 'data-id': f.id }) }));
  const startsOn = h('input', { id: 'pub-starts', 'data-testid': 'pub-starts', placeholder: 'YYYY-MM-DD' });
  const days = h('input', { id: 'pub-days', 'data-testid': 'pub-days', type: 'number', min: 1, value: '7' });
  const error = errorLine('pub-error');
  const open = h('button', { class: 'btn btn-primary', 'data-testid': 'pub-open', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    const ids = picks.filter((p) => p.box.checked).map((p) => p.f.id);
    if (!ids.length) {
      error.show('请勾选要公示的申报');
      return;
    }
    try {
      await api.post('/api/staff/publicities', { filingIds: ids, startsOn: startsOn.value.trim() || null,
        days: days.value ? Number(days.value) : null });
      toast('公示已开始');
      render();
    } catch (err) { error.show(err.status === 400 && !err.errors.length ? '日期格式不正确（YYYY-MM-DD）' : problems(err)); }
  }) }, '开始公示');
  return h('details', { class: 'panel', 'data-testid': 'publicity-new' }, h('summary', { text: `开始公示（待公示 ${ready.length} 个）` }),
    h('ul', { class: 'plain' }, picks.map((p) => h('li', {}, h('label', {}, p.box, ' ',
      `${p.f.companyName || '—'} · ${p.f.productName || '—'}（${label(FILING_STATUS, p.f.status)}）`)))),
    h('div', { class: 'form-grid' },
      h('div', {}, h('label', { for: 'pub-starts', text: '公示开始日期' }), startsOn),
      h('div', {}, h('label', { for: 'pub-days', text: '公示天数（自然日，含首尾）' }), days)),
    error, h('div', { class: 'actions' }, open));
}

function periodPanel(p) {
  const error = errorLine('publicity-publish-error');
  const publish = p.publishedAt ? null : h('button', { class: 'btn btn-primary', 'data-testid': 'publicity-publish',
    onclick: (e) => busy(e.currentTarget, async () => {
      error.show('');
      const ok = await confirmDialog({ title: '正式发布', testid: 'publish-dialog', ok: '发布',
        text: `公示期 ${fmtDate(p.startsOn)} 至 ${fmtDate(p.endsOn)}。发布后，无未决异议的申报成为资源池成员。确定发布？` });
      if (!ok) return;
      try {
        const r = await api.post(`/api/staff/publicities/${p.id}/publish`);
        toast(`已发布 ${r.published.length} 个` + (r.heldByObjection.length ? `，${r.heldByObjection.length} 个暂缓` : ''));
        render();
      } catch (err) { error.show(problems(err)); }
    }) }, '正式发布');
  const objectionsOf = (id) => p.objections.filter((o) => o.filingId === id);
  return h('section', { class: 'panel', 'data-testid': 'publicity', 'data-id': p.id, 'data-published': String(!!p.publishedAt) },
    h('dl', { class: 'facts' },
      h('dt', { text: '公示期' }), h('dd', { 'data-testid': 'publicity-period', text: `${fmtDate(p.startsOn)} 至 ${fmtDate(p.endsOn)}（${p.days} 天）` }),
      h('dt', { text: '截止日期' }), h('dd', { 'data-testid': 'publicity-ends', text: fmtDate(p.endsOn) }),
      h('dt', { text: '发布' }), h('dd', { 'data-testid': 'publicity-published', text: p.publishedAt ? '已于 ' + fmtDateTime(p.publishedAt) + ' 发布' : '未发布' })),
    h('table', { class: 'table', 'data-testid': 'publicity-filings' },
      h('thead', {}, h('tr', {}, ['企业', '产品 / 服务', '阶段', '异议'].map((t) => h('th', { text: t })))),
      h('tbody', {}, p.filings.map((f) => h('tr', { 'data-testid': 'publicity-filing', 'data-id': f.id, 'data-status': f.status },
        h('td', {}, h('a', { href: '/console/filings/' + f.id, 'data-link': true, text: f.companyName || '—' })),
        h('td', { text: f.productName || '—' }), h('td', { text: label(FILING_STATUS, f.status) }),
        h('td', {}, objectionsOf(f.id).map(objectionView),
          ['PUBLICITY'].includes(f.status) && !p.publishedAt ? raiseForm(f.id) : null))))),
    h('div', { class: 'actions' }, publish), error);
}

function objectionView(o) {
  const el = h('div', { class: 'objection', 'data-testid': 'objection', 'data-id': o.id, 'data-resolution': o.resolution || 'OPEN' },
    h('div', {}, h('strong', { text: o.raisedBy }), '：', o.content),
    h('div', { class: 'muted', text: `登记 ${fmtDateTime(o.raisedAt)}（${o.recordedBy}）` }),
    o.resolution ? h('div', { 'data-testid': 'objection-resolution',
      text: `${label(RESOLUTION, o.resolution)}${o.resolutionNote ? '：' + o.resolutionNote : ''}（${o.resolvedBy}，${fmtDateTime(o.resolvedAt)}）` }) : null);
  if (o.resolution) return el;
  const note = h('input', { 'data-testid': 'objection-note', 'aria-label': '核查说明', placeholder: '核查说明', maxlength: 500 });
  const error = errorLine('objection-error');
  const resolve = (upheld) => (e) => busy(e.currentTarget, async () => {
    error.show('');
    try {
      await api.post(`/api/staff/objections/${o.id}/resolve`, { upheld, note: note.value.trim() || null });
      toast('已处理异议');
      render();
    } catch (err) { error.show(problems(err)); }
  });
  add(el, h('div', { class: 'inline-form' }, note,
    h('button', { class: 'btn btn-small', 'data-testid': 'objection-dismiss', onclick: resolve(false) }, '异议不成立'),
    h('button', { class: 'btn btn-small btn-danger', 'data-testid': 'objection-uphold', onclick: resolve(true) }, '异议成立'),
    error));
  return el;
}

function raiseForm(filingId) {
  const by = h('input', { 'data-testid': 'objection-by', 'aria-label': '异议人', placeholder: '异议人（单位或个人）', maxlength: 100 });
  const content = h('input', { 'data-testid': 'objection-content', 'aria-label': '异议内容', placeholder: '异议内容', maxlength: 2000 });
  const error = errorLine('objection-raise-error');
  const raise = h('button', { class: 'btn btn-small', 'data-testid': 'objection-raise', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    try {
      await api.post(`/api/staff/filings/${filingId}/objections`, { raisedBy: by.value.trim(), content: content.value.trim() });
      toast('已登记异议');
      render();
    } catch (err) { error.show(problems(err)); }
  }) }, '登记异议');
  return h('details', { 'data-testid': 'objection-new' }, h('summary', { text: '登记异议' }),
    h('div', { class: 'inline-form' }, by, content, raise, error));
}
