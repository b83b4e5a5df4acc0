// The registration and filing rules of supplier/RegistrationRules.java and filing/FilingRules.java,
// checked in the page first so a phone user hears about a mistake next to the field, before any
// round trip. The server checks again; its words win where they differ.

import { creditCodeProblem, isValidCreditCode } from './creditcode.js';

const GUANGDONG = '440000';
const ALL = 'ALL';
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

const blank = (s) => s == null || String(s).trim() === '';
const tooLong = (p, field, v, max, what) => { if (v != null && String(v).trim().length > max) p.push({ field, message: what + '不超过 ' + max + ' 字' }); };
const required = (p, field, v, message) => { if (blank(v)) p.push({ field, message }); };

/** Formats, checked on every save (a draft may be incomplete). {today}: the service's date, yyyy-mm-dd. */
export function supplierFormatProblems(f, dict, today) {
  const p = [];
  if (blank(f.companyName)) p.push({ field: 'companyName', message: '请填写企业（单位）名称' });
  else if (f.companyName.trim().length > 100) p.push({ field: 'companyName', message: '企业名称不超过 100 字' });
  const cc = creditCodeProblem(f.creditCode);
  if (cc) p.push({ field: 'creditCode', message: cc });
  placeProblems(f, dict, p);
  tooLong(p, 'legalRepresentative', f.legalRepresentative, 32, '法定代表人');
  if (f.foundedOn && today && f.foundedOn > today) p.push({ field: 'foundedOn', message: '成立日期不能晚于今天' });
  tooLong(p, 'teamInGuangdong', f.teamInGuangdong, 1000, '团队情况');
  tooLong(p, 'ipSummary', f.ipSummary, 2000, '知识产权情况');
  industryProblems(f.industries || [], dict, p);
  caseProblems(f.cases || [], dict, today, p);
  tooLong(p, 'contactName', f.contactName, 32, '联络员姓名');
  if (!blank(f.contactMobile) && !MOBILE.test(f.contactMobile.trim())) p.push({ field: 'contactMobile', message: '请填写正确的 11 位手机号码' });
  if (!blank(f.contactEmail) && !(f.contactEmail.trim().length <= 100 && EMAIL.test(f.contactEmail.trim()))) p.push({ field: 'contactEmail', message: '请填写正确的电子邮箱' });
  return p;
}

/** Completeness, checked on submit, on top of the formats. */
export function supplierCompleteProblems(f, fileCount) {
  const p = [];
  if (blank(f.registrationProvince)) p.push({ field: 'registrationProvince', message: '请选择注册地' });
  else if (f.registrationProvince === GUANGDONG && blank(f.registrationCity)) p.push({ field: 'registrationCity', message: '广东省内注册的企业请选择注册所在地级以上市' });
  required(p, 'legalRepresentative', f.legalRepresentative, '请填写法定代表人');
  if (!f.foundedOn) p.push({ field: 'foundedOn', message: '请填写成立日期' });
  if (!f.coversGuangdong) p.push({ field: 'coversGuangdong', message: '申报企业的业务覆盖范围或相关权限须能够覆盖或管理广东省全境' });
  required(p, 'teamInGuangdong', f.teamInGuangdong, '请说明在广东省内的技术和服务团队');
  required(p, 'ipSummary', f.ipSummary, '请填写自主知识产权和专利情况');
  if (!(f.industries || []).length) p.push({ field: 'industries', message: '请选择 1–3 个服务行业（GB/T 4754-2011 制造业大类），或选择“全行业”' });
  if (!(f.cases || []).length) p.push({ field: 'cases', message: '请至少填写 1 个在广东省内已实施完成的工业应用实践案例' });
  required(p, 'contactName', f.contactName, '请填写联络员姓名');
  required(p, 'contactMobile', f.contactMobile, '请填写联络员手机');
  required(p, 'contactEmail', f.contactEmail, '请填写联络员邮箱');
  if (!f.consentCommitments) p.push({ field: 'consentCommitments', message: '请阅读并同意申报承诺（信息真实、客观、完整）' });
  if (!f.consentPrivacy) p.push({ field: 'consentPrivacy', message: '请确认涉及第三方单位隐私信息的已事先征得其同意' });
  if (!fileCount) p.push({ field: 'files', message: '请上传资质证明材料（至少 1 份，PDF/JPG/PNG）' });
  return p;
}

