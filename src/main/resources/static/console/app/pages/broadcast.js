// One broadcast: what it says and to whom, preview to one person, send now or at a time, and — once
// sent — a progress bar and per-recipient results polled from the server until every copy has an
// outcome. The fifth mass send of a month is refused with a warning (409 overMonthlyLimit); staff
// confirm it explicitly and it is sent again with overMonthlyLimit: true.
import { api } from '../api.js';
import { h, add, mount, busy, errorLine, fmtDateTime, toast, confirmDialog } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { BROADCAST_KIND, BROADCAST_STATUS, SUPPLIER_STATUS, FILING_STATUS, NOTICE_STATUS, CHANNEL, dicts, cityName, label } from '../labels.js';
import { render } from '../router.js';

const POLL_MS = 2000;

export async function broadcastPage({ id }, q, alive) {
  const main = layout('broadcasts', '通知详情');
  const loaded = await pageData(main, alive, () => Promise.all([api.get('/api/staff/broadcasts/' + id), dicts()]));
  if (!loaded) return;
  const [b, d] = loaded;
  const status = h('span', { class: 'badge', 'data-testid': 'broadcast-status' });
  const progress = progressPanel();
  const recipients = h('div', { 'data-testid': 'broadcast-recipients' });
  add(main, 
    h('section', { class: 'panel' },
      h('a', { href: '/console/broadcasts', 'data-link': true, class: 'back', text: '← 返回通知列表' }),
      h('h2', { text: b.title }),
      h('p', {}, status, h('span', { class: 'muted' }, ' ', label(BROADCAST_KIND, b.kind), ' · ', audienceText(b, d),
        ' · 创建 ', b.createdBy || '', ' ', fmtDateTime(b.createdAt))),
      h('p', { class: 'pre', text: b.body }),
      b.linkUrl ? h('p', {}, '链接：', h('span', { class: 'mono', text: b.linkUrl })) : null),
    b.status === 'DRAFT' ? sendPanel(b) : null,
    b.status === 'SCHEDULED' ? cancelPanel(b, '定时发送于 ' + fmtDateTime(b.scheduledAt)) : null,
    progress.panel,
    h('section', { class: 'panel' }, h('h3', { text: '接收人' }), recipients));

  const startedAt = Date.now();
  const refresh = async (view) => {
    paintStatus(status, view);
    progress.paint(view);
    if (view.kind !== 'MASS' && ['SENT', 'SENDING'].includes(view.status)) {
      try {
        paintRecipients(recipients, await api.get(`/api/staff/broadcasts/${id}/recipients`));
      } catch (e) { recipients.replaceChildren(h('p', { class: 'error', text: e.detail })); }
    } else {
      recipients.replaceChildren(h('p', { class: 'muted', text: view.kind === 'MASS' ? '群发由微信投递，不逐人记录；见上方微信回报的数量。' : '尚未发送。' }));
    }
    if (view.status === 'SCHEDULED' && b.status !== 'SCHEDULED') return render();
    if (!finished(view) && alive() && Date.now() - startedAt < 30 * 60 * 1000) {
      setTimeout(async () => {
        if (!alive()) return;
        try {
          const next = await api.get('/api/staff/broadcasts/' + id);
          if (alive()) {
            if (next.status !== b.status && (b.status === 'SCHEDULED' || next.status === 'CANCELLED')) {
              render();
            } else {
              refresh(next);
            }
          }
        } catch (e) { /* keep the last picture; the next page load tries again */ }
      }, POLL_MS);
    }
  };
  refresh(b);
}

function audienceText(b, d) {
  const a = b.audience || {};
  if (a.all) return b.kind === 'MASS' ? '全部关注者' : '全部已提交审核的供应商';
  if (a.tagId != null) return '微信标签 ' + a.tagId;
  const parts = [];
  if (a.city) parts.push(cityName(d, a.city));
  if (a.supplierStatus) parts.push(label(SUPPLIER_STATUS, a.supplierStatus));
  if (a.batchId != null) parts.push('批次 ' + a.batchId);
  if (a.filingStatus) parts.push('申报' + label(FILING_STATUS, a.filingStatus));
  if (a.supplierIds) parts.push('指定 ' + a.supplierIds.length + ' 家供应商');
  return parts.join('、') || '—';
}

function paintStatus(el, view) {
  el.textContent = label(BROADCAST_STATUS, view.status);
  el.dataset.status = view.status;
  el.className = 'badge' + (view.status === 'FAILED' ? ' badge-bad' : view.status === 'SENT' ? ' notice-SENT' : '');
}

