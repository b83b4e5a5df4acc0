// 集中答辩 (admins and the alliance): the sessions of a batch and a new session; one session with
// its invitees (order, slot, the applicant's confirmation or reschedule request, the result), the
// invitations of filings that passed 初步审核, and the results after the session has started.
import { api, query } from '../api.js';
import { h, add, busy, toast, errorLine, fmtDate } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { label, FILING_STATUS } from '../labels.js';
import { navigate, render } from '../router.js';
import { select } from '../filters.js';

const RESPONSE = { CONFIRMED: '已确认参加', RESCHEDULE_REQUESTED: '申请调整时间' };
const OUTCOME = { PASSED: '通过', FAILED: '未通过', NO_SHOW: '未到场' };
const SLOT_MINUTES = 30;

const hhmm = (t) => (t ? String(t).slice(0, 5) : '—');

/** Messages of a refused write: the detail and every field problem. */
function problems(e) {
  const fields = (e.errors || []).map((x) => x.message).filter(Boolean);
  return [e.detail, ...fields].filter(Boolean).join('；');
}

export async function defenseSessionsPage(params, q, alive) {
  const batch = q.get('batch') || '';
  const main = layout('defense', '集中答辩');
  const loaded = await pageData(main, alive, () => Promise.all([api.get('/api/public/batches'),
    api.get('/api/staff/defense-sessions' + query({ batchId: batch }))]));
  if (!loaded) return;
  const [batches, list] = loaded;
  const batchName = (id) => (batches.find((b) => b.id === id) || {}).name || ('批次 ' + id);
  add(main,
    newSessionForm(batches, batch),
    h('div', { class: 'filters' },
      select('defense-batch', '批次', [['', '全部批次'], ...batches.map((b) => [String(b.id), b.name])], batch,
        (e) => navigate('/console/defense' + query({ batch: e.target.value })))),
    list.length ? h('table', { class: 'table', 'data-testid': 'defense-list' },
      h('thead', {}, h('tr', {}, ['批次', '日期', '时间', '会场', '地址', '已安排 / 容量'].map((t) => h('th', { text: t })))),
      h('tbody', {}, list.map((s) => {
        const href = '/console/defense/' + s.id;
        return h('tr', { class: 'clickable', 'data-testid': 'defense-row', 'data-id': s.id,
          onclick: (e) => { if (!e.target.closest('a')) navigate(href); } },
        h('td', { text: batchName(s.batchId) }),
        h('td', {}, h('a', { href, 'data-link': true, text: fmtDate(s.day) })),
        h('td', { text: hhmm(s.startsAt) + '–' + hhmm(s.endsAt) }),
        h('td', { text: s.venue }), h('td', { text: s.address }),
        h('td', { text: `${s.assigned} / ${s.capacity}` }));
      })))
      : h('p', { class: 'panel muted', 'data-testid': 'defense-empty', text: '还没有答辩场次。' }));
}

function newSessionForm(batches, batch) {
  const input = (id, attrs = {}) => h('input', Object.assign({ id, 'data-testid': id }, attrs));
  const batchSel = h('select', { id: 'def-batch', 'data-testid': 'def-batch' },
    batches.map((b) => h('option', { value: b.id, selected: String(b.id) === batch }, b.name)));
  const day = input('def-day', { placeholder: 'YYYY-MM-DD', inputmode: 'numeric' });
  const starts = input('def-starts', { placeholder: '09:00', value: '09:00' });
  const ends = input('def-ends', { placeholder: '12:00', value: '12:00' });
  const venue = input('def-venue', { maxlength: 100 });
  const address = input('def-address', { maxlength: 200 });
  const capacity = input('def-capacity', { type: 'number', min: 1, max: 200, value: '20' });
  const field = (id, text, el) => h('div', {}, h('label', { for: id, text }), el);
  const error = errorLine('def-error');
  const create = h('button', { class: 'btn btn-primary', 'data-testid': 'def-create', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    try {
      const s = await api.post('/api/staff/defense-sessions', { batchId: Number(batchSel.value), day: day.value.trim() || null,
        startsAt: starts.value.trim() || null, endsAt: ends.value.trim() || null, venue: venue.value.trim(),
        address: address.value.trim(), capacity: capacity.value ? Number(capacity.value) : null });
      toast('已新建答辩场次');
      navigate('/console/defense/' + s.id);
    } catch (err) { error.show(err.status === 400 && !err.errors.length ? '日期或时间格式不正确（日期 YYYY-MM-DD，时间 HH:MM）' : problems(err)); }
  }) }, '新建场次');
  return h('details', { class: 'panel', 'data-testid': 'defense-new' }, h('summary', { text: '新建答辩场次' }),
    h('div', { class: 'form-grid' }, field('def-batch', '批次', batchSel), field('def-day', '答辩日期', day),
      field('def-starts', '开始时间', starts), field('def-ends', '结束时间', ends), field('def-venue', '会场', venue),
      field('def-address', '地址', address), field('def-capacity', '可容纳申报数', capacity)),
    error, h('div', { class: 'actions' }, create));
}

