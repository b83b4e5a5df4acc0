// /h5/suppliers/{id}/changes: a pool member's 变更请示 (通知 四（四）) — name, equity structure or
// business direction — with its supporting files and the decision.

import { h, mount, loading, busy, toast, pageHead, badge, kv } from '../dom.js';
import { get, post, IdempotencyKey } from '../api.js';
import { render } from '../router.js';
import { selectCell, textCell, areaCell, showErrors, generalError, clearOnInput } from '../fields.js';
import { uploader } from '../upload.js';
import { dateTime } from '../labels.js';

const P = 'cr';
const KINDS = [{ value: 'NAME', label: '企业名称' }, { value: 'EQUITY', label: '股权结构' }, { value: 'DIRECTION', label: '业务方向' }];
const STATUS = { PENDING: ['待审核', 'pending'], APPROVED: ['已同意', 'ok'], REJECTED: ['不予变更', 'fail'] };

export async function changesPage(root, params, query, alive) {
  mount(root, loading());
  const [s, list] = await Promise.all([get('/api/applicant/suppliers/' + params.id), get('/api/applicant/suppliers/' + params.id + '/change-requests')]);
  if (!alive()) return;
  const kind = selectCell('kind', '变更类型', P, KINDS, { required: true });
  const value = textCell('newValue', '变更后', P, { max: 500, required: true, placeholder: '变更后的名称、股权结构或业务方向' });
  const why = areaCell('explanation', '变更情况说明', P, { max: 1000, required: true });
  const send = h('button', { type: 'submit', class: 'weui-btn weui-btn_primary', 'data-testid': 'change-submit' }, '提交变更请示');
  const idem = new IdempotencyKey();
  const form = h('form', { novalidate: true, 'data-testid': 'change-form' },
    h('div', { class: 'weui-cells weui-cells_form' }, kind.cell, value.cell, why.cell), generalError('change-form-error'),
    h('div', { class: 'hint', style: 'padding:0 16px' }, '提交后请在下方该请示中上传证明材料，工作人员审核时须有材料。'),
    h('div', { class: 'btn-row' }, send));
  clearOnInput(form, kind.input, 'kind');
  clearOnInput(form, value.input, 'newValue');
  clearOnInput(form, why.input, 'explanation');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const problems = [];
    if (!kind.input.value) problems.push({ field: 'kind', message: '请选择变更类型' });
    const max = kind.input.value === 'NAME' ? 100 : 500;
    if (!value.input.value.trim() || value.input.value.trim().length > max) problems.push({ field: 'newValue', message: '请填写变更后的内容（不超过 ' + max + ' 字）' });
    if (!why.input.value.trim() || why.input.value.length > 1000) problems.push({ field: 'explanation', message: '请说明变更情况（不超过 1000 字）' });
    if (problems.length) { showErrors(form, problems); return; }
    busy(send, async () => {
      try {
        await post('/api/applicant/suppliers/' + s.id + '/change-requests', { kind: kind.input.value, newValue: value.input.value.trim(), explanation: why.input.value.trim() }, { idem });
        toast('已提交');
        render();
      } catch (e) { if (e.status !== 401) showErrors(form, e.errors, e.detail); }
    });
  });

  mount(root, pageHead('变更请示', s.companyName, { href: '/h5/suppliers/' + s.id, text: '返回' }),
    list.length ? h('div', { 'data-testid': 'change-list' }, list.map((c) => {
      const [label, k] = STATUS[c.status] || [c.status, 'draft'];
      return h('div', { class: 'card', 'data-testid': 'change-item', 'data-id': c.id },
        h('div', { class: 'item-title' }, h('span', { class: 'item-title__text', text: c.kindLabel + '变更' }), badge(k, label)),
        kv('变更后', c.newValue), kv('说明', c.explanation), kv('提交时间', dateTime(c.requestedAt)),
        c.decidedAt ? kv('审核时间', dateTime(c.decidedAt)) : null, c.decisionReason ? kv('审核意见', c.decisionReason) : null,
        uploader({ prefix: P + '-' + c.id, files: c.files || [], readOnly: c.status !== 'PENDING',
          url: '/api/applicant/change-requests/' + c.id + '/files', afterUpload: (saved) => saved.files }).el);
    })) : null,
    h('div', { class: 'weui-cells__title', text: '新的变更请示' }), form);
  document.title = '变更请示';
}
