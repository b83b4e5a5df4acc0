// /h5/filings: every filing of the follower's suppliers with its stage and next step.

import { h, mount, loading, pageHead } from '../dom.js';
import { get } from '../api.js';
import { batchBanner, filingItem } from './common.js';

export async function filingsPage(root, params, query, alive) {
  mount(root, loading());
  const me = await get('/api/applicant/me');
  if (!alive()) return;
  mount(root, pageHead('我的能力申报', null, { href: '/h5/', text: '首页' }), batchBanner(me),
    me.filings.length ? h('div', { class: 'weui-cells' }, me.filings.map((f) => filingItem(f, 'filings-item')))
      : h('div', { class: 'empty', text: '暂无申报' }));
  document.title = '我的能力申报';
}
