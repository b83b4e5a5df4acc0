// 供应商审核队列: GET /api/staff/suppliers, due date first (the server orders it), overdue and
// due-today rows marked. Filters live in the address, so a reload or a shared link keeps them.
import { api, query } from '../api.js';
import { h, add, fmtDate, fmtDateTime } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { dicts, cityName, provinceName } from '../labels.js';
import { navigate } from '../router.js';
import { citySelect, supplierStatusSelect } from '../filters.js';

const PAGE_SIZE = 20;

export async function queuePage(params, q, alive) {
  const status = q.get('status') || 'PENDING_REVIEW';
  const city = q.get('city') || '';
  const page = Math.max(1, Number(q.get('page')) || 1);
  const main = layout('suppliers', '供应商审核');
  const go = (changes) => navigate('/console/suppliers' + query(Object.assign({ status, city, page: 1 }, changes)));
  const loaded = await pageData(main, alive, async () => [await dicts(),
    await api.get('/api/staff/suppliers' + query({ status, city, page, size: PAGE_SIZE }))]);
  if (!loaded) return;
  const [d, data] = loaded;
  const exportLink = h('a', { class: 'btn', download: true, 'data-testid': 'export-suppliers',
    href: '/api/staff/suppliers/export' + query({ status, city }) }, '导出 Excel');
  add(main, 
    h('div', { class: 'filters' },
      supplierStatusSelect('queue-status', status, (e) => go({ status: e.target.value }), { any: false }),
      citySelect('queue-city', d, city, (e) => go({ city: e.target.value })),
      h('span', { class: 'spacer' }), exportLink),
    h('p', { class: 'queue-summary', 'data-testid': 'queue-summary' },
      `共 ${data.total} 家`,
      status === 'PENDING_REVIEW' ? [
        h('span', { class: 'badge badge-bad' }, `已逾期 ${data.overdue}`),
        h('span', { class: 'badge badge-warn' }, `今日到期 ${data.dueToday}`)] : null),
    table(data.items, d),
    pager(data, (p) => go({ page: p })));
}

function table(items, d) {
  if (!items.length) return h('p', { class: 'panel muted', 'data-testid': 'queue-empty', text: '没有符合条件的供应商。' });
  return h('table', { class: 'table', 'data-testid': 'queue-table' },
    h('thead', {}, h('tr', {}, ['企业名称', '统一社会信用代码', '注册地', '提交时间', '审核到期日', '状态'].map((t) => h('th', { text: t })))),
    h('tbody', {}, items.map((it) => {
      const href = '/console/suppliers/' + it.id;
      const row = h('tr', { class: 'clickable' + (it.overdue ? ' row-overdue' : it.dueToday ? ' row-due-today' : ''),
        'data-testid': 'queue-row', 'data-id': it.id, 'data-overdue': String(it.overdue), 'data-due-today': String(it.dueToday),
        onclick: (e) => { if (!e.target.closest('a')) navigate(href); } },
      h('td', {}, h('a', { href, 'data-link': true, text: it.companyName || '（未填写名称）' }),
        it.needsCompletion ? h('span', { class: 'badge', text: '往期待补全' }) : null),
      h('td', { class: 'mono', text: it.creditCode || '—' }),
      h('td', { text: it.registrationCity ? cityName(d, it.registrationCity) : provinceName(d, it.registrationProvince) }),
      h('td', { text: fmtDateTime(it.submittedAt) }),
      h('td', {}, fmtDate(it.reviewDueOn),
        it.overdue ? h('span', { class: 'badge badge-bad', text: '已逾期' }) : null,
        it.dueToday ? h('span', { class: 'badge badge-warn', text: '今日到期' }) : null),
      h('td', { text: it.statusLabel }));
      return row;
    })));
}

export function pager(data, go) {
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  if (pages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': '分页', 'data-testid': 'pager' },
    h('button', { class: 'btn', disabled: data.page <= 1, onclick: () => go(data.page - 1) }, '上一页'),
    h('span', { text: `第 ${data.page} / ${pages} 页` }),
    h('button', { class: 'btn', disabled: data.page >= pages, onclick: () => go(data.page + 1) }, '下一页'));
}
