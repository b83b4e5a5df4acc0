// /h5/suppliers/{id}: the supplier's stage, what happens next and by when, its timeline, its filings,
// and what the applicant can do now (the template messages about a supplier link here).

import { h, mount, loading, busy, toast, dialog, alertError, pageHead, link, kv, badge } from '../dom.js';
import { get, post, dicts, IdempotencyKey } from '../api.js';
import { navigate, render } from '../router.js';
import { supplierStage, supplierNextStep, date } from '../labels.js';
import { timeline } from '../widgets/timeline.js';
import { batchBanner, filingItem } from './common.js';

export async function supplierDetailPage(root, params, query, alive) {
  mount(root, loading());
  const base = '/api/applicant/suppliers/' + params.id;
  const [s, history, me, dict] = await Promise.all([get(base), get(base + '/history'), get('/api/applicant/me'), dicts()]);
  if (!alive()) return;
  const [label, kind] = supplierStage(s.status);
  const next = supplierNextStep(s, dict);
  const member = (me.suppliers.find((x) => x.id === s.id) || {}).poolMember;
  const filings = me.filings.filter((f) => f.supplierId === s.id);
  const place = s.registrationProvince === '440000'
    ? (dict.cities.find((c) => c.code === s.registrationCity) || { name: '广东省' }).name
    : (dict.provinces.find((p) => p.code === s.registrationProvince) || { name: '' }).name;
  const industryNames = (s.industries || []).map((c) => (dict.industries.find((i) => i.code === c) || { name: c }).name).join('、');

  const actions = [];
  if (s.status === 'DRAFT' || s.status === 'RETURNED') {
    actions.push(link('/h5/suppliers/' + s.id + '/edit', { class: 'weui-btn weui-btn_primary', 'data-testid': 'supplier-edit' }, s.status === 'RETURNED' ? '按意见修改并重新提交' : '继续填写并提交'));
  }
  if (s.status === 'APPROVED') {
    const live = filings.filter((f) => f.live && me.openBatch && f.batchId === me.openBatch.id).length;
    if (me.openBatch && live < 2) actions.push(link('/h5/suppliers/' + s.id + '/filings/new', { class: 'weui-btn weui-btn_primary', 'data-testid': 'supplier-new-filing' }, '申报应用产品（服务能力）'));
    else if (me.openBatch) actions.push(h('div', { class: 'hint', style: 'text-align:center' }, '本批次已有 2 个申报（每批次至多两个类别）'));
  }
  if (member) actions.push(link('/h5/suppliers/' + s.id + '/changes', { class: 'weui-btn weui-btn_default', 'data-testid': 'supplier-changes' }, '变更请示（名称、股权、业务方向）'));
  if (s.status === 'REJECTED' || s.status === 'WITHDRAWN') {
    const b = h('button', { type: 'button', class: 'weui-btn weui-btn_primary', 'data-testid': 'supplier-reopen' }, '重新填报');
    b.addEventListener('click', () => busy(b, async () => {
      try {
        await post(base + '/reopen', undefined, { idem: new IdempotencyKey() });
        navigate('/h5/suppliers/' + s.id + '/edit');
      } catch (e) { alertError(e); }
    }));
    actions.push(b);
  }
  if (['DRAFT', 'PENDING_REVIEW', 'RETURNED', 'APPROVED'].includes(s.status) && !member) {
    const b = h('button', { type: 'button', class: 'weui-btn weui-btn_default', 'data-testid': 'supplier-withdraw' }, '撤回申请');
    b.addEventListener('click', async () => {
      const reason = await dialog({ title: '撤回申请', text: '撤回后需重新填报并提交审核。请说明原因（选填）：', ok: '确认撤回', warn: true, input: { max: 500 } });
      if (reason === null) return;
      await busy(b, async () => {
        try {
          await post(base + '/withdraw', { reason: reason || null }, { idem: new IdempotencyKey() });
          toast('已撤回');
          render();
        } catch (e) { alertError(e); }
      });
    });
    actions.push(b);
  }

  mount(root,
    pageHead(s.companyName, h('span', null, badge(kind, label, 'supplier-stage'), ' ', s.creditCode), { href: '/h5/', text: '首页' }),
    h('div', { class: 'card next-step' + (next.warn ? ' is-warn' : ''), 'data-testid': 'next-step' },
      h('div', { class: 'card__title', text: '下一步' }), h('div', { 'data-testid': 'next-step-text', text: next.text }),
      next.by ? h('div', { class: 'hint', 'data-testid': 'next-step-by' }, (next.byLabel || '截止') + '：' + date(next.by)) : null,
      s.lastReason && (s.status === 'RETURNED' || s.status === 'REJECTED') ? h('div', { class: 'reason', 'data-testid': 'supplier-last-reason' }, '审核意见：', s.lastReason) : null),
    actions.length ? h('div', { class: 'btn-row' }, actions) : null,
    h('div', { class: 'weui-cells__title', text: '审核进度' }),
    timeline(history, supplierStage),
    s.status === 'APPROVED' ? [h('div', { class: 'weui-cells__title', text: '能力申报' }), batchBanner(me),
      filings.length ? h('div', { class: 'weui-cells' }, filings.map((f) => filingItem(f, 'supplier-filing-item'))) : h('div', { class: 'empty', text: '暂无申报' })] : null,
    h('div', { class: 'weui-cells__title', text: '登记信息' }),
    h('div', { class: 'card' },
      kv('注册地', place), kv('法定代表人', s.legalRepresentative), kv('成立日期', date(s.foundedOn)),
      kv('服务行业', industryNames), kv('实践案例', (s.cases || []).length ? s.cases.length + ' 个' : ''),
      kv('联络员', [s.contactName, s.contactMobile].filter(Boolean).join(' ')), kv('邮箱', s.contactEmail),
      kv('材料', (s.files || []).map((f) => f.name).join('、'))));
  document.title = s.companyName;
}