function counts(view) {
  const p = view.progress || {};
  const n = (k) => Number(p[k] || 0);
  const pending = n('PENDING') + n('SENDING');
  const c = { sent: n('SENT'), delivered: n('DELIVERED'), failed: n('FAILED'), pending };
  c.total = Math.max(view.recipients || 0, c.sent + c.delivered + c.failed + pending);
  c.done = c.sent + c.delivered + c.failed;
  return c;
}

/** Nothing more will change: every copy has an outcome, or it never went out. */
function finished(view) {
  if (['DRAFT', 'FAILED', 'CANCELLED'].includes(view.status)) return true;
  if (view.status === 'SCHEDULED' || view.status === 'SENDING') return false;
  if (view.kind === 'MASS') return !!(view.mass && view.mass.total != null);
  const c = counts(view);
  return c.pending === 0;
}

function progressPanel() {
  const seg = (cls) => h('span', { class: cls, style: 'width:0%' });
  const delivered = seg('p-delivered');
  const sent = seg('p-sent');
  const failed = seg('p-failed');
  const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': '发送进度', 'aria-valuemin': 0, 'aria-valuemax': 100,
    'aria-valuenow': 0, 'data-testid': 'broadcast-progress' }, delivered, sent, failed);
  const text = h('p', { class: 'muted', 'data-testid': 'broadcast-progress-text' });
  const panel = h('section', { class: 'panel', hidden: true }, h('h3', { text: '发送进度' }), bar, text);
  const paint = (view) => {
    panel.hidden = !['SENDING', 'SENT', 'FAILED'].includes(view.status);
    if (view.kind === 'MASS') {
      const m = view.mass || {};
      const total = m.total || 0;
      const pct = total ? Math.round(((m.sent || 0) + (m.errors || 0)) * 100 / total) : (view.status === 'SENT' && m.total != null ? 100 : 0);
      sent.style.width = (total ? (m.sent || 0) * 100 / total : 0) + '%';
      failed.style.width = (total ? (m.errors || 0) * 100 / total : 0) + '%';
      bar.setAttribute('aria-valuenow', pct);
      Object.assign(bar.dataset, { sent: m.sent || 0, failed: m.errors || 0, total, pending: 0, delivered: 0 });
      text.textContent = m.total == null
        ? (view.status === 'SENT' ? '微信已接受群发，正在等待微信回报结果…' : view.lastMessage ? '微信回复：' + view.lastCode + ' ' + view.lastMessage : '正在提交给微信…')
        : `微信回报：共 ${m.total} 人，过滤 ${m.filtered || 0}，成功 ${m.sent || 0}，失败 ${m.errors || 0}`;
      return;
    }
    const c = counts(view);
    const pct = (k) => (c.total ? (c[k] * 100) / c.total : 0);
    delivered.style.width = pct('delivered') + '%';
    sent.style.width = pct('sent') + '%';
    failed.style.width = pct('failed') + '%';
    const done = c.total ? Math.round((c.done * 100) / c.total) : (view.status === 'SENT' ? 100 : 0);
    bar.setAttribute('aria-valuenow', done);
    bar.setAttribute('aria-valuetext', `${done}%`);
    Object.assign(bar.dataset, { sent: c.sent + c.delivered, delivered: c.delivered, failed: c.failed, pending: c.pending, total: c.total });
    text.textContent = `共 ${c.total} 份：已送达 ${c.delivered}，已发送 ${c.sent}，失败 ${c.failed}，待发送 ${c.pending}（${done}%）`;
  };
  return { panel, paint };
}

function paintRecipients(el, rows) {
  if (!rows.length) {
    el.replaceChildren(h('p', { class: 'muted', text: '没有接收人（所选供应商没有绑定微信或联络员手机）。' }));
    return;
  }
  const shown = rows.slice(0, 300);
  mount(el, h('table', { class: 'table' },
    h('thead', {}, h('tr', {}, ['接收人', '渠道', '供应商', '状态', '平台代码'].map((t) => h('th', { text: t })))),
    h('tbody', {}, shown.map((r) => h('tr', { 'data-testid': 'broadcast-recipient', 'data-status': r.status },
      h('td', { class: 'mono', text: r.recipient }), h('td', { text: label(CHANNEL, r.channel) }),
      h('td', {}, r.supplierId ? h('a', { href: '/console/suppliers/' + r.supplierId, 'data-link': true, text: '#' + r.supplierId }) : '—'),
      h('td', {}, h('span', { class: 'badge notice-' + r.status, text: label(NOTICE_STATUS, r.status) })),
      h('td', { class: 'mono', text: r.lastCode || '' }))))),
  rows.length > shown.length ? h('p', { class: 'muted', text: `仅显示前 ${shown.length} 位，共 ${rows.length} 位。` }) : null);
}

