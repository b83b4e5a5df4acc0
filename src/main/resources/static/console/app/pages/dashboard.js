// 总览: where the call stands, as charts from GET /api/staff/dashboard, and the Excel exports with
// a filter. City reviewers see their city's suppliers only (no filings, no notice volumes).
import { api, query } from '../api.js';
import { h, add } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { bars, stacked, ring, dayColumns, PALETTE } from '../charts.js';
import { SUPPLIER_STATUS, FILING_STATUS, CHANNEL, dicts, label } from '../labels.js';
import { isAlliance } from '../session.js';
import { citySelect, supplierStatusSelect, filingStatusSelect, select, valueOf } from '../filters.js';

const STATUS_COLORS = { DRAFT: '#9aa5b1', PENDING_REVIEW: '#f0a020', APPROVED: '#21a366', RETURNED: '#8e6bd1', REJECTED: '#d9534f', WITHDRAWN: '#7a8694' };

export async function dashboardPage(params, q, alive) {
  const main = layout('dashboard', '总览');
  add(main, h('p', { class: 'muted', text: '加载中…' }));
  const loaded = await pageData(main, alive, () => Promise.all([api.get('/api/staff/dashboard'), dicts()]));
  if (!loaded) return;
  const [data, d] = loaded;
  main.replaceChildren(kpis(data), charts(data), exportsPanel(d));
}

function kpis(data) {
  const b = data.basicReview;
  const card = (testid, text, value, cls) => h('div', { class: 'kpi ' + (cls || ''), 'data-testid': testid },
    h('span', { class: 'kpi-value', text: String(value) }), h('span', { class: 'kpi-label', text }));
  return h('section', { class: 'kpis' },
    card('kpi-pending', '待审核供应商', b.pending),
    card('kpi-overdue', '已逾期', b.overdue, b.overdue > 0 ? 'kpi-bad' : ''),
    card('kpi-due-today', '今日到期', b.dueToday, b.dueToday > 0 ? 'kpi-warn' : ''),
    card('kpi-decided', '已审结', b.decided));
}

function charts(data) {
  const grid = h('section', { class: 'chart-grid' });
  const funnel = Object.keys(SUPPLIER_STATUS).map((k) => ({ label: SUPPLIER_STATUS[k], value: data.suppliersByStatus[k] || 0, color: STATUS_COLORS[k] }));
  grid.append(h('div', { class: 'panel' }, bars('chart-supplier-funnel', '供应商各状态数量', funnel)));
  const cities = Object.entries(data.suppliersByCity).map(([name, parts]) => ({ label: name, parts }))
    .sort((a, b) => total(b.parts) - total(a.parts));
  grid.append(h('div', { class: 'panel' }, stacked('chart-supplier-city', '供应商按地市', cities, Object.keys(SUPPLIER_STATUS),
    (k) => SUPPLIER_STATUS[k], STATUS_COLORS)));
  const b = data.basicReview;
  grid.append(h('div', { class: 'panel' }, ring('chart-ontime', '基本审核按期完成率', data.basicReviewOnTimeRate,
    b.decided ? `已审结 ${b.decided} 件，按期 ${b.decidedOnTime} 件（5 个工作日内）` : '尚无审结的供应商')));
  if (isAlliance()) {
    const stages = Object.keys(FILING_STATUS).filter((k) => k !== 'DRAFT' || (data.filingsByStatus[k] || 0) > 0)
      .map((k, i) => ({ label: FILING_STATUS[k], value: data.filingsByStatus[k] || 0, color: PALETTE[i % PALETTE.length] }));
    grid.append(h('div', { class: 'panel' }, bars('chart-filing-stage', '申报各阶段数量', stages)));
    const cats = Object.entries(data.filingsByCategory).map(([name, parts]) => ({ label: name, parts }));
    grid.append(h('div', { class: 'panel' }, stacked('chart-filing-category', '申报按类别', cats, Object.keys(FILING_STATUS),
      (k) => FILING_STATUS[k])));
    grid.append(h('div', { class: 'panel panel-wide' }, noticeChart(data.notices)));
  }
  return grid;
}

function total(parts) { return Object.values(parts).reduce((a, b) => a + b, 0); }

function noticeChart(notices) {
  const values = {};
  const channels = [];
  let last = null;
  for (const n of notices) {
    const day = String(n.day);
    values[day] = values[day] || {};
    values[day][n.channel] = (values[day][n.channel] || 0) + total(n.byStatus);
    if (!channels.includes(n.channel)) channels.push(n.channel);
    if (!last || day > last) last = day;
  }
  // Thirty days ending with the last day that had notices (the server's clock decides "today").
  const end = last ? new Date(last + 'T00:00:00Z') : new Date();
  const days = [];
  for (let i = 29; i >= 0; i--) {
    days.push(new Date(end.getTime() - i * 86400000).toISOString().slice(0, 10));
  }
  const failed = notices.reduce((n, x) => n + (x.byStatus.FAILED || 0), 0);
  const fig = dayColumns('chart-notices', '近 30 天每日通知（按渠道）', days, channels, values, (k) => label(CHANNEL, k));
  fig.append(h('p', { class: failed ? 'error' : 'muted', 'data-testid': 'notices-failed' },
    failed ? `其中发送失败 ${failed} 条，请在供应商详情页查看并重发。` : '近 30 天没有发送失败的通知。'));
  return fig;
}

function exportsPanel(d) {
  const supplierStatus = supplierStatusSelect('export-supplier-status', '', () => {}, {});
  const supplierCity = citySelect('export-supplier-city', d, '', () => {});
  const supplierLink = h('a', { class: 'btn', 'data-testid': 'export-suppliers', download: true, href: '#' }, '导出供应商 Excel');
  // The links always carry the current filter, so a plain download (cookie, no token needed) exports it.
  const update = [() => {
    supplierLink.href = '/api/staff/suppliers/export' + query({ status: valueOf(supplierStatus), city: valueOf(supplierCity) });
  }];
  const panel = h('section', { class: 'panel exports', 'data-testid': 'exports' }, h('h2', { text: '导出' }),
    h('div', { class: 'filters' }, supplierStatus, supplierCity, supplierLink));
  if (isAlliance()) {
    const fStatus = filingStatusSelect('export-filing-status', '', () => {});
    const fCategory = select('export-filing-category', '类别', [['', '全部类别'], ...d.categories.map((c) => [c.code, c.name])], '', () => {});
    const fCity = citySelect('export-filing-city', d, '', () => {});
    const filingLink = h('a', { class: 'btn', 'data-testid': 'export-filings', download: true, href: '#' }, '导出申报 Excel');
    update.push(() => {
      filingLink.href = '/api/staff/filings/export' + query({ status: valueOf(fStatus), category: valueOf(fCategory), city: valueOf(fCity) });
    });
    panel.append(h('div', { class: 'filters' }, fStatus, fCategory, fCity, filingLink));
  }
  panel.append(h('p', { class: 'muted', text: '按所选条件导出；每次导出都记入审计日志。' }));
  panel.addEventListener('change', () => update.forEach((f) => f()));
  update.forEach((f) => f());
  return panel;
}
