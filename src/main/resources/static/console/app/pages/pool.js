// 资源池管理 (admins and the alliance): the pool's members with elimination (a reason, confirmed, sent
// with the record's version), and the members' change requests (同意 / 不同意 with a reason, the
// supporting files to download).
import { api, query } from '../api.js';
import { h, add, busy, toast, errorLine, fmtDate, fmtDateTime, confirmDialog } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { label, dicts } from '../labels.js';
import { navigate, render } from '../router.js';
import { select } from '../filters.js';

const MEMBER_STATUS = { ACTIVE: '在池', ELIMINATED: '已淘汰' };
const CHANGE_STATUS = { PENDING: '待审核', APPROVED: '已同意', REJECTED: '不同意' };

function problems(e) {
  return [e.detail, ...(e.errors || []).map((x) => x.message)].filter(Boolean).join('；');
}

export async function poolPage(params, q, alive) {
  const member = q.get('member') || 'ACTIVE';
  const change = q.get('change') || 'PENDING';
  const main = layout('pool', '资源池管理');
  const go = (changes) => navigate('/console/pool' + query(Object.assign({ member, change }, changes)));
  const loaded = await pageData(main, alive, () => Promise.all([api.get('/api/staff/memberships' + query({ status: member })),
    api.get('/api/staff/change-requests' + query({ status: change })), dicts()]));
  if (!loaded) return;
  const [members, changes, d] = loaded;
  const category = (c) => ((d.categories || []).find((x) => x.code === c) || {}).name || c;
  add(main,
    h('h2', { text: '资源池成员' }),
    h('div', { class: 'filters' }, select('member-status', '状态', [['', '全部'], ...Object.entries(MEMBER_STATUS)], member,
      (e) => go({ member: e.target.value }))),
    members.length ? h('table', { class: 'table', 'data-testid': 'member-list' },
      h('thead', {}, h('tr', {}, ['企业', '类别', '发布日期', '状态', ''].map((t) => h('th', { text: t })))),
      h('tbody', {}, members.map((m) => h('tr', { 'data-testid': 'member-row', 'data-id': m.id, 'data-status': m.status },
        h('td', {}, h('a', { href: '/console/suppliers/' + m.supplierId, 'data-link': true, text: m.companyName || '—' })),
        h('td', { text: category(m.category) }), h('td', { text: fmtDate(m.publishedOn) }),
        h('td', { text: label(MEMBER_STATUS, m.status) }),
        h('td', {}, m.status === 'ACTIVE' ? eliminateForm(m)
          : h('span', { class: 'muted', text: `${m.eliminatedReason || ''}（${m.eliminatedBy || ''}，${fmtDateTime(m.eliminatedAt)}）` }))))))
      : h('p', { class: 'panel muted', 'data-testid': 'member-empty', text: '没有符合条件的成员。' }),
    h('h2', { text: '变更请示' }),
    h('div', { class: 'filters' }, select('change-status', '状态', [['', '全部'], ...Object.entries(CHANGE_STATUS)], change,
      (e) => go({ change: e.target.value }))),
    changes.length ? h('table', { class: 'table', 'data-testid': 'change-list' },
      h('thead', {}, h('tr', {}, ['供应商', '变更事项', '新内容', '说明', '证明材料', '提出时间', '状态 / 审核'].map((t) => h('th', { text: t })))),
      h('tbody', {}, changes.map((c) => h('tr', { 'data-testid': 'change-row', 'data-id': c.id, 'data-status': c.status },
        h('td', {}, h('a', { href: '/console/suppliers/' + c.supplierId, 'data-link': true, text: '#' + c.supplierId })),
        h('td', { text: c.kindLabel || c.kind }), h('td', { text: c.newValue || '—' }), h('td', { text: c.explanation || '—' }),
        h('td', {}, c.files.length ? c.files.map((f) => h('div', {}, h('a', { 'data-testid': 'change-file', download: true,
          href: `/api/staff/change-requests/${c.id}/files/${f.id}`, text: f.name }))) : h('span', { class: 'muted', text: '未上传' })),
        h('td', { text: fmtDateTime(c.requestedAt) }),
        h('td', {}, c.status === 'PENDING' ? changeForm(c)
          : h('span', {}, label(CHANGE_STATUS, c.status), c.decisionReason ? '：' + c.decisionReason : ''))))))
      : h('p', { class: 'panel muted', 'data-testid': 'change-empty', text: '没有符合条件的变更请示。' }));
}

function eliminateForm(m) {
  const reason = h('input', { 'data-testid': 'member-reason', 'aria-label': '淘汰理由', placeholder: '淘汰理由（必填）', maxlength: 500 });
  const error = errorLine('member-error');
  const go = h('button', { class: 'btn btn-small btn-danger', 'data-testid': 'member-eliminate', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    if (!reason.value.trim()) {
      error.show('请填写淘汰理由');
      return;
    }
    const ok = await confirmDialog({ title: '淘汰成员', testid: 'eliminate-dialog', ok: '淘汰',
      text: `确定将“${m.companyName}”移出资源池？企业将收到通知。` });
    if (!ok) return;
    try {
      await api.post(`/api/staff/memberships/${m.id}/eliminate`, { reason: reason.value.trim(), version: m.version });
      toast('已淘汰');
      render();
    } catch (err) { error.show(problems(err)); }
  }) }, '淘汰');
  return h('div', { class: 'inline-form' }, reason, go, error);
}

function changeForm(c) {
  const reason = h('input', { 'data-testid': 'change-reason', 'aria-label': '审核意见', placeholder: '意见（不同意时必填）', maxlength: 500 });
  const error = errorLine('change-error');
  const decide = (approve) => (e) => busy(e.currentTarget, async () => {
    error.show('');
    if (!approve && !reason.value.trim()) {
      error.show('不同意须填写理由');
      return;
    }
    try {
      await api.post(`/api/staff/change-requests/${c.id}/${approve ? 'approve' : 'reject'}`,
        { reason: reason.value.trim() || null, version: c.version });
      toast(approve ? '已同意变更' : '已不同意变更');
      render();
    } catch (err) { error.show(problems(err)); }
  });
  return h('div', { class: 'inline-form' }, reason,
    h('button', { class: 'btn btn-small btn-primary', 'data-testid': 'change-approve', onclick: decide(true) }, '同意'),
    h('button', { class: 'btn btn-small btn-danger', 'data-testid': 'change-reject', onclick: decide(false) }, '不同意'),
    error);
}