export async function defenseSessionPage({ id }, q, alive) {
  const main = layout('defense', '答辩场次');
  const loaded = await pageData(main, alive, async () => {
    const [session, known] = await Promise.all([api.get('/api/staff/defense-sessions/' + id), api.get('/api/public/batches')]);
    // Who can be assigned depends on the session's batch.
    return [session, known, await api.get('/api/staff/filings' + query({ batch: session.batchId, status: 'PRELIM_PASSED', page: 1, size: 100 }))];
  });
  if (!loaded) return;
  const [s, batches, candidates] = loaded;
  const batchName = (batches.find((b) => b.id === s.batchId) || {}).name || ('批次 ' + s.batchId);
  add(main,
    h('p', {}, h('a', { href: '/console/defense', 'data-link': true, text: '← 全部答辩场次' })),
    h('dl', { class: 'panel facts', 'data-testid': 'defense-facts', 'data-id': s.id },
      h('dt', { text: '批次' }), h('dd', { text: batchName }),
      h('dt', { text: '日期' }), h('dd', { 'data-testid': 'defense-day', text: fmtDate(s.day) }),
      h('dt', { text: '时间' }), h('dd', { text: hhmm(s.startsAt) + '–' + hhmm(s.endsAt) }),
      h('dt', { text: '会场' }), h('dd', { text: s.venue }),
      h('dt', { text: '地址' }), h('dd', { text: s.address }),
      h('dt', { text: '已安排 / 容量' }), h('dd', { 'data-testid': 'defense-assigned', text: `${s.assigned} / ${s.capacity}` })),
    h('h2', { text: '受邀申报' }),
    invitees(s),
    h('h2', { text: '安排答辩（发出邀请）' }),
    assignPanel(s, candidates.items));
}

function invitees(s) {
  if (!s.invitees.length) return h('p', { class: 'panel muted', 'data-testid': 'invitees-empty', text: '还没有安排申报。' });
  return h('table', { class: 'table', 'data-testid': 'defense-invitees' },
    h('thead', {}, h('tr', {}, ['顺序', '时段', '企业', '产品 / 服务', '阶段', '企业答复', '答辩结果'].map((t) => h('th', { text: t })))),
    h('tbody', {}, [...s.invitees].sort((a, b) => (a.order || 0) - (b.order || 0)).map((v) => h('tr', {
      'data-testid': 'invitee-row', 'data-id': v.filingId, 'data-status': v.status, 'data-response': v.response || 'NONE',
      'data-outcome': v.outcome || 'NONE' },
    h('td', { text: v.order == null ? '—' : String(v.order) }),
    h('td', { text: hhmm(v.slotStart) + '–' + hhmm(v.slotEnd) }),
    h('td', {}, h('a', { href: '/console/filings/' + v.filingId, 'data-link': true, text: v.companyName || '—' })),
    h('td', { text: v.productName || '—' }),
    h('td', { 'data-testid': 'invitee-status', text: label(FILING_STATUS, v.status) }),
    h('td', { 'data-testid': 'invitee-response' }, v.response ? label(RESPONSE, v.response) : '待答复',
      v.responseReason ? h('div', { class: 'muted', text: '理由：' + v.responseReason }) : null),
    h('td', {}, v.outcome ? h('span', { 'data-testid': 'invitee-outcome-done', text: label(OUTCOME, v.outcome) }) : resultForm(v))))));
}