function sendPanel(b) {
  const to = h('input', { id: 'broadcast-preview-to', 'data-testid': 'broadcast-preview-to',
    placeholder: b.kind === 'SMS' ? '接收预览的手机号' : '接收预览的微信 openid' });
  const previewError = errorLine('broadcast-preview-error');
  const preview = h('button', { class: 'btn', 'data-testid': 'broadcast-preview', onclick: (e) => busy(e.currentTarget, async () => {
    previewError.show('');
    if (!to.value.trim()) { previewError.show(b.kind === 'SMS' ? '请填写手机号' : '请填写 openid'); return; }
    try {
      const r = await api.post(`/api/staff/broadcasts/${b.id}/preview`, { to: to.value.trim() });
      toast('预览已发送给 ' + r.sentTo);
      previewError.show('');
      previewResult.textContent = '已发送预览给 ' + r.sentTo + '，请在手机上查看效果。';
    } catch (err) { previewError.show(err.field('to') || err.detail); }
  }) }, '发送预览');
  const previewResult = h('p', { class: 'muted', 'data-testid': 'broadcast-preview-result' });
  const at = h('input', { id: 'broadcast-at', type: 'datetime-local', 'data-testid': 'broadcast-at' });
  const sendError = errorLine('broadcast-send-error');
  const send = h('button', { class: 'btn btn-primary', 'data-testid': 'broadcast-send', onclick: (e) => busy(e.currentTarget, async () => {
    sendError.show('');
    const when = at.value ? (at.value.length === 16 ? at.value + ':00' : at.value) : null;
    const question = when ? `确定在 ${when.replace('T', ' ')}（北京时间）发送“${b.title}”吗？` : `确定现在发送“${b.title}”吗？发送后不能撤回。`;
    if (!(await confirmDialog({ title: when ? '定时发送' : '立即发送', text: question, testid: 'send-dialog' }))) return;
    try {
      await sendOnce(b, when, false);
    } catch (err) {
      if (err.status === 409 && err.field('overMonthlyLimit')) {
        const ok = await confirmDialog({ title: '超过每月群发次数', text: err.detail + ' 仍要发送吗？', ok: '仍然发送', testid: 'over-limit-dialog' });
        if (!ok) return;
        try { await sendOnce(b, when, true); } catch (again) { sendError.show(again.detail); }
        return;
      }
      sendError.show(err.field('at') || err.detail);
    }
  }) }, '发送');
  at.addEventListener('input', () => { send.textContent = at.value ? '定时发送' : '发送'; });
  return h('section', { class: 'panel', 'data-testid': 'broadcast-send-panel' },
    h('h3', { text: '预览与发送' }),
    h('div', { class: 'filters' }, h('label', { class: 'filter' }, h('span', { text: '先发给一个人看看' }), to), preview),
    previewError, previewResult,
    h('div', { class: 'filters' }, h('label', { class: 'filter' }, h('span', { text: '定时（北京时间，留空立即发送）' }), at), send,
      cancelButton(b)),
    sendError);
}

async function sendOnce(b, at, overMonthlyLimit) {
  const body = { at };
  if (overMonthlyLimit) body.overMonthlyLimit = true;
  const view = await api.post(`/api/staff/broadcasts/${b.id}/send`, body);
  toast(view.status === 'SCHEDULED' ? '已定时' : '已开始发送');
  render();
}

function cancelButton(b) {
  const error = errorLine('broadcast-cancel-error');
  const btn = h('button', { class: 'btn btn-danger', 'data-testid': 'broadcast-cancel', onclick: (e) => busy(e.currentTarget, async () => {
    if (!(await confirmDialog({ title: '取消通知', text: `确定取消“${b.title}”吗？`, ok: '取消通知', cancel: '不取消' }))) return;
    try {
      await api.post(`/api/staff/broadcasts/${b.id}/cancel`);
      toast('已取消');
      render();
    } catch (err) { error.show(err.detail); }
  }) }, b.status === 'DRAFT' ? '放弃草稿' : '取消定时');
  return h('span', {}, btn, error);
}

function cancelPanel(b, text) {
  return h('section', { class: 'panel' }, h('p', { text }), cancelButton(b));
}
