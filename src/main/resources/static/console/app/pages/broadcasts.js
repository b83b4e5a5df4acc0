// 通知群发: the list (with this month's mass sends against WeChat's four), and the compose form.
// A broadcast is written as a draft first; preview and send happen on its own page
// (broadcast.js), because a draft cannot be edited once written — a changed text is a new draft.
import { api } from '../api.js';
import { h, add, busy, errorLine, fmtDateTime } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { BROADCAST_KIND, BROADCAST_STATUS, SUPPLIER_STATUS, FILING_STATUS, ALLIANCE, dicts, label } from '../labels.js';
import { navigate } from '../router.js';

export async function broadcastsPage(params, q, alive) {
  const main = layout('broadcasts', '通知群发');
  const data = await pageData(main, alive, () => api.get('/api/staff/broadcasts?limit=100'));
  if (!data) return;
  const over = data.monthlyMassSends >= data.monthlyMassLimit;
  add(main, 
    h('div', { class: 'filters' },
      h('a', { class: 'btn btn-primary', href: '/console/broadcasts/new', 'data-link': true, 'data-testid': 'broadcast-new' }, '新建通知'),
      h('span', { class: 'spacer' }),
      h('span', { class: over ? 'badge badge-bad' : 'badge', 'data-testid': 'monthly-mass' },
        `本月已群发 ${data.monthlyMassSends} / ${data.monthlyMassLimit} 次`)),
    data.items.length ? h('table', { class: 'table', 'data-testid': 'broadcast-list' },
      h('thead', {}, h('tr', {}, ['标题', '方式', '状态', '接收人数', '创建', '发送时间'].map((t) => h('th', { text: t })))),
      h('tbody', {}, data.items.map((b) => h('tr', { class: 'clickable', 'data-testid': 'broadcast-row', 'data-id': b.id,
        onclick: () => navigate('/console/broadcasts/' + b.id) },
      h('td', {}, h('a', { href: '/console/broadcasts/' + b.id, 'data-link': true, text: b.title })),
      h('td', { text: label(BROADCAST_KIND, b.kind) }),
      h('td', { text: label(BROADCAST_STATUS, b.status) + (b.status === 'SCHEDULED' ? ' ' + fmtDateTime(b.scheduledAt) : '') }),
      h('td', { text: b.recipients == null ? '—' : String(b.recipients) }),
      h('td', { text: (b.createdBy || '') + ' ' + fmtDateTime(b.createdAt) }),
      h('td', { text: fmtDateTime(b.sentAt) }))))) : h('p', { class: 'panel muted', text: '还没有通知。' }));
}

function field(id, text, control, hint) {
  const error = errorLine(id + '-error');
  const wrap = h('div', { class: 'field' }, h('label', { for: id, text }), control, hint ? h('p', { class: 'muted small', text: hint }) : null, error);
  wrap.error = error;
  return wrap;
}

