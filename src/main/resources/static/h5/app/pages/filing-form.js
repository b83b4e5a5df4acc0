// /h5/suppliers/{id}/filings/new and /h5/filings/{id}/edit: a capability filing (通知 二（二）,
// 三（一）3) in the open batch — one category, at most two live per supplier and batch.

import { h, mount, loading, busy, toast, dialog, pageHead } from '../dom.js';
import { get, post, put, dicts, IdempotencyKey } from '../api.js';
import { navigate, rename } from '../router.js';
import { filingFormatProblems, filingCompleteProblems } from '../rules.js';
import { textCell, areaCell, errorSlot, showErrors, clearErrors, generalError, clearOnInput } from '../fields.js';
import { uploader } from '../upload.js';
import { batchBanner } from './common.js';

const P = 'ff';

export async function filingFormPage(root, params, query, alive) {
  mount(root, loading());
  const editing = params.filingId != null;
  const [dict, me, f] = await Promise.all([dicts(), get('/api/applicant/me'), editing ? get('/api/applicant/filings/' + params.filingId) : null]);
  if (!alive()) return;
  const supplierId = editing ? f.supplierId : params.id;
  const supplier = me.suppliers.find((s) => s.id === supplierId);
  const back = editing ? { href: '/h5/filings/' + f.id, text: '返回' } : { href: '/h5/suppliers/' + supplierId, text: supplier ? supplier.companyName : '返回' };
  if (editing && !['DRAFT', 'RETURNED'].includes(f.status)) {
    mount(root, pageHead(f.productName, null, back), h('div', { class: 'empty', 'data-testid': 'filing-not-editable' }, '当前状态为“' + f.statusLabel + '”，不能修改。'));
    return;
  }
  if (!editing && (!supplier || supplier.status !== 'APPROVED')) {
    mount(root, pageHead('能力申报', null, back), h('div', { class: 'empty', 'data-testid': 'filing-not-allowed' }, '供应商基本审核通过后方可申报应用产品（服务能力）。'));
    return;
  }
  if (!editing && !me.openBatch) {
    mount(root, pageHead('能力申报', null, back), batchBanner(me));
    return;
  }
  // At most two live filings per batch, never the same category twice while one is live (FilingRegistrations).
  const batchId = editing ? f.batchId : me.openBatch.id;
  const others = me.filings.filter((x) => x.supplierId === supplierId && x.live && (!editing || x.id !== f.id));
  const inBatch = others.filter((x) => x.batchId === batchId);
  const taken = new Set(others.map((x) => x.category));
  if (!editing && inBatch.length >= 2) {
    mount(root, pageHead('能力申报', null, back), batchBanner(me),
      h('div', { class: 'empty', 'data-testid': 'filing-limit-reached' }, '每批次重点选择一个类别，至多两个；贵单位本批次已有 ' + inBatch.length + ' 个申报。'));
    return;
  }

  let id = editing ? f.id : null;
  let version = editing ? f.version : null;
  const createKey = new IdempotencyKey();
  const v = f || {};
  const fixedCategory = editing && f.submittedAt != null;
  const categories = h('div', { class: 'weui-cells weui-cells_radio', 'data-field': 'category', 'data-testid': 'ff-category' },
    dict.categories.map((c) => {
      const blocked = taken.has(c.code) && c.code !== v.category;
      // WeUI hides the input itself; the test hook sits on the label a person taps.
      const input = h('input', { type: 'radio', class: 'weui-check', name: 'category', value: c.code, id: 'ff-category-' + c.code, checked: v.category === c.code, disabled: blocked || (fixedCategory && c.code !== v.category) });
      return h('label', { class: 'weui-cell weui-cell_active weui-check__label' + (input.disabled ? ' weui-cell_disabled' : ''), for: input.id, 'data-testid': 'ff-category-' + c.code, 'aria-disabled': input.disabled ? 'true' : null },
        h('div', { class: 'weui-cell__bd' }, h('p', null, c.name), blocked ? h('div', { class: 'hint', text: '已有该类别的申报在进行中' }) : null),
        h('div', { class: 'weui-cell__ft' }, input, h('span', { class: 'weui-icon-checked' })));
    }));
  const chosenDirections = new Set(v.directions || []);
  const directions = h('div', { class: 'weui-cells weui-cells_checkbox', 'data-field': 'directions', 'data-testid': 'ff-directions' },
    dict.directions.map((d) => {
      const input = h('input', { type: 'checkbox', class: 'weui-check', value: d.code, id: 'ff-direction-' + d.code, checked: chosenDirections.has(d.code),
        onchange: (e) => { if (e.target.checked) chosenDirections.add(d.code); else chosenDirections.delete(d.code); } });
      return h('label', { class: 'weui-cell weui-cell_active weui-check__label', for: input.id, 'data-testid': 'ff-direction-' + d.code },
        h('div', { class: 'weui-cell__hd' }, input, h('i', { class: 'weui-icon-checked' })), h('div', { class: 'weui-cell__bd' }, h('p', null, d.name)));
    }));
  const product = textCell('productName', '产品/服务', P, { value: v.productName, max: 100, required: true, placeholder: '产品或服务名称' });
  const desc = areaCell('description', '产品或服务介绍', P, { value: v.description, max: 2000, required: true, rows: 4 });
  const otit = areaCell('otItIntegration', 'OT 与 IT 深度融合的特点', P, { value: v.otItIntegration, max: 2000, required: true, rows: 4 });
  const gdCases = areaCell('guangdongCases', '在广东省内的应用案例', P, { value: v.guangdongCases, max: 2000, required: true, rows: 4, hint: '客户、行业、实施内容与成效' });
  const ip = areaCell('ipSummary', '相关自主知识产权和专利', P, { value: v.ipSummary, max: 2000, required: true, rows: 3 });
  const files = uploader({
    prefix: P, files: v.files || [],
    url: id ? '/api/applicant/filings/' + id + '/files' : null,
    ensureUrl: async () => (await save(true)) ? '/api/applicant/filings/' + id + '/files' : null,
    fileHref: (x) => '/api/applicant/filings/' + id + '/files/' + x.id,
    deleteUrl: (x) => '/api/applicant/filings/' + id + '/files/' + x.id,
    // A file change bumps the filing's version: learn the new one, or the next save would be refused as stale.
    onChange: async () => { clearErrors(form, 'files'); version = (await get('/api/applicant/filings/' + id)).version; },
  });
  const saveBtn = h('button', { type: 'button', class: 'weui-btn weui-btn_default', id: 'filing-save', 'data-testid': 'filing-save' }, '保存草稿');
  const submitBtn = h('button', { type: 'submit', class: 'weui-btn weui-btn_primary', id: 'filing-submit', 'data-testid': 'filing-submit' }, '提交申报');

  const form = h('form', { novalidate: true, id: 'filing-form', 'data-testid': 'filing-form' },
    editing && f.status === 'RETURNED' && f.lastReason ? h('div', { class: 'reason', style: 'margin:8px 16px', 'data-testid': 'filing-return-reason' }, '退回意见：', f.lastReason) : null,
    h('div', { class: 'weui-cells__title req', text: '申报类别（每批次至多两个，本批次已有 ' + inBatch.length + ' 个）' }), categories, errorSlot('category', P),
    h('div', { class: 'weui-cells__title', text: '新一代信息技术方向（可多选，可不选）' }), directions, errorSlot('directions', P),
    h('div', { class: 'weui-cells__title', text: '申报内容' }),
    h('div', { class: 'weui-cells weui-cells_form' }, product.cell, desc.cell, otit.cell, gdCases.cell, ip.cell),
    h('div', { class: 'weui-cells__title req', text: '证明材料（PDF/JPG/PNG，单个不超过 10 MB）' }), files.el,
    generalError('filing-form-error'),
    h('div', { class: 'btn-row' }, submitBtn, saveBtn));
  for (const [input, field] of [[product.input, 'productName'], [desc.input, 'description'], [otit.input, 'otItIntegration'], [gdCases.input, 'guangdongCases'], [ip.input, 'ipSummary']]) clearOnInput(form, input, field);
  categories.addEventListener('change', () => clearErrors(form, 'category'));

  function collect() {
    const c = form.querySelector('input[name=category]:checked');
    return {
      category: c ? c.value : null, directions: [...chosenDirections], productName: product.input.value.trim(),
      description: desc.input.value.trim() || null, otItIntegration: otit.input.value.trim() || null,
      guangdongCases: gdCases.input.value.trim() || null, ipSummary: ip.input.value.trim() || null,
    };
  }

  async function save(quiet) {
    const data = collect();
    const problems = filingFormatProblems(data, dict);
    if (problems.length) { showErrors(form, problems); return false; }
    try {
      const saved = id == null
        ? await post('/api/applicant/suppliers/' + supplierId + '/filings', data, { idem: createKey })
        : await put('/api/applicant/filings/' + id, data, { ifMatch: version });
      if (id == null) { id = saved.id; rename('/h5/filings/' + id + '/edit'); }
      version = saved.version;
      clearErrors(form);
      if (!quiet) toast('草稿已保存');
      return true;
    } catch (e) {
      if (e.status === 409 && !e.errors.length && /别处被修改/.test(e.detail)) {
        if (await dialog({ title: '保存失败', text: e.detail + '\n是否重新载入最新内容？', ok: '重新载入' })) navigate(location.pathname, { replace: true });
      } else if (e.status !== 401) {
        showErrors(form, e.errors, e.detail);
      }
      return false;
    }
  }

  saveBtn.addEventListener('click', () => busy(saveBtn, () => save(false)));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(submitBtn, async () => {
      const data = collect();
      const problems = [...filingFormatProblems(data, dict), ...filingCompleteProblems(data, files.files().length)];
      if (problems.length) { showErrors(form, problems); return; }
      if (!(await save(true))) return;
      try {
        await post('/api/applicant/filings/' + id + '/submit', undefined, { idem: new IdempotencyKey() });
        toast('申报已提交');
        navigate('/h5/filings/' + id, { replace: true });
      } catch (e) {
        if (e.status !== 401) showErrors(form, e.errors, e.detail);
      }
    });
  });

  mount(root, pageHead(editing ? '修改能力申报' : '申报应用产品（服务能力）', supplier ? supplier.companyName : null, back), batchBanner(me), form);
  document.title = '能力申报';
}
