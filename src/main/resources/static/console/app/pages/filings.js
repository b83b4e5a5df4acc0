// 申报评审 (admins and the alliance): the filings queue with its filters in the address and the
// count per stage, and one filing with its texts, files, history, notices and the preliminary
// review (pass / fail) or a return for correction.
import { api, query } from '../api.js';
import { h, add, busy, toast, errorLine, fmtDate, fmtDateTime, confirmDialog } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { dicts, cityName, label, FILING_STATUS, NOTICE_STATUS, CHANNEL, TEMPLATE } from '../labels.js';
import { navigate, render } from '../router.js';
import { citySelect, filingStatusSelect, select } from '../filters.js';
import { pager } from './queue.js';

const PAGE_SIZE = 20;

export async function filingsPage(params, q, alive) {
  const f = { batch: q.get('batch') || '', category: q.get('category') || '', direction: q.get('direction') || '',
    city: q.get('city') || '', status: q.get('status') || '' };
  const page = Math.max(1, Number(q.get('page')) || 1);
  const main = layout('filings', '申报评审');
  const go = (changes) => navigate('/console/filings' + query(Object.assign({}, f, { page: 1 }, changes)));
  const loaded = await pageData(main, alive, () => Promise.all([dicts(), api.get('/api/public/batches'),
    api.get('/api/staff/filings' + query(Object.assign({}, f, { page, size: PAGE_SIZE })))]));
  if (!loaded) return;
  const [d, batches, data] = loaded;
  const counts = Object.entries(data.counts || {}).filter(([, n]) => n > 0);
  add(main,
    h('div', { class: 'filters' },
      select('filings-batch', '批次', [['', '全部批次'], ...batches.map((b) => [String(b.id), b.name])], f.batch, (e) => go({ batch: e.target.value })),
      select('filings-category', '类别', [['', '全部类别'], ...d.categories.map((c) => [c.code, c.name])], f.category, (e) => go({ category: e.target.value })),
      select('filings-direction', '新技术方向', [['', '全部方向'], ...d.directions.map((c) => [c.code, c.name])], f.direction, (e) => go({ direction: e.target.value })),
      citySelect('filings-city', d, f.city, (e) => go({ city: e.target.value })),
      filingStatusSelect('filings-status', f.status, (e) => go({ status: e.target.value })),
      h('span', { class: 'spacer' }),
      h('a', { class: 'btn', download: true, 'data-testid': 'export-filings', href: '/api/staff/filings/export' + query(f) }, '导出 Excel')),
    h('p', { class: 'queue-summary', 'data-testid': 'filings-counts' }, `共 ${data.total} 件`,
      counts.map(([k, n]) => h('a', { class: 'badge', href: '/console/filings' + query(Object.assign({}, f, { status: k })), 'data-link': true,
        text: `${label(FILING_STATUS, k)} ${n}` }))),
    bulkPrelim(data.items),
    data.items.length ? h('table', { class: 'table', 'data-testid': 'filings-table' },
      h('thead', {}, h('tr', {}, ['', '企业', '产品 / 服务', '类别', '批次', '地市', '阶段', '提交时间'].map((t) => h('th', { text: t })))),
      h('tbody', {}, data.items.map((it) => h('tr', { class: 'clickable', 'data-testid': 'filing-row', 'data-id': it.id,
        'data-status': it.status, onclick: (e) => { if (!e.target.closest('a') && !e.target.closest('input')) navigate('/console/filings/' + it.id); } },
      h('td', {}, it.status === 'SUBMITTED'
        ? h('input', { type: 'checkbox', class: 'bulk-pick', 'data-testid': 'filing-pick', 'data-id': it.id, 'aria-label': '选择' + (it.productName || '') })
        : null),
      h('td', {}, h('a', { href: '/console/filings/' + it.id, 'data-link': true, text: it.companyName || '—' })),
      h('td', { text: it.productName || '—' }), h('td', { text: it.categoryName || '—' }), h('td', { text: it.batchName || '—' }),
      h('td', { text: cityName(d, it.registrationCity) }), h('td', { text: it.statusLabel }),
      h('td', { text: fmtDateTime(it.submittedAt) })))))
      : h('p', { class: 'panel muted', 'data-testid': 'filings-empty', text: '没有符合条件的申报。' }),
    pager(data, (p) => go({ page: p })));
}

/**
 * 批量初审: pass or fail the ticked filings waiting for the preliminary review in one request. The
 * server applies all of them or none (one that cannot move leaves every one as it was).
 */
