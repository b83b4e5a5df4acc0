// Filter controls shared by the queue, the dashboard's exports and the filings list.
import { h } from './dom.js';
import { ALLIANCE, SUPPLIER_STATUS, FILING_STATUS } from './labels.js';
import { current } from './session.js';

export function select(testid, label, options, value, onchange) {
  const el = h('select', { 'data-testid': testid, 'aria-label': label, onchange },
    options.map(([v, t]) => h('option', { value: v, selected: v === (value || '') }, t)));
  return h('label', { class: 'filter' }, h('span', { text: label }), el);
}

/** A city filter for admins and the alliance; city reviewers always see their own city (null). */
export function citySelect(testid, d, value, onchange) {
  if (current().role === 'CITY_REVIEWER') return null;
  return select(testid, '地市', [['', '全部地市'], ...d.cities.map((c) => [c.code, c.name]), [ALLIANCE, '省外（联盟审核）']],
    value, onchange);
}

export function supplierStatusSelect(testid, value, onchange, { any = true } = {}) {
  return select(testid, '状态', [...(any ? [['', '全部状态']] : []), ...Object.entries(SUPPLIER_STATUS)], value, onchange);
}

export function filingStatusSelect(testid, value, onchange) {
  return select(testid, '阶段', [['', '全部阶段'], ...Object.entries(FILING_STATUS)], value, onchange);
}

export function valueOf(label) { return label ? label.querySelector('select').value : ''; }