function resultForm(v) {
  if (!['DEFENSE_INVITED', 'DEFENSE_CONFIRMED'].includes(v.status)) return '—';
  const outcome = h('select', { 'data-testid': 'invitee-outcome', 'aria-label': '答辩结果' },
    Object.entries(OUTCOME).map(([k, t]) => h('option', { value: k }, t)));
  const reason = h('input', { 'data-testid': 'invitee-reason', 'aria-label': '理由', placeholder: '未通过须填理由', maxlength: 500 });
  const error = errorLine('invitee-error');
  const record = h('button', { class: 'btn btn-small btn-primary', 'data-testid': 'invitee-record',
    onclick: (e) => busy(e.currentTarget, async () => {
      error.show('');
      if (outcome.value === 'FAILED' && !reason.value.trim()) {
        error.show('答辩未通过须填写理由');
        return;
      }
      try {
        await api.post(`/api/staff/filings/${v.filingId}/defense-result`, { outcome: outcome.value, reason: reason.value.trim() || null });
        toast('已录入答辩结果');
        render();
      } catch (err) { error.show(problems(err)); }
    }) }, '录入结果');
  return h('div', { class: 'inline-form' }, outcome, reason, record, error);
}

/** Time "HH:MM" plus minutes, within the day. */
function plus(t, minutes) {
  const [hh, mm] = String(t).slice(0, 5).split(':').map(Number);
  const total = Math.min(hh * 60 + mm + minutes, 23 * 60 + 59);
  return String(Math.floor(total / 60)).padStart(2, '0') + ':' + String(total % 60).padStart(2, '0');
}

function assignPanel(s, prelimPassed) {
  // Filings that passed 初步审核, and invitees who asked for another time (to be moved).
  const rescheduled = s.invitees.filter((v) => v.response === 'RESCHEDULE_REQUESTED');
  const rows = [
    ...prelimPassed.map((f) => ({ filingId: f.id, companyName: f.companyName, productName: f.productName, note: '初审通过' })),
    ...rescheduled.map((v) => ({ filingId: v.filingId, companyName: v.companyName, productName: v.productName,
      note: '申请调整：' + (v.responseReason || '') })),
  ];
  if (!rows.length) {
    return h('p', { class: 'panel muted', 'data-testid': 'assign-empty', text: '本批次没有待安排答辩的申报（初审通过或申请调整时间的）。' });
  }
  const taken = s.invitees.filter((v) => v.response !== 'RESCHEDULE_REQUESTED').map((v) => v.order || 0);
  let next = (taken.length ? Math.max(...taken) : 0) + 1;
  const lines = rows.map((r) => {
    const order = next++;
    const start = plus(s.startsAt, (order - 1) * SLOT_MINUTES);
    const pick = h('input', { type: 'checkbox', 'data-testid': 'assign-pick', 'aria-label': '安排' });
    const orderIn = h('input', { type: 'number', min: 1, 'data-testid': 'assign-order', 'aria-label': '顺序', value: String(order), class: 'narrow' });
    const from = h('input', { 'data-testid': 'assign-slot-start', 'aria-label': '时段开始', value: start, class: 'narrow' });
    const to = h('input', { 'data-testid': 'assign-slot-end', 'aria-label': '时段结束', value: plus(start, SLOT_MINUTES), class: 'narrow' });
    const tr = h('tr', { 'data-testid': 'assign-row', 'data-id': r.filingId },
      h('td', {}, pick), h('td', { text: r.companyName || '—' }), h('td', { text: r.productName || '—' }),
      h('td', { class: 'muted', text: r.note }), h('td', {}, orderIn), h('td', {}, from, ' – ', to));
    return { r, pick, orderIn, from, to, tr };
  });
  const error = errorLine('assign-error');
  const submit = h('button', { class: 'btn btn-primary', 'data-testid': 'assign-submit', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    const chosen = lines.filter((l) => l.pick.checked);
    if (!chosen.length) {
      error.show('请勾选要安排的申报');
      return;
    }
    try {
      await api.post(`/api/staff/defense-sessions/${s.id}/assignments`, chosen.map((l) => ({ filingId: l.r.filingId,
        order: Number(l.orderIn.value), slotStart: l.from.value.trim() || null, slotEnd: l.to.value.trim() || null })));
      toast(`已安排 ${chosen.length} 个申报，邀请已发出`);
      render();
    } catch (err) { error.show(err.status === 400 && !err.errors.length ? '时段格式不正确（HH:MM）' : problems(err)); }
  }) }, '安排并发出邀请');
  return h('div', { class: 'panel', 'data-testid': 'defense-assign' },
    h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ['', '企业', '产品 / 服务', '情况', '顺序', '时段'].map((t) => h('th', { text: t })))),
      h('tbody', {}, lines.map((l) => l.tr))),
    error, h('div', { class: 'actions' }, submit));
}