function bulkPrelim(items) {
  if (!items.some((it) => it.status === 'SUBMITTED')) return null;
  const reason = h('input', { type: 'text', size: 40, maxlength: 500, 'data-testid': 'bulk-reason', placeholder: '不通过时必填的理由' });
  const error = errorLine('bulk-error');
  const picked = () => [...document.querySelectorAll('input.bulk-pick:checked')].map((c) => Number(c.dataset.id));
  const act = (pass) => async (e) => {
    // Captured now: after the confirm dialog the event is over and currentTarget is null.
    const button = e.currentTarget;
    error.show('');
    const ids = picked();
    const why = reason.value.trim();
    if (!ids.length) { error.show('请先勾选待初审的申报'); return; }
    if (!pass && !why) { error.show('请填写不通过的理由'); reason.focus(); return; }
    const text = pass ? '初审通过' : '初审不通过';
    if (!(await confirmDialog({ title: '批量' + text, text: `确定将勾选的 ${ids.length} 件申报${text}吗？` }))) return;
    await busy(button, async () => {
      try {
        await api.post('/api/staff/filings/prelim', { filingIds: ids, pass, reason: why || null });
        toast(`已${text} ${ids.length} 件`);
        render();
      } catch (err) { error.show(err.field('reason') || err.detail); }
    });
  };
  return h('div', { class: 'panel filters', 'data-testid': 'bulk-prelim' }, h('strong', { text: '批量初审' }), reason,
    h('button', { class: 'btn btn-primary', 'data-testid': 'bulk-pass', onclick: act(true) }, '勾选的通过'),
    h('button', { class: 'btn btn-danger', 'data-testid': 'bulk-fail', onclick: act(false) }, '勾选的不通过'), error);
}

export async function filingPage({ id }, q, alive) {
  const main = layout('filings', '申报详情');
  const loaded = await pageData(main, alive, () => Promise.all([api.get('/api/staff/filings/' + id), dicts()]));
  if (!loaded) return;
  const [f, d] = loaded;
  const dir = (f.directions || []).map((c) => (d.directions.find((x) => x.code === c) || { name: c }).name).join('、') || '—';
  const rows = [['企业', f.companyName], ['批次', f.batchName], ['类别', f.categoryName], ['新技术方向', dir],
    ['产品 / 服务', f.productName], ['简介', f.description], ['OT/IT 融合', f.otItIntegration], ['广东案例', f.guangdongCases],
    ['知识产权', f.ipSummary], ['提交时间', fmtDateTime(f.submittedAt)], ['下一步', f.nextStep ? f.nextStep + (f.nextStepBy ? '（' + fmtDate(f.nextStepBy) + ' 前）' : '') : '—']];
  if (f.defense) {
    rows.push(['答辩', `${fmtDate(f.defense.day)} ${f.defense.slotStart || ''}–${f.defense.slotEnd || ''} 第 ${f.defense.order} 位 · ${f.defense.venue || ''} ${f.defense.address || ''}`
      + (f.defense.response ? ' · 回复：' + f.defense.response : '')]);
  }
  if (f.publicityStartsOn) rows.push(['公示期', fmtDate(f.publicityStartsOn) + ' 至 ' + fmtDate(f.publicityEndsOn)]);
  add(main,
    h('div', { class: 'panel head' },
      h('a', { href: '/console/filings', 'data-link': true, class: 'back', text: '← 返回申报列表' }),
      h('h2', { 'data-testid': 'filing-name', text: f.productName || '（未填写产品名称）' }),
      h('p', {}, h('span', { class: 'badge', 'data-testid': 'filing-status', 'data-status': f.status, text: f.statusLabel }), ' ',
        h('a', { href: '/console/suppliers/' + f.supplierId, 'data-link': true, text: f.companyName })),
      f.lastReason ? h('p', { class: 'muted' }, '最近一次理由：', f.lastReason) : null),
    f.status === 'SUBMITTED' ? prelimPanel(f) : null,
    h('div', { class: 'columns' },
      h('div', { class: 'col' },
        h('section', { class: 'panel', 'data-testid': 'filing-facts' }, h('h3', { text: '申报内容' }),
          h('dl', { class: 'facts' }, rows.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v == null || v === '' ? '—' : String(v) })]))),
        h('section', { class: 'panel' }, h('h3', { text: `材料（${(f.files || []).length}）` }),
          h('ul', { class: 'plain' }, (f.files || []).map((x) => h('li', { 'data-testid': 'filing-file' },
            h('a', { href: `/api/staff/filings/${f.id}/files/${x.id}`, target: '_blank', rel: 'noopener', text: x.name }),
            h('span', { class: 'muted', text: ` ${Math.ceil(x.sizeBytes / 1024)} KB · ${fmtDateTime(x.uploadedAt)}` })))))),
      h('div', { class: 'col' }, historyPanel(id), noticesPanel(id))));
}

