// Chinese names for the codes the API answers with, and the city dictionary (loaded once).
import { api } from './api.js';

export const SUPPLIER_STATUS = {
  DRAFT: '草稿', PENDING_REVIEW: '待审核', APPROVED: '审核通过', RETURNED: '已退回修改', REJECTED: '审核不通过', WITHDRAWN: '已撤回',
};

export const FILING_STATUS = {
  DRAFT: '草稿', SUBMITTED: '待初步审核', RETURNED: '已退回修改', PRELIM_PASSED: '初审通过', PRELIM_FAILED: '初审未通过',
  DEFENSE_INVITED: '已邀请答辩', DEFENSE_CONFIRMED: '已确认答辩', DEFENSE_DONE: '答辩通过', DEFENSE_FAILED: '答辩未通过',
  ONSITE_SELECTED: '抽中现场考察', ONSITE_DONE: '现场考察通过', ONSITE_FAILED: '现场考察未通过', PUBLICITY: '公示中',
  OBJECTION: '公示异议核查', PUBLICITY_FAILED: '公示未通过', PUBLISHED: '已发布', WITHDRAWN: '已撤回',
};

export const NOTICE_STATUS = { PENDING: '待发送', SENDING: '发送中', SENT: '已发送', DELIVERED: '已送达', FAILED: '发送失败' };
export const CHANNEL = { WECHAT: '微信', SMS: '短信', EMAIL: '邮件' };

/** Titles of message-templates/*.json (GET /api/staff/message-templates has them too; these save a round trip). */
export const TEMPLATE = {
  announcement: '联盟通知', 'defense-invited': '集中答辩邀请', 'defense-reminder': '集中答辩提醒', 'filing-result': '评审结果通知',
  'filing-status': '申报进度更新', 'filing-submitted': '申报提交成功', 'onsite-selected': '现场考察通知', 'review-sla': '审核时限提醒',
  'supplier-reviewed': '供应商认证审核结果', 'supplier-submitted': '供应商认证提交成功',
};
export const ROLE = { ADMIN: '管理员', ALLIANCE_REVIEWER: '联盟审核员', CITY_REVIEWER: '地市审核员' };
export const BROADCAST_KIND = { MASS: '微信群发', TEMPLATE: '模板消息', SMS: '短信' };
export const BROADCAST_STATUS = { DRAFT: '草稿', SCHEDULED: '已定时', SENDING: '发送中', SENT: '已发出', FAILED: '失败', CANCELLED: '已取消' };

export const ALLIANCE = 'ALLIANCE';

let dictionaries = null;

/** Cities, provinces and categories from the public dictionary, fetched once per page load. */
export async function dicts() {
  if (!dictionaries) {
    dictionaries = api.get('/api/public/dictionaries').catch((e) => { dictionaries = null; throw e; });
  }
  return dictionaries;
}

export function cityName(d, code) {
  if (!code) return '省外';
  if (code === ALLIANCE) return '省外（联盟审核）';
  const c = d && d.cities.find((x) => x.code === code);
  return c ? c.name : code;
}

export function provinceName(d, code) {
  const p = d && d.provinces.find((x) => x.code === code);
  return p ? p.name : (code || '—');
}

export function label(map, code) {
  return (code && map[code]) || code || '—';
}
