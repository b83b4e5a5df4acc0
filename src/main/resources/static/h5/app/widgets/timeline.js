// A record's history (append-only, from the history endpoints), newest first: each move with its date and reason.

import { h } from '../dom.js';
import { dateTime, date } from '../labels.js';

/** @param stageOf status => [label, kind] */
export function timeline(entries, stageOf) {
  if (!entries.length) return h('div', { class: 'empty', text: '暂无记录' });
  return h('ol', { class: 'timeline', 'data-testid': 'timeline' },
    [...entries].reverse().map((e) => {
      // "审核通过 → 审核通过" would say it twice: the stage is added only where it tells more than the action's name.
      const stage = e.to ? stageOf(e.to)[0] : '';
      return h('li', { class: 'timeline__entry', 'data-testid': 'timeline-entry', 'data-action': e.action, 'data-to': e.to },
        h('div', { class: 'timeline__head', 'data-testid': 'timeline-head' }, e.actionLabel, stage && stage !== e.actionLabel ? ' → ' + stage : ''),
        h('div', { class: 'timeline__meta' }, dateTime(e.at), ' · ', e.actorType === 'STAFF' ? (e.actor || '工作人员') : e.actorType === 'SYSTEM' ? '系统' : '申报联络员',
          e.dueOn ? ' · 审核截止 ' + date(e.dueOn) : ''),
        e.reason ? h('div', { class: 'timeline__reason', 'data-testid': 'timeline-reason' }, '说明：', e.reason) : null);
    }));
}
