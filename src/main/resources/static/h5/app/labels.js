// Words and colours for each stage, and what happens next, as an applicant reads them.

export const SUPPLIER_STATUS = {
  DRAFT: ['草稿', 'draft'], PENDING_REVIEW: ['待审核', 'pending'], APPROVED: ['审核通过', 'ok'],
  RETURNED: ['已退回修改', 'action'], REJECTED: ['审核不通过', 'fail'], WITHDRAWN: ['已撤回', 'closed'],
};

export const FILING_STATUS = {
  DRAFT: ['草稿', 'draft'], SUBMITTED: ['已提交，待初步审核', 'pending'], RETURNED: ['已退回修改', 'action'],
  PRELIM_PASSED: ['初步审核通过，待安排答辩', 'pending'], PRELIM_FAILED: ['初步审核未通过', 'fail'],
  DEFENSE_INVITED: ['已邀请答辩', 'action'], DEFENSE_CONFIRMED: ['已确认参加答辩', 'pending'],
  DEFENSE_DONE: ['答辩通过', 'pending'], DEFENSE_FAILED: ['答辩未通过', 'fail'],
  ONSITE_SELECTED: ['抽中现场考察', 'action'], ONSITE_DONE: ['现场考察通过', 'pending'], ONSITE_FAILED: ['现场考察未通过', 'fail'],
  PUBLICITY: ['公示中', 'pending'], OBJECTION: ['公示期有异议，核查中', 'action'], PUBLICITY_FAILED: ['公示异议成立，未通过', 'fail'],
  PUBLISHED: ['已正式发布，入选资源池', 'ok'], WITHDRAWN: ['已撤回', 'closed'],
};

/** Filings that no longer count towards "at most two per batch" (FilingStatus.isDead). */
export const DEAD_FILING = new Set(['PRELIM_FAILED', 'DEFENSE_FAILED', 'ONSITE_FAILED', 'PUBLICITY_FAILED', 'WITHDRAWN']);
/** FilingAction.WITHDRAW's starting states. */
export const FILING_WITHDRAWABLE = new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'PRELIM_PASSED', 'DEFENSE_INVITED', 'DEFENSE_CONFIRMED']);

export const supplierStage = (s) => SUPPLIER_STATUS[s] || [s, 'draft'];
export const filingStage = (s) => FILING_STATUS[s] || [s, 'draft'];

export function reviewerName(scope, dict) {
  if (!scope) return '审核部门';
  if (scope === 'ALLIANCE') return '广东省工业互联网产业联盟';
  const city = dict && dict.cities.find((c) => c.code === scope);
  return (city ? city.name : '注册地') + '工业和信息化主管部门';
}

/** What the applicant does or waits for next, and by when (a date string or null). */
export function supplierNextStep(s, dict) {
  if (s.needsCompletion && (s.status === 'DRAFT' || s.status === 'RETURNED' || s.status === 'PENDING_REVIEW')) {
    return { text: '请按 2021 年通知要求补充完善申报信息后提交；如不同意相关承诺，请撤回申请', by: null, warn: true };
  }
  switch (s.status) {
    case 'DRAFT': return { text: '完善信息并上传资质证明材料后，提交供应商基本审核', by: null, warn: true };
    case 'PENDING_REVIEW': return { text: '等待' + reviewerName(s.reviewScope, dict) + '审核，一般不超过 5 个工作日', by: s.reviewDueOn, byLabel: '预计审核完成' };
    case 'RETURNED': return { text: '请按退回意见修改后重新提交', by: null, warn: true };
    case 'APPROVED': return { text: '基本审核已通过，可在申报批次时间内申报应用产品（服务能力）', by: null };
    case 'REJECTED': return { text: '审核不通过，可修改信息后重新填报', by: null, warn: true };
    case 'WITHDRAWN': return { text: '已撤回，如需申报可重新填报', by: null };
    default: return { text: '', by: null };
  }
}

export function dateTime(s) {
  if (!s) return '';
  return String(s).replace('T', ' ').slice(0, 16);
}

export function date(s) { return s ? String(s).slice(0, 10) : ''; }

export function time(s) { return s ? String(s).slice(0, 5) : ''; }

export function fileSize(n) {
  if (n == null) return '';
  if (n < 1024) return n + ' B';
  if (n < 1024 * 1024) return Math.round(n / 1024) + ' KB';
  return (n / 1024 / 1024).toFixed(1) + ' MB';
}

export function batchLine(b) {
  return b.name + '：' + dateTime(b.opensAt).slice(0, 10) + ' 至 ' + dateTime(b.closesAt);
}
