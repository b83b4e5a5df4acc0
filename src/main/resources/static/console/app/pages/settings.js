// Admin settings: the holiday calendar that working-day deadlines are counted on (published by the
// State Council each December, so every later call needs its year entered), whether failed filings
// are notified, and the messages recorded instead of sent when no channel account is configured.
import { api, query } from '../api.js';
import { h, add, busy, toast, errorLine, fmtDateTime } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { navigate } from '../router.js';
import { CHANNEL, label } from '../labels.js';

const KIND = { OFF: '放假', WORK: '调休上班' };
const RECORDED_LIMIT = 50;

/** This year in Beijing, whatever the browser's clock zone. */
function beijingYear() {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

export async function settingsPage(params, q, alive) {
  const asked = q.get('year');
  const valid = asked === null || /^\d{4}$/.test(asked) && Number(asked) >= 2000 && Number(asked) <= 2100;
  const year = asked !== null && valid ? Number(asked) : beijingYear();
  const main = layout('settings', '系统设置');
  const settings = await pageData(main, alive, () => api.get('/api/staff/settings'));
  if (!settings) return;
  // The calendar and the recorded messages load on their own: a failure in one must not hide the rest.
  const holidays = h('section', { class: 'panel', 'data-testid': 'holidays' }, h('h2', { text: '节假日与调休' }),
    h('p', { class: 'muted', text: '加载中…' }));
  const recorded = h('section', { class: 'panel', 'data-testid': 'recorded-messages' }, h('h2', { text: '已记录的消息' }),
    h('p', { class: 'muted', text: '加载中…' }));
  add(main, holidays, failurePanel(settings), recorded);
  loadHolidays(holidays, year, valid ? '' : `年份“${asked}”无效（应为 2000–2100 之间的整数），已显示 ${year} 年。`, alive);
  loadRecorded(recorded, alive);
}

async function loadHolidays(panel, year, notice, alive) {
  let days;
  try {
    days = await api.get(`/api/staff/holidays/${year}`);
  } catch (e) {
    if (alive()) panel.replaceChildren(h('h2', { text: '节假日与调休' }),
      h('p', { class: 'error', role: 'alert', 'data-testid': 'holiday-error', text: e.detail || String(e) }));
    return;
  }
  if (!alive()) return;
  panel.replaceChildren(...holidayPanel(year, days, notice).filter(Boolean));
}

function holidayPanel(year, days, notice) {
  const rows = h('tbody', {});
  const addRow = (d = { day: '', kind: 'OFF', name: '' }) => {
    const day = h('input', { type: 'date', 'data-testid': 'holiday-day', value: d.day, min: `${year}-01-01`, max: `${year}-12-31`, 'aria-label': '日期' });
    const kind = h('select', { 'data-testid': 'holiday-kind', 'aria-label': '类型' },
      Object.entries(KIND).map(([k, t]) => h('option', { value: k, selected: k === d.kind }, t)));
    const name = h('input', { 'data-testid': 'holiday-name', value: d.name || '', maxlength: 32, placeholder: '如：春节', 'aria-label': '名称' });
    const row = h('tr', { 'data-testid': 'holiday-row' }, h('td', {}, day), h('td', {}, kind), h('td', {}, name),
      h('td', {}, h('button', { class: 'btn btn-small', type: 'button', 'data-testid': 'holiday-remove', onclick: () => row.remove() }, '删除')));
    row.value = () => ({ day: day.value, kind: kind.value, name: name.value.trim() });
    rows.append(row);
    return row;
  };
  days.forEach((d) => addRow(d));

  const yearInput = h('input', { type: 'number', id: 'holiday-year', 'data-testid': 'holiday-year', value: year, min: 2000, max: 2100 });
  const pick = h('form', { class: 'filters' }, h('label', { class: 'filter' }, h('span', { text: '年份' }), yearInput),
    h('button', { class: 'btn', type: 'submit', 'data-testid': 'holiday-load' }, '查看'));
  pick.addEventListener('submit', (e) => { e.preventDefault(); navigate('/console/settings' + query({ year: yearInput.value })); });

  const error = errorLine('holiday-error');
  const empty = h('p', { class: 'muted', 'data-testid': 'holiday-empty', text: `${year} 年尚未录入：时限只按周末计算。`, hidden: days.length > 0 });
  const save = h('button', { class: 'btn btn-primary', 'data-testid': 'holiday-save', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    const list = [...rows.children].map((r) => r.value());
    const undated = list.findIndex((d) => !d.day);
    if (undated >= 0) {
      error.show(`第 ${undated + 1} 行：请填写日期`);
      return;
    }
    try {
      const saved = await api.put(`/api/staff/holidays/${year}`, list);
      rows.replaceChildren();
      saved.forEach((d) => addRow(d));
      empty.hidden = saved.length > 0;
      toast(`已保存 ${year} 年的 ${saved.length} 天安排`);
    } catch (err) {
      // "[3].day" names the fourth row: say which date it is, as the admin sees it.
      error.show(err.errors.length ? err.errors.map((p) => rowLabel(p.field, list) + p.message).join('；') : err.detail);
    }
  }) }, '保存');
  return [
    h('h2', { text: '节假日与调休' }),
    h('p', { class: 'muted', text: '基本审核“5个工作日”等时限按此计算：放假日不算工作日，调休上班日算。'
      + '每年国务院公布次年安排后，请在此录入全年。截止日在提交时算定，已算定的不随此处修改而改变。' }),
    notice ? h('p', { class: 'error', role: 'alert', 'data-testid': 'holiday-year-error', text: notice }) : null,
    pick,
    empty,
    h('table', { class: 'table', 'data-testid': 'holiday-list' },
      h('thead', {}, h('tr', {}, ['日期', '类型', '名称', ''].map((t) => h('th', { text: t })))), rows),
    error,
    h('div', { class: 'actions' },
      h('button', { class: 'btn', type: 'button', 'data-testid': 'holiday-add', onclick: () => addRow().querySelector('input').focus() }, '添加一天'),
      save)];
}

