// Admin pages: staff accounts (create, enable/disable, reminder contacts) and the audit log. The server refuses
// anyone else (403); the nav shows them to admins only.
import { api, query } from '../api.js';
import { h, add, busy, toast, errorLine, fmtDateTime } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { dicts, cityName, ROLE, label } from '../labels.js';
import { navigate, render } from '../router.js';

export async function accountsPage(params, q, alive) {
  const main = layout('accounts', '工作人员账号');
  const loaded = await pageData(main, alive, () => Promise.all([api.get('/api/staff/accounts'), dicts()]));
  if (!loaded) return;
  const [list, d] = loaded;
  add(main, newAccountForm(d),
    h('table', { class: 'table', 'data-testid': 'account-list' },
      h('thead', {}, h('tr', {}, ['用户名', '姓名', '角色', '地市', '提醒邮箱 / 手机', '状态', ''].map((t) => h('th', { text: t })))),
      h('tbody', {}, list.map((a) => {
        const error = errorLine('account-error');
        const toggle = h('button', { class: 'btn btn-small' + (a.enabled ? ' btn-danger' : ''), 'data-testid': 'account-toggle',
          onclick: (e) => busy(e.currentTarget, async () => {
            try {
              await api.post(`/api/staff/accounts/${a.id}/${a.enabled ? 'disable' : 'enable'}`);
              toast(a.enabled ? '已停用' : '已启用');
              render();
            } catch (err) { error.show(err.detail); }
          }) }, a.enabled ? '停用' : '启用');
        return h('tr', { 'data-testid': 'account-row', 'data-id': a.id, 'data-enabled': String(a.enabled) },
          h('td', { class: 'mono', text: a.username }), h('td', { text: a.displayName || '—' }), h('td', { text: label(ROLE, a.role) }),
          h('td', { text: a.role === 'CITY_REVIEWER' ? cityName(d, a.cityCode) : '—' }),
          h('td', {}, contactEditor(a)),
          h('td', { text: a.enabled ? '启用' : '已停用' }), h('td', {}, toggle, error));
      }))));
}

/** The deadline reminders' e-mail and mobile of one account, shown and changed in its row; empty clears. */
function contactEditor(a) {
  const shown = h('span', { 'data-testid': 'account-contact', text: [a.email, a.mobile].filter(Boolean).join(' / ') || '—' });
  const email = h('input', { type: 'email', 'data-testid': 'account-contact-email', value: a.email || '', placeholder: '邮箱', 'aria-label': '提醒邮箱' });
  const mobile = h('input', { inputmode: 'numeric', 'data-testid': 'account-contact-mobile', value: a.mobile || '', placeholder: '手机', 'aria-label': '提醒手机' });
  const error = errorLine('account-contact-error');
  const save = h('button', { class: 'btn btn-small btn-primary', 'data-testid': 'account-contact-save', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    try {
      const now = await api.put(`/api/staff/accounts/${a.id}/contact`, { email: email.value.trim() || null, mobile: mobile.value.trim() || null });
      shown.textContent = [now.email, now.mobile].filter(Boolean).join(' / ') || '—';
      // As stored: the server normalises the mobile (+86, spaces).
      email.value = now.email || '';
      mobile.value = now.mobile || '';
      edit.open = false;
      toast('已更新提醒方式');
    } catch (err) {
      error.show(err.errors.length ? err.errors.map((p) => p.message).join('；') : err.detail);
    }
  }) }, '保存');
  const edit = h('details', { class: 'inline-edit', 'data-testid': 'account-contact-edit' }, h('summary', { text: '修改' }),
    email, mobile, save, error);
  return h('div', {}, shown, ' ', edit);
}

function newAccountForm(d) {
  const input = (id, attrs = {}) => h('input', Object.assign({ id, 'data-testid': id }, attrs));
  const username = input('acc-username', { autocomplete: 'off' });
  const displayName = input('acc-display-name');
  const role = h('select', { id: 'acc-role', 'data-testid': 'acc-role' }, Object.entries(ROLE).map(([k, t]) => h('option', { value: k, selected: k === 'CITY_REVIEWER' }, t)));
  const city = h('select', { id: 'acc-city', 'data-testid': 'acc-city' }, d.cities.map((c) => h('option', { value: c.code }, c.name)));
  const password = input('acc-password', { type: 'password', autocomplete: 'new-password', placeholder: '至少 10 位' });
  const email = input('acc-email', { type: 'email' });
  const mobile = input('acc-mobile', { inputmode: 'numeric' });
  const cityField = h('div', {}, h('label', { for: 'acc-city', text: '地市' }), city);
  role.addEventListener('change', () => { cityField.hidden = role.value !== 'CITY_REVIEWER'; });
  const error = errorLine('acc-error');
  const create = h('button', { class: 'btn btn-primary', 'data-testid': 'acc-create', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    try {
      await api.post('/api/staff/accounts', { username: username.value.trim(), displayName: displayName.value.trim(), role: role.value,
        cityCode: role.value === 'CITY_REVIEWER' ? city.value : null, password: password.value,
        email: email.value.trim() || null, mobile: mobile.value.trim() || null });
      toast('已创建账号');
      render();
    } catch (err) {
      error.show(err.errors.length ? err.errors.map((p) => p.message).join('；') : err.detail);
    }
  }) }, '创建账号');
  const field = (id, text, el) => h('div', {}, h('label', { for: id, text }), el);
  return h('details', { class: 'panel', 'data-testid': 'account-new' }, h('summary', { text: '新建账号' }),
    h('div', { class: 'form-grid' }, field('acc-username', '用户名', username), field('acc-display-name', '姓名', displayName),
      field('acc-role', '角色', role), cityField, field('acc-password', '初始密码', password),
      field('acc-email', '提醒邮箱（可选）', email), field('acc-mobile', '提醒手机（可选）', mobile)),
    error, h('div', { class: 'actions' }, create));
}

export async function auditPage(params, q, alive) {
  const actor = q.get('actor') || '';
  const main = layout('audit', '审计日志');
  const list = await pageData(main, alive, () => api.get('/api/staff/audit-log' + query({ actor, limit: 200 })));
  if (!list) return;
  const who = h('input', { id: 'audit-actor', 'data-testid': 'audit-actor', value: actor, placeholder: '用户名' });
  const form = h('form', { class: 'filters' }, h('label', { class: 'filter' }, h('span', { text: '操作人' }), who),
    h('button', { class: 'btn', type: 'submit', 'data-testid': 'audit-search' }, '查询'));
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate('/console/audit' + query({ actor: who.value.trim() })); });
  add(main, form, list.length ? h('table', { class: 'table', 'data-testid': 'audit-list' },
    h('thead', {}, h('tr', {}, ['时间', '操作人', '操作', '结果', '来源地址', '详情'].map((t) => h('th', { text: t })))),
    h('tbody', {}, list.map((e) => h('tr', { 'data-testid': 'audit-row', class: e.outcome === 'OK' ? null : 'row-due-today' },
      h('td', { text: fmtDateTime(e.at) }), h('td', { class: 'mono', text: e.actor || '—' }), h('td', { class: 'mono', text: e.action }),
      h('td', { text: e.outcome }), h('td', { class: 'mono', text: e.address || '—' }), h('td', { text: e.detail || '' })))))
    : h('p', { class: 'panel muted', text: '没有记录。' }));
}
