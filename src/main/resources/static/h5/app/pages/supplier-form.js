// /h5/suppliers/new and /h5/suppliers/{id}/edit: the whole registration record (通知 三（一）1),
// saved as a draft at any time, submitted for the basic review when complete.

import { h, mount, loading, busy, toast, dialog, alertError, pageHead, link } from '../dom.js';
import { get, post, put, dicts, IdempotencyKey } from '../api.js';
import { navigate, rename } from '../router.js';
import { creditCodeProblem, isValidCreditCode } from '../creditcode.js';
import { supplierFormatProblems, supplierCompleteProblems } from '../rules.js';
import { textCell, areaCell, selectCell, agreeCell, errorSlot, showErrors, clearErrors, generalError, clearOnInput } from '../fields.js';
import { uploader } from '../upload.js';
import { industryPicker } from '../widgets/industry-picker.js';

const P = 'sf';
const GUANGDONG = '440000';
const FILE_KINDS = [
  { value: 'BUSINESS_LICENSE', label: '营业执照' }, { value: 'QUALIFICATION', label: '资质证书' },
  { value: 'PATENT', label: '知识产权/专利证明' }, { value: 'CASE_PROOF', label: '案例证明材料' }, { value: 'OTHER', label: '其他材料' },
];

export async function supplierFormPage(root, params, query, alive) {
  mount(root, loading());
  const [dict, me, s] = await Promise.all([dicts(), get('/api/applicant/me'), params.id ? get('/api/applicant/suppliers/' + params.id) : null]);
  if (!alive()) return;
  if (s && !['DRAFT', 'RETURNED'].includes(s.status)) {
    mount(root, pageHead(s.companyName, null, { href: '/h5/suppliers/' + s.id, text: '返回' }),
      h('div', { class: 'empty', 'data-testid': 'supplier-not-editable' }, '当前状态为“' + s.statusLabel + '”，不能修改。被退回、或撤回后重新填报时方可修改。'));
    return;
  }
  const today = me.now.slice(0, 10);
  let id = s ? s.id : null;
  let version = s ? s.version : null;
  const createKey = new IdempotencyKey();
  const v = s || {};
  const industries = dict.industries.filter((i) => i.code !== 'ALL');

  const name = textCell('companyName', '企业名称', P, { value: v.companyName, max: 100, required: true, placeholder: '与营业执照一致' });
  const cc = textCell('creditCode', '信用代码', P, { value: v.creditCode, max: 18, required: true, placeholder: '18 位统一社会信用代码' });
  cc.input.setAttribute('autocapitalize', 'characters');
  cc.input.setAttribute('spellcheck', 'false');
  const province = selectCell('registrationProvince', '注册地', P, dict.provinces.map((p) => ({ value: p.code, label: p.name })), { value: v.registrationProvince, required: true, placeholder: '请选择省级行政区' });
  const city = selectCell('registrationCity', '所在地市', P, dict.cities.map((c) => ({ value: c.code, label: c.name })), { value: v.registrationCity, required: true, placeholder: '请选择地级以上市' });
  const cityBox = h('div', null, city.cell);
  const legal = textCell('legalRepresentative', '法定代表人', P, { value: v.legalRepresentative, max: 32, required: true });
  const founded = textCell('foundedOn', '成立日期', P, { value: v.foundedOn, type: 'date', required: true });
  founded.input.max = today;
  const covers = agreeCell('coversGuangdong', '本单位业务覆盖范围或相关权限能够覆盖或管理广东省全境', P, { value: v.coversGuangdong });
  const team = areaCell('teamInGuangdong', '在广东省内的技术和服务团队', P, { value: v.teamInGuangdong, max: 1000, required: true, hint: '团队规模、所在城市、可提供的服务' });
  const ip = areaCell('ipSummary', '自主知识产权和专利', P, { value: v.ipSummary, max: 2000, required: true, hint: '发明专利、软件著作权等' });
  let chosenIndustries = v.industries || [];
  const picker = industryPicker(dict.industries, chosenIndustries, (x) => { chosenIndustries = x; clearErrors(form, 'industries'); });
  const contactName = textCell('contactName', '联络员', P, { value: v.contactName, max: 32, required: true });
  const mobile = textCell('contactMobile', '联络员手机', P, { value: v.contactMobile, type: 'tel', inputmode: 'numeric', max: 14, required: true, placeholder: '11 位手机号码' });
  const email = textCell('contactEmail', '联络员邮箱', P, { value: v.contactEmail, type: 'email', max: 100, required: true });
  const consent = agreeCell('consentCommitments', '本单位承诺遵守通知各项要求，所填信息真实、客观、完整，并对其真实性负责', P, { value: v.consentCommitments });
  const privacy = agreeCell('consentPrivacy', '涉及第三方单位（企业）用户隐私信息的，已事先征得其同意', P, { value: v.consentPrivacy });

  // Cases: a list the applicant grows and shrinks; each block's errors are addressed as cases[i].field.
  let cases = (v.cases || []).map((c) => ({ ...c }));
  const casesBox = h('div', { 'data-testid': 'sf-cases' });
  const addCase = h('button', { type: 'button', class: 'weui-btn weui-btn_mini weui-btn_default', 'data-testid': 'sf-add-case', onclick: () => { if (cases.length < 20) { cases.push({ customer: '', industry: '', year: null, summary: '' }); drawCases(); } } }, '＋ 添加案例');
  function drawCases() {
    casesBox.replaceChildren(...cases.map((c, i) => {
      const f = (n) => P + '-cases-' + i + '-' + n;
      const customer = textCell('cases[' + i + '].customer', '客户名称', P, { value: c.customer, max: 100, required: true });
      const ind = selectCell('cases[' + i + '].industry', '客户行业', P, industries.map((x) => ({ value: x.code, label: x.code + ' ' + x.name })), { value: c.industry, required: true });
      const year = textCell('cases[' + i + '].year', '完成年份', P, { value: c.year ?? '', type: 'number', inputmode: 'numeric', required: true, placeholder: '如 2020' });
      const summary = areaCell('cases[' + i + '].summary', '案例简介', P, { value: c.summary, max: 1000, required: true });
      for (const [input, key] of [[customer.input, 'customer'], [ind.input, 'industry'], [year.input, 'year'], [summary.input, 'summary']]) {
        input.id = f(key);
        input.setAttribute('data-testid', f(key));
        input.addEventListener('input', () => { c[key] = key === 'year' ? (input.value ? Number(input.value) : null) : input.value; });
        input.addEventListener('change', () => { c[key] = key === 'year' ? (input.value ? Number(input.value) : null) : input.value; });
      }
      return h('div', { class: 'case-block', 'data-testid': 'sf-case' },
        h('div', { class: 'case-block__hd' }, '案例 ' + (i + 1),
          h('button', { type: 'button', class: 'link-btn link-btn_warn', 'data-testid': 'sf-remove-case', onclick: () => { cases.splice(i, 1); drawCases(); } }, '删除')),
        h('div', { class: 'weui-cells weui-cells_form', style: 'margin-top:0' }, customer.cell, ind.cell, year.cell, summary.cell),
        errorSlot('cases[' + i + ']', P));
    }));
    addCase.hidden = cases.length >= 20;
  }
  drawCases();

  const files = uploader({
    prefix: P, kinds: FILE_KINDS, files: v.files || [],
    url: id ? '/api/applicant/suppliers/' + id + '/files' : null,
    // A file joins a record: a new registration is saved as a draft first.
    ensureUrl: async () => (await save(null, true)) ? '/api/applicant/suppliers/' + id + '/files' : null,
    fileHref: (f) => '/api/applicant/suppliers/' + id + '/files/' + f.id,
    deleteUrl: (f) => '/api/applicant/suppliers/' + id + '/files/' + f.id,
    // A file change bumps the record's version: learn the new one, or the next save would be refused as stale.
    onChange: async () => { clearErrors(form, 'files'); version = (await get('/api/applicant/suppliers/' + id)).version; },
  });

  const saveBtn = h('button', { type: 'button', class: 'weui-btn weui-btn_default', id: 'supplier-save', 'data-testid': 'supplier-save' }, '保存草稿');
  const submitBtn = h('button', { type: 'submit', class: 'weui-btn weui-btn_primary', id: 'supplier-submit', 'data-testid': 'supplier-submit' }, '提交基本审核');

  const form = h('form', { novalidate: true, 'data-testid': 'supplier-form', id: 'supplier-form' },
    s && s.status === 'RETURNED' && s.lastReason ? h('div', { class: 'reason', style: 'margin:8px 16px', 'data-testid': 'supplier-return-reason' }, '退回意见：', s.lastReason) : null,
    s && s.needsCompletion ? h('div', { class: 'reason', style: 'margin:8px 16px' }, '贵单位为往期注册企业，请按 2021 年通知要求补充完善以下信息后提交；如不同意相关承诺，请撤回申请。') : null,
    h('div', { class: 'weui-cells__title', text: '企业基本信息' }),
    h('div', { class: 'weui-cells weui-cells_form' }, name.cell, cc.cell, province.cell, cityBox, legal.cell, founded.cell),
    h('div', { class: 'weui-cells__title', text: '服务能力' }),
    h('div', { class: 'weui-cells weui-cells_form' }, covers.cell, team.cell, ip.cell),
    h('div', { class: 'weui-cells__title req', text: '服务行业（GB/T 4754-2011 制造业大类，1–3 个或全行业）' }),
    h('div', { class: 'weui-cells' }, picker.el), errorSlot('industries', P),
    h('div', { class: 'weui-cells__title section-title' }, h('span', { class: 'req', text: '在广东省内已实施完成的工业应用实践案例' }), addCase),
    errorSlot('cases', P), casesBox,
    h('div', { class: 'weui-cells__title', text: '联络员（接收审核与答辩通知）' }),
    h('div', { class: 'weui-cells weui-cells_form' }, contactName.cell, mobile.cell, email.cell),
    h('div', { class: 'weui-cells__title req', text: '资质证明材料（PDF/JPG/PNG，单个不超过 10 MB）' }), files.el,
    h('div', { class: 'weui-cells__title', text: '承诺' }), consent.cell, privacy.cell,
    generalError('supplier-form-error'),
    h('div', { class: 'btn-row' }, submitBtn, saveBtn));

  const syncCity = () => { cityBox.hidden = province.input.value !== GUANGDONG; };
  syncCity();
  province.input.addEventListener('change', () => { syncCity(); clearErrors(form, 'registrationCity'); });
  cc.input.addEventListener('blur', () => {
    cc.input.value = cc.input.value.trim().toUpperCase();
    const p = cc.input.value ? creditCodeProblem(cc.input.value) : null;
    if (p) { showErrors(form, [{ field: 'creditCode', message: p }]); return; }
    // A Guangdong licence says where it was issued (positions 3–8): fill the place in for the applicant.
    if (isValidCreditCode(cc.input.value) && cc.input.value.startsWith('44', 2) && !province.input.value) {
      province.input.value = GUANGDONG;
      const c = cc.input.value.substring(2, 6) + '00';
      if (dict.cities.some((x) => x.code === c)) city.input.value = c;
      syncCity();
    }
  });
  for (const [input, field] of [[name.input, 'companyName'], [cc.input, 'creditCode'], [province.input, 'registrationProvince'], [city.input, 'registrationCity'],
    [legal.input, 'legalRepresentative'], [founded.input, 'foundedOn'], [covers.input, 'coversGuangdong'], [team.input, 'teamInGuangdong'], [ip.input, 'ipSummary'],
    [contactName.input, 'contactName'], [mobile.input, 'contactMobile'], [email.input, 'contactEmail'], [consent.input, 'consentCommitments'], [privacy.input, 'consentPrivacy']]) {
    clearOnInput(form, input, field);
  }

  function collect() {
    const prov = province.input.value || null;
    return {
      companyName: name.input.value.trim(), creditCode: cc.input.value.trim().toUpperCase(),
      registrationProvince: prov, registrationCity: prov === GUANGDONG ? city.input.value || null : null,
      legalRepresentative: legal.input.value.trim() || null, foundedOn: founded.input.value || null,
      coversGuangdong: covers.input.checked, teamInGuangdong: team.input.value.trim() || null, ipSummary: ip.input.value.trim() || null,
      industries: chosenIndustries, cases: cases.map((c) => ({ customer: (c.customer || '').trim(), industry: c.industry || null, year: c.year, summary: (c.summary || '').trim() })),
      contactName: contactName.input.value.trim() || null, contactMobile: mobile.input.value.trim() || null, contactEmail: email.input.value.trim() || null,
      consentCommitments: consent.input.checked, consentPrivacy: privacy.input.checked,
    };
  }

  /** Saves the draft; true when stored. {quiet}: no toast (a step of submit or upload). */
  async function save(button, quiet) {
    const data = collect();
    cc.input.value = data.creditCode;
    const problems = supplierFormatProblems(data, dict, today);
    if (problems.length) { showErrors(form, problems); return false; }
    try {
      const saved = id == null
        ? await post('/api/applicant/suppliers', data, { idem: createKey })
        : await put('/api/applicant/suppliers/' + id, data, { ifMatch: version });
      if (id == null) {
        id = saved.id;
        rename('/h5/suppliers/' + id + '/edit');
      }
      version = saved.version;
      clearErrors(form);
      if (!quiet) toast('草稿已保存');
      return true;
    } catch (e) {
      if (e.status === 409 && !e.errors.length) {
        if (await dialog({ title: '保存失败', text: e.detail + '\n是否重新载入最新内容？（本页未保存的修改将丢失）', ok: '重新载入' })) navigate(location.pathname, { replace: true });
      } else if (e.status !== 401) {
        showErrors(form, e.errors, e.detail);
      }
      return false;
    }
  }

  saveBtn.addEventListener('click', () => busy(saveBtn, () => save(saveBtn, false)));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(submitBtn, async () => {
      const data = collect();
      const problems = [...supplierFormatProblems(data, dict, today), ...supplierCompleteProblems(data, files.files().length)];
      if (problems.length) { showErrors(form, problems); return; }
      if (!(await save(submitBtn, true))) return;
      try {
        await post('/api/applicant/suppliers/' + id + '/submit', undefined, { idem: new IdempotencyKey() });
        toast('已提交，等待审核');
        navigate('/h5/suppliers/' + id, { replace: true });
      } catch (e) {
        if (e.status !== 401) showErrors(form, e.errors, e.detail);
      }
    });
  });

  mount(root, pageHead(s ? s.companyName : '注册供应商', '带 * 的为提交审核时的必填项；可随时保存草稿。', s ? { href: '/h5/suppliers/' + s.id, text: '返回' } : { href: '/h5/', text: '首页' }), form);
  document.title = s ? '修改供应商信息' : '注册供应商';
}