function rowLabel(field, list) {
  const m = /^\[(\d+)\]/.exec(field || '');
  if (!m) return '';
  const row = list[Number(m[1])];
  return `第 ${Number(m[1]) + 1} 行${row && row.day ? '（' + row.day + '）' : ''}：`;
}

function failurePanel(settings) {
  const box = h('input', { type: 'checkbox', id: 'notify-failures', 'data-testid': 'notify-failures', checked: settings.notifyFailures });
  const error = errorLine('notify-failures-error');
  const save = h('button', { class: 'btn btn-primary', 'data-testid': 'notify-failures-save', onclick: (e) => busy(e.currentTarget, async () => {
    error.show('');
    try {
      const now = await api.put('/api/staff/settings', { notifyFailures: box.checked });
      box.checked = now.notifyFailures;
      toast(now.notifyFailures ? '未通过的申报将通知企业' : '未通过的申报不再通知企业');
    } catch (err) { error.show(err.detail); }
  }) }, '保存');
  return h('section', { class: 'panel', 'data-testid': 'failure-setting' },
    h('h2', { text: '未通过的通知' }),
    h('p', { class: 'muted', text: '通知原文：“未通过的企业（单位）将恕不另行通知”。默认不通知；如联盟决定告知，可在此开启。' }),
    h('label', { for: 'notify-failures' }, box, ' 申报未通过（初步审核、答辩、现场考察未通过，或公示异议成立）时，通知企业联络人'),
    h('p', { class: 'muted' }, '开启后，政策问答对“没通过会通知吗”仍按原条目回答“恕不另行通知”，请同时到',
      h('a', { href: '/console/policy', 'data-link': true, text: '政策问答库' }), '修改该条目。'),
    error, h('div', { class: 'actions' }, save));
}

async function loadRecorded(panel, alive) {
  let list;
  try {
    list = await api.get('/api/staff/recorded-messages' + query({ limit: RECORDED_LIMIT }));
  } catch (e) {
    if (alive()) panel.replaceChildren(h('h2', { text: '已记录的消息' }),
      h('p', { class: 'error', role: 'alert', 'data-testid': 'recorded-error', text: e.detail || String(e) }));
    return;
  }
  if (!alive()) return;
  panel.replaceChildren(h('h2', { text: '已记录的消息' }),
    h('p', { class: 'muted', text: `未配置微信、短信或邮件账号时（内置默认运行），本应发出的消息记录在此：最近 ${RECORDED_LIMIT} 条，最新的在前；收件人已脱敏。` }),
    list.length ? h('table', { class: 'table', 'data-testid': 'recorded-list' },
      h('thead', {}, h('tr', {}, ['时间', '渠道', '收件人', '模板', '内容'].map((t) => h('th', { text: t })))),
      h('tbody', {}, list.map((m) => h('tr', { 'data-testid': 'recorded-row', 'data-channel': m.channel },
        h('td', { text: fmtDateTime(m.createdAt) }), h('td', { text: label(CHANNEL, m.channel) }), h('td', { class: 'mono', text: m.recipient }),
        h('td', { class: 'mono', text: m.template || '—' }), h('td', { class: 'pre', text: m.content })))))
      : h('p', { class: 'muted', 'data-testid': 'recorded-empty', text: '没有记录的消息。' }));
}
