// The landing page: the batch window, the follower's suppliers and filings with their stages, the
// bind form when there is no supplier yet, and the policy FAQ box.

import { h, mount, loading, link, pageHead } from '../dom.js';
import { get, dicts } from '../api.js';
import { navigate } from '../router.js';
import { batchBanner, supplierItem, filingItem } from './common.js';
import { bindBox } from '../widgets/bind-box.js';
import { faqBox } from '../widgets/faq.js';

export async function homePage(root, params, query, alive) {
  mount(root, loading());
  const [me, dict] = await Promise.all([get('/api/applicant/me'), dicts()]);
  if (!alive()) return;
  const content = [pageHead('资源池申报', '广东省工业互联网产业生态供给资源池'), batchBanner(me)];
  if (!me.suppliers.length) {
    content.push(
      h('div', { class: 'weui-cells__title', text: '绑定已注册的企业' }),
      h('div', { class: 'hint', style: 'padding:0 16px' }, '贵单位已在平台注册（含 2020 年 1 月至 2021 年 1 月注册的企业）？输入统一社会信用代码，验证码将发送至登记的联络员手机。'),
      bindBox((r) => navigate('/h5/suppliers/' + r.supplierId)),
      h('div', { class: 'weui-cells__title', text: '尚未注册？' }),
      h('div', { class: 'btn-row' }, link('/h5/suppliers/new', { class: 'weui-btn weui-btn_default', 'data-testid': 'home-new-supplier', id: 'home-new-supplier' }, '注册新的供应商')));
  } else {
    content.push(
      h('div', { class: 'weui-cells__title', text: '我的企业' }),
      h('div', { class: 'weui-cells', 'data-testid': 'home-suppliers' }, me.suppliers.map((s) => supplierItem(s, dict))),
      h('div', { class: 'weui-cells__title', text: '我的能力申报' }),
      me.filings.length
        ? h('div', { class: 'weui-cells', 'data-testid': 'home-filings' }, me.filings.map((f) => filingItem(f)))
        : h('div', { class: 'empty', 'data-testid': 'home-filings-empty', text: '暂无申报。供应商基本审核通过后，可在申报批次时间内申报应用产品（服务能力）。' }),
      h('div', { class: 'btn-row' },
        link('/h5/suppliers/new', { class: 'weui-btn weui-btn_default', 'data-testid': 'home-new-supplier', id: 'home-new-supplier' }, '注册新的供应商'),
        link('/h5/bind', { class: 'weui-btn weui-btn_default', 'data-testid': 'home-bind' }, '绑定其他已注册企业')));
  }
  content.push(faqBox(),
    h('div', { class: 'weui-footer', style: 'margin-top:24px' }, h('p', { class: 'weui-footer__text', text: '咨询电话：020-83256806（联盟小蜜）' })));
  mount(root, content);
  document.title = '资源池申报';
}
