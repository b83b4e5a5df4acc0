// Pieces several pages share: the batch window banner and the list items of suppliers and filings.

import { h, link, badge } from '../dom.js';
import { supplierStage, filingStage, supplierNextStep, date, batchLine } from '../labels.js';

/** The open batch with its days left, or the next one, as the service's clock sees it. */
export function batchBanner(me) {
  const b = me.openBatch;
  if (b) {
    const left = b.daysLeft === 0 ? '今天截止' : '还剩 ' + b.daysLeft + ' 天';
    return h('div', { class: 'banner', 'data-testid': 'batch-window', 'data-state': 'OPEN' },
      h('strong', null, b.name + '申报进行中'), h('br'), batchLine(b), '，',
      h('span', { 'data-testid': 'batch-days-left', text: left }));
  }
  const n = me.nextBatch;
  return h('div', { class: 'banner is-closed', 'data-testid': 'batch-window', 'data-state': n ? 'UPCOMING' : 'NONE' },
    h('strong', null, '当前不在申报时间内'), h('br'),
    n ? ['下一批：', batchLine(n), '（', h('span', { 'data-testid': 'batch-days-to-open', text: n.daysToOpen + ' 天后开始' }), '）']
      : '目前没有已安排的申报批次，请关注公众号“广东省工业互联网产业联盟”的通知。');
}

export function supplierItem(s, dict, testid = 'home-supplier-item') {
  const [label, kind] = supplierStage(s.status);
  const next = supplierNextStep(s, dict);
  return link('/h5/suppliers/' + s.id, { class: 'weui-cell weui-cell_access', 'data-testid': testid, 'data-id': s.id, 'data-status': s.status },
    h('div', { class: 'weui-cell__bd' },
      h('div', { class: 'item-title' }, h('span', { class: 'item-title__text', text: s.companyName }), badge(kind, label)),
      h('div', { class: 'item-desc' }, next.text, next.by ? h('b', null, '（' + (next.byLabel || '截止') + ' ' + date(next.by) + '）') : null)),
    h('div', { class: 'weui-cell__ft' }));
}

export function filingItem(f, testid = 'home-filing-item') {
  const [label, kind] = filingStage(f.status);
  return link('/h5/filings/' + f.id, { class: 'weui-cell weui-cell_access', 'data-testid': testid, 'data-id': f.id, 'data-status': f.status },
    h('div', { class: 'weui-cell__bd' },
      h('div', { class: 'item-title' }, h('span', { class: 'item-title__text', text: f.productName }), badge(kind, label)),
      h('div', { class: 'item-desc' }, f.companyName, ' · ', f.batchName, ' · ', f.categoryName),
      f.nextStep ? h('div', { class: 'item-desc' }, '下一步：', f.nextStep, f.nextStepBy ? h('b', null, '（' + date(f.nextStepBy) + '）') : null) : null),
    h('div', { class: 'weui-cell__ft' }));
}
