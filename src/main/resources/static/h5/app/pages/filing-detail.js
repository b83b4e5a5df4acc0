// /h5/filings/{id}: a filing's stage, next step and date, the defense invitation (confirm, or ask for
// another slot), publicity dates and its timeline (the template messages about a filing link here).

import { h, mount, loading, busy, toast, dialog, alertError, pageHead, link, kv, badge } from '../dom.js';
import { get, post, IdempotencyKey } from '../api.js';
import { render } from '../router.js';
import { filingStage, FILING_WITHDRAWABLE, date, time, dateTime } from '../labels.js';
import { timeline } from '../widgets/timeline.js';

function defenseCard(f, base) {
  const d = f.defense;
  if (!d || !['DEFENSE_INVITED', 'DEFENSE_CONFIRMED'].includes(f.status)) return null;
  const confirmed = f.status === 'DEFENSE_CONFIRMED';
  const asked = d.response === 'RESCHEDULE_REQUESTED' && !confirmed;
  const confirm = h('button', { type: 'button', class: 'weui-btn weui-btn_primary', id: 'defense-confirm', 'data-testid': 'defense-confirm' }, '确认参加');
  const other = h('button', { type: 'button', class: 'weui-btn weui-btn_default', id: 'defense-reschedule', 'data-testid': 'defense-reschedule' }, '时间冲突，申请调整');
  confirm.addEventListener('click', () => busy(confirm, async () => {
    try {
      await post(base + '/defense-answer', { attend: true, reason: null }, { idem: new IdempotencyKey() });
      toast('已确认参加');
      render();
    } catch (e) { alertError(e); }
  }));
  other.addEventListener('click', async () => {
    const reason = await dialog({ title: '申请调整答辩时间', text: '请说明原因及方便的时间，工作人员将重新安排：', ok: '提交申请', input: { required: true, max: 500, placeholder: '如：当天法定代表人出差，希望安排在下午' } });
    if (!reason) return;
    await busy(other, async () => {
      try {
        await post(base + '/defense-answer', { attend: false, reason }, { idem: new IdempotencyKey() });
        toast('已提交调整申请');
        render();
      } catch (e) { alertError(e); }
    });
  });
  return h('div', { class: 'card next-step is-warn', 'data-testid': 'defense-card', 'data-response': d.response || '' },
    h('div', { class: 'card__title', text: '集中答辩邀请' }),
    kv('日期', date(d.day), 'defense-day'), kv('时间', time(d.slotStart) + (d.slotEnd ? ' – ' + time(d.slotEnd) : ''), 'defense-time'),
    kv('答辩顺序', d.order ? '第 ' + d.order + ' 位' : '', 'defense-order'), kv('会场', d.venue, 'defense-venue'), kv('地址', d.address, 'defense-address'),
    confirmed ? h('div', { class: 'banner', 'data-testid': 'defense-confirmed' }, '您已确认参加，请按时到场。') : null,
    asked ? h('div', { class: 'reason', 'data-testid': 'defense-reschedule-requested' }, '已申请调整时间：', d.responseReason || '', '。工作人员将重新安排，新的时间将另行通知。') : null,
    h('div', { class: 'btn-row', style: 'padding:16px 0 0' }, confirmed ? null : confirm, other));
}

export async function filingDetailPage(root, params, query, alive) {
  mount(root, loading());
  const base = '/api/applicant/filings/' + params.id;
  const [f, history] = await Promise.all([get(base), get(base + '/history')]);
  if (!alive()) return;
  const [label, kind] = filingStage(f.status);
  const actions = [];
  if (f.status === 'DRAFT' || f.status === 'RETURNED') {
    actions.push(link('/h5/filings/' + f.id + '/edit', { class: 'weui-btn weui-btn_primary', 'data-testid': 'filing-edit' }, f.status === 'RETURNED' ? '按意见修改并重新提交' : '继续填写并提交'));
  }
  if (FILING_WITHDRAWABLE.has(f.status)) {
    const b = h('button', { type: 'button', class: 'weui-btn weui-btn_default', 'data-testid': 'filing-withdraw' }, '撤回申报');
    b.addEventListener('click', async () => {
      const reason = await dialog({ title: '撤回申报', text: '撤回后本申报结束，如需申报须在申报时间内新建。请说明原因（选填）：', ok: '确认撤回', warn: true, input: { max: 500 } });
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
    pageHead(f.productName, h('span', null, badge(kind, label, 'filing-stage'), ' ', f.categoryName), { href: '/h5/suppliers/' + f.supplierId, text: f.companyName }),
    defenseCard(f, base),
    h('div', { class: 'card next-step', 'data-testid': 'next-step' },
      h('div', { class: 'card__title', text: '下一步' }), h('div', { 'data-testid': 'next-step-text', text: f.nextStep || '' }),
      f.nextStepBy ? h('div', { class: 'hint', 'data-testid': 'next-step-by' }, '日期：' + date(f.nextStepBy)) : null,
      f.lastReason && ['RETURNED', 'PRELIM_FAILED', 'DEFENSE_FAILED', 'ONSITE_FAILED', 'PUBLICITY_FAILED', 'OBJECTION'].includes(f.status)
        ? h('div', { class: 'reason', 'data-testid': 'filing-last-reason' }, '意见：', f.lastReason) : null,
      f.publicityStartsOn ? h('div', { class: 'hint', 'data-testid': 'publicity-dates' }, '公示期：' + date(f.publicityStartsOn) + ' 至 ' + date(f.publicityEndsOn)) : null,
      f.publishedOn ? h('div', { class: 'hint' }, '正式发布：' + date(f.publishedOn)) : null),
    actions.length ? h('div', { class: 'btn-row' }, actions) : null,
    h('div', { class: 'weui-cells__title', text: '申报进度' }),
    timeline(history, filingStage),
    h('div', { class: 'weui-cells__title', text: '申报内容' }),
    h('div', { class: 'card' },
      kv('批次', f.batchName), kv('类别', f.categoryName), kv('提交时间', dateTime(f.submittedAt)),
      kv('材料', (f.files || []).map((x) => x.name).join('、'))));
  document.title = f.productName;
}