function placeProblems(f, dict, p) {
  const province = f.registrationProvince;
  const city = f.registrationCity;
  if (blank(province)) {
    if (!blank(city)) p.push({ field: 'registrationProvince', message: '请先选择注册地所在省份' });
    return;
  }
  if (province === GUANGDONG) {
    if (!blank(city) && !dict.cities.some((c) => c.code === city)) {
      p.push({ field: 'registrationCity', message: '未知的地市代码：' + city + '，请从广东省 21 个地级以上市中选择' });
      return;
    }
  } else if (!blank(city)) {
    p.push({ field: 'registrationCity', message: '广东省外注册的企业无需选择地市' });
    return;
  }
  // The registering authority in positions 3–8 decides who reviews (通知 三（一）2).
  if (!isValidCreditCode(f.creditCode)) return;
  const division = f.creditCode.substring(2, 8);
  if (!division.startsWith('44')) return;
  if (province !== GUANGDONG) {
    p.push({ field: 'registrationProvince', message: '统一社会信用代码显示登记机关在广东省，注册地请选择广东省及所在地市' });
    return;
  }
  const expected = division.substring(0, 4) + '00';
  if (!blank(city) && !division.endsWith('0000') && expected !== city) {
    const c = dict.cities.find((x) => x.code === expected);
    if (c) p.push({ field: 'registrationCity', message: '统一社会信用代码显示登记机关在' + c.name + '，注册地请选择' + c.name });
  }
}

export function industryProblems(industries, dict, p = []) {
  if (!industries.length) return p;
  if (new Set(industries).size !== industries.length) {
    p.push({ field: 'industries', message: '服务行业重复' });
  } else if (industries.includes(ALL)) {
    if (industries.length > 1) p.push({ field: 'industries', message: '“全行业”不能与具体行业同时选择' });
  } else if (industries.length > 3) {
    p.push({ field: 'industries', message: '服务行业最多选择 3 个大类，当前 ' + industries.length + ' 个；擅长跨行业的请选择“全行业”' });
  } else {
    for (const code of industries) {
      if (!dict.industries.some((i) => i.code === code && i.code !== ALL)) p.push({ field: 'industries', message: '未知的行业代码：' + code + '（应为 GB/T 4754-2011 制造业大类 13–43）' });
    }
  }
  return p;
}

function caseProblems(cases, dict, today, p) {
  if (cases.length > 20) { p.push({ field: 'cases', message: '案例最多填写 20 个' }); return; }
  const thisYear = today ? Number(today.slice(0, 4)) : new Date().getFullYear();
  cases.forEach((c, i) => {
    const at = 'cases[' + i + '].';
    if (blank(c.customer) || c.customer.length > 100) p.push({ field: at + 'customer', message: '请填写客户名称（不超过 100 字）' });
    if (!c.industry || !dict.industries.some((x) => x.code === c.industry && x.code !== ALL)) p.push({ field: at + 'industry', message: '请选择客户所属行业（GB/T 4754-2011 制造业大类）' });
    if (c.year == null || c.year < 1990 || c.year > thisYear) p.push({ field: at + 'year', message: '完成年份应在 1990–' + thisYear + ' 之间' });
    if (blank(c.summary) || c.summary.length > 1000) p.push({ field: at + 'summary', message: '请填写案例简介（不超过 1000 字）' });
  });
}

export function filingFormatProblems(f, dict) {
  const p = [];
  if (!f.category || !dict.categories.some((c) => c.code === f.category)) p.push({ field: 'category', message: '请选择申报类别：工业互联网应用（含工业软件）、平台、网络或安全' });
  if (blank(f.productName)) p.push({ field: 'productName', message: '请填写产品或服务名称' });
  else if (f.productName.trim().length > 100) p.push({ field: 'productName', message: '产品或服务名称不超过 100 字' });
  tooLong(p, 'description', f.description, 2000, '产品或服务介绍');
  tooLong(p, 'otItIntegration', f.otItIntegration, 2000, 'OT 与 IT 融合特点');
  tooLong(p, 'guangdongCases', f.guangdongCases, 2000, '广东省内应用案例');
  tooLong(p, 'ipSummary', f.ipSummary, 2000, '知识产权情况');
  return p;
}

export function filingCompleteProblems(f, fileCount) {
  const p = [];
  required(p, 'description', f.description, '请填写产品或服务介绍');
  required(p, 'otItIntegration', f.otItIntegration, '请说明产品或服务 OT 与 IT 深度融合的特点');
  required(p, 'guangdongCases', f.guangdongCases, '请填写在广东省内的应用案例');
  required(p, 'ipSummary', f.ipSummary, '请填写相关自主知识产权和专利');
  if (!fileCount) p.push({ field: 'files', message: '请上传证明材料（至少 1 份，PDF/JPG/PNG）' });
  return p;
}