export async function composePage(params, q, alive) {
  const main = layout('broadcasts', '新建通知');
  const d = await pageData(main, alive, () => dicts());
  if (!d) return;
  const kind = h('select', { id: 'bc-kind', 'data-testid': 'bc-kind' },
    Object.entries(BROADCAST_KIND).map(([k, t]) => h('option', { value: k, selected: k === (q.get('kind') || 'TEMPLATE') }, t)));
  const title = h('input', { id: 'bc-title', 'data-testid': 'bc-title', maxlength: 64 });
  const body = h('textarea', { id: 'bc-body', 'data-testid': 'bc-body', rows: 6, maxlength: 2000 });
  const link = h('input', { id: 'bc-link', 'data-testid': 'bc-link', placeholder: '可选，以 http 或 https 开头的完整网址' });
  const audience = h('select', { id: 'bc-audience', 'data-testid': 'bc-audience' });
  const tag = h('input', { id: 'bc-tag', 'data-testid': 'bc-tag', inputmode: 'numeric', placeholder: '微信标签编号' });
  const city = h('select', { id: 'bc-city', 'data-testid': 'bc-city' }, h('option', { value: '' }, '不限'),
    d.cities.map((c) => h('option', { value: c.code }, c.name)), h('option', { value: ALLIANCE }, '省外'));
  const supplierStatus = h('select', { id: 'bc-supplier-status', 'data-testid': 'bc-supplier-status' }, h('option', { value: '' }, '不限'),
    Object.entries(SUPPLIER_STATUS).filter(([k]) => k !== 'DRAFT').map(([k, t]) => h('option', { value: k }, t)));
  const filingStatus = h('select', { id: 'bc-filing-status', 'data-testid': 'bc-filing-status' }, h('option', { value: '' }, '不限'),
    Object.entries(FILING_STATUS).map(([k, t]) => h('option', { value: k }, t)));
  const ids = h('input', { id: 'bc-supplier-ids', 'data-testid': 'bc-supplier-ids', placeholder: '供应商编号，用逗号分隔' });

  const fTitle = field('bc-title', '标题', title);
  const fBody = field('bc-body', '正文', body);
  const fLink = field('bc-link', '链接', link, '模板消息和群发可带链接；短信不带链接。');
  const fAudience = field('bc-audience', '接收对象', audience);
  const fTag = field('bc-tag', '微信标签', tag);
  const filterBox = h('div', { class: 'form-grid wide', 'data-testid': 'bc-filters' },
    field('bc-city', '注册地', city), field('bc-supplier-status', '供应商状态', supplierStatus),
    field('bc-filing-status', '申报阶段', filingStatus), field('bc-supplier-ids', '指定供应商', ids));
  const error = errorLine('bc-error');

  const sync = () => {
    const mass = kind.value === 'MASS';
    const keep = audience.value;
    audience.replaceChildren(...(mass
      ? [h('option', { value: 'all' }, '全部关注者'), h('option', { value: 'tag' }, '按微信标签')]
      : [h('option', { value: 'filter' }, '按条件筛选供应商'), h('option', { value: 'all' }, '全部已提交审核的供应商')]));
    if ([...audience.options].some((o) => o.value === keep)) audience.value = keep;
    fTag.hidden = !(mass && audience.value === 'tag');
    filterBox.hidden = mass || audience.value !== 'filter';
    fLink.hidden = kind.value === 'SMS';
  };
  kind.addEventListener('change', sync);
  audience.addEventListener('change', sync);
  sync();

  const form = () => {
    const a = {};
    if (audience.value === 'all') a.all = true;
    else if (audience.value === 'tag') a.tagId = tag.value.trim() ? Number(tag.value.trim()) : null;
    else {
      if (city.value) a.city = city.value;
      if (supplierStatus.value) a.supplierStatus = supplierStatus.value;
      if (filingStatus.value) a.filingStatus = filingStatus.value;
      const list = ids.value.split(/[,，\s]+/).filter(Boolean).map(Number);
      if (list.length) a.supplierIds = list;
    }
    return { kind: kind.value, title: title.value.trim(), body: body.value.trim(),
      linkUrl: kind.value === 'SMS' || !link.value.trim() ? null : link.value.trim(), audience: a };
  };

  const fields = { title: fTitle, body: fBody, linkUrl: fLink, audience: fAudience, 'audience.tagId': fTag,
    'audience.supplierIds': fAudience };
  const create = h('button', { class: 'btn btn-primary', 'data-testid': 'bc-create', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    Object.values(fields).forEach((f) => f.error.show(''));
    const f = form();
    const missing = [];
    if (!f.title) { fTitle.error.show('请填写标题'); missing.push(1); }
    if (!f.body) { fBody.error.show('请填写正文'); missing.push(1); }
    if (missing.length) return;
    try {
      const b = await api.post('/api/staff/broadcasts', f);
      navigate('/console/broadcasts/' + b.id);
    } catch (err) {
      let shown = false;
      for (const p of err.errors) {
        const target = fields[p.field] || (p.field && p.field.startsWith('audience') ? fAudience : null);
        if (target) { target.error.show(p.message); shown = true; }
      }
      if (!shown || err.status !== 400) error.show(err.detail);
    }
  }) }, '保存草稿，去预览和发送');

  add(main, h('section', { class: 'panel', 'data-testid': 'broadcast-form' },
    h('div', { class: 'form-grid' },
      field('bc-kind', '发送方式', kind, '群发：微信群发给关注者（每人每月最多 4 条）；模板消息：发给所选供应商绑定的微信；短信：发给所选供应商的联络员手机。'),
      fAudience, h('div', { class: 'wide' }, fTitle), h('div', { class: 'wide' }, fBody), h('div', { class: 'wide' }, fLink), fTag, filterBox),
    error, h('div', { class: 'actions' }, create,
      h('a', { class: 'btn', href: '/console/broadcasts', 'data-link': true }, '返回列表'))));
}