function prelimPanel(f) {
  const reason = h('textarea', { id: 'filing-reason', rows: 3, maxlength: 500, 'data-testid': 'filing-reason',
    placeholder: '不通过或退回修改时必填' });
  const error = errorLine('filing-decision-error');
  const act = (text, needsReason, call) => async (e) => {
    // Captured now: after the confirm dialog the event is over and currentTarget is null.
    const button = e.currentTarget;
    error.show('');
    const why = reason.value.trim();
    if (needsReason && !why) { error.show('请填写' + text + '的理由'); reason.focus(); return; }
    if (!(await confirmDialog({ title: '确认' + text, text: `确定将“${f.productName}”${text}吗？` }))) return;
    await busy(button, async () => {
      try {
        await call(why || null);
        toast('已' + text);
        render();
      } catch (err) { error.show(err.field('reason') || err.detail); }
    });
  };
  return h('section', { class: 'panel decision', 'data-testid': 'filing-decision' }, h('h3', { text: '初步审核' }),
    h('label', { for: 'filing-reason', text: '意见 / 理由' }), reason, error,
    h('div', { class: 'actions' },
      h('button', { class: 'btn btn-primary', 'data-testid': 'prelim-pass',
        onclick: act('初审通过', false, (r) => api.post('/api/staff/filings/prelim', { filingIds: [f.id], pass: true, reason: r })) }, '初审通过'),
      h('button', { class: 'btn btn-warn', 'data-testid': 'filing-return',
        onclick: act('退回修改', true, (r) => api.post(`/api/staff/filings/${f.id}/return`, { reason: r, version: f.version })) }, '退回修改'),
      h('button', { class: 'btn btn-danger', 'data-testid': 'prelim-fail',
        onclick: act('初审不通过', true, (r) => api.post('/api/staff/filings/prelim', { filingIds: [f.id], pass: false, reason: r })) }, '不通过')));
}

function historyPanel(id) {
  const body = h('div', {}, h('p', { class: 'muted', text: '加载中…' }));
  api.get(`/api/staff/filings/${id}/history`).then((list) => body.replaceChildren(list.length
    ? h('ol', { class: 'timeline' }, list.slice().reverse().map((e) => h('li', { 'data-testid': 'filing-history-entry' },
      h('strong', { text: e.actionLabel }), h('span', { class: 'muted' }, ' ', fmtDateTime(e.at), ' · ', e.actor || '—'),
      e.reason ? h('p', { text: '理由：' + e.reason }) : null)))
    : h('p', { class: 'muted', text: '暂无记录' }))).catch((e) => body.replaceChildren(h('p', { class: 'error', text: e.detail })));
  return h('section', { class: 'panel', 'data-testid': 'filing-history' }, h('h3', { text: '评审历史' }), body);
}

function noticesPanel(id) {
  const body = h('div', {}, h('p', { class: 'muted', text: '加载中…' }));
  const fill = () => api.get(`/api/staff/notices?filingId=${id}`).then((list) => body.replaceChildren(list.length
    ? h('table', { class: 'table', 'data-testid': 'filing-notice-list' },
      h('thead', {}, h('tr', {}, ['通知', '渠道', '接收人', '状态', '时间', ''].map((t) => h('th', { text: t })))),
      h('tbody', {}, list.map((n) => {
        const error = errorLine('notice-error');
        return h('tr', { 'data-testid': 'notice-item', 'data-id': n.id, 'data-status': n.status, 'data-template': n.templateKey },
          h('td', { text: label(TEMPLATE, n.templateKey) }), h('td', { text: label(CHANNEL, n.channel) }),
          h('td', { class: 'mono', text: n.recipient }),
          h('td', {}, h('span', { class: 'badge notice-' + n.status, text: label(NOTICE_STATUS, n.status) })),
          h('td', { text: fmtDateTime(n.updatedAt || n.createdAt) }),
          h('td', {}, n.status === 'FAILED' ? h('button', { class: 'btn btn-small', 'data-testid': 'notice-resend', onclick: (e) =>
            busy(e.currentTarget, async () => {
              try { await api.post(`/api/staff/notices/${n.id}/resend`); toast('已重新排队发送'); fill(); } catch (err) { error.show(err.detail); }
            }) }, '重发') : null, error));
      })))
    : h('p', { class: 'muted', text: '暂无通知' }))).catch((e) => body.replaceChildren(h('p', { class: 'error', text: e.detail })));
  fill();
  return h('section', { class: 'panel', 'data-testid': 'filing-notices' }, h('h3', { text: '已发送的通知' }), body);
}
