// 供应商详情: the record, its files, history, bound followers and every notice sent about it (with
// a resend for failed ones), and the basic-review decision for whoever may decide it. A decision
// carries the version the page showed, so a record changed meanwhile is refused (409), not overwritten.
import { api } from '../api.js';
import { h, add, busy, toast, errorLine, fmtDate, fmtDateTime, confirmDialog } from '../dom.js';
import { layout, pageData } from '../layout.js';
import { dicts, cityName, provinceName, label, NOTICE_STATUS, CHANNEL, TEMPLATE } from '../labels.js';
import { canDecide } from '../session.js';
import { render } from '../router.js';

export async function supplierPage({ id }, q, alive) {
  const main = layout('suppliers', '供应商详情');
  const loaded = await pageData(main, alive, () => Promise.all([api.get('/api/staff/suppliers/' + id), dicts()]));
  if (!loaded) return;
  const [s, d] = loaded;
  main.dataset.id = String(id);
  add(main, 
    h('div', { class: 'panel head' },
      h('a', { href: '/console/suppliers', 'data-link': true, class: 'back', text: '← 返回审核队列' }),
      h('h2', { 'data-testid': 'supplier-name', text: s.companyName || '（未填写名称）' }),
      h('p', {},
        h('span', { class: 'badge status-' + s.status, 'data-testid': 'supplier-status', 'data-status': s.status, text: s.statusLabel }),
        s.reviewDueOn && s.status === 'PENDING_REVIEW' ? h('span', { class: 'muted' }, ' 审核到期日 ', fmtDate(s.reviewDueOn)) : null,
        s.reviewScope ? h('span', { class: 'muted' }, ' · 审核方 ', cityName(d, s.reviewScope)) : null),
      s.lastReason ? h('p', { class: 'muted' }, '最近一次理由：', s.lastReason) : null),
    s.status === 'PENDING_REVIEW' && canDecide(s.reviewScope) ? decisionPanel(s) : null,
    h('div', { class: 'columns' },
      h('div', { class: 'col' }, facts(s, d), cases(s, d), files(s)),
      h('div', { class: 'col' }, historyPanel(id), bindingsPanel(id), noticesPanel(id))));
}

function decisionPanel(s) {
  const reason = h('textarea', { id: 'decision-reason', rows: 3, maxlength: 500, 'data-testid': 'decision-reason',
    placeholder: '退回修改或不通过时必填，申请人会在通知中看到' });
  const error = errorLine('decision-error');
  const decide = (action, text, needsReason) => async (e) => {
    // Captured now: after the confirm dialog the event is over and currentTarget is null.
    const button = e.currentTarget;
    error.show('');
    const why = reason.value.trim();
    if (needsReason && !why) {
      error.show('请填写' + text + '的理由');
      reason.focus();
      return;
    }
    if (action !== 'approve' && !(await confirmDialog({ title: '确认' + text, text: `确定将“${s.companyName}”${text}吗？` }))) return;
    await busy(button, async () => {
      try {
        await api.post(`/api/staff/suppliers/${s.id}/${action}`, { reason: why || null, version: s.version });
        toast('已' + text);
        render();
      } catch (err) {
        error.show(err.field('reason') || (err.status === 409 ? err.detail + '（请刷新页面查看最新状态）' : err.detail));
      }
    });
  };
  return h('section', { class: 'panel decision', 'data-testid': 'decision-panel' },
    h('h3', { text: '基本审核' }),
    h('label', { for: 'decision-reason', text: '审核意见 / 理由' }), reason, error,
    h('div', { class: 'actions' },
      h('button', { class: 'btn btn-primary', 'data-testid': 'decide-approve', onclick: decide('approve', '审核通过', false) }, '审核通过'),
      h('button', { class: 'btn btn-warn', 'data-testid': 'decide-return', onclick: decide('return', '退回修改', true) }, '退回修改'),
      h('button', { class: 'btn btn-danger', 'data-testid': 'decide-reject', onclick: decide('reject', '审核不通过', true) }, '不通过')));
}

function facts(s, d) {
  const industries = (s.industries || []).map((c) => {
    const i = d.industries.find((x) => x.code === c);
    return i ? `${c} ${i.name}` : c;
  }).join('、') || '—';
  const rows = [
    ['统一社会信用代码', s.creditCode], ['注册地', s.registrationCity ? cityName(d, s.registrationCity) : provinceName(d, s.registrationProvince)],
    ['法定代表人', s.legalRepresentative], ['成立日期', fmtDate(s.foundedOn)], ['服务覆盖广东', s.coversGuangdong ? '是' : '否'],
    ['广东团队', s.teamInGuangdong], ['知识产权', s.ipSummary], ['股权结构', s.equityStructure], ['业务方向', s.businessDirection],
    ['服务行业', industries], ['联络员', s.contactName], ['联络员手机', s.contactMobile], ['联络员邮箱', s.contactEmail],
    ['承诺与授权', (s.consentCommitments ? '已承诺' : '未承诺') + ' / ' + (s.consentPrivacy ? '已获隐私授权' : '未获隐私授权')],
    ['提交时间', fmtDateTime(s.submittedAt)], ['往期注册', s.legacyRegisteredOn ? fmtDate(s.legacyRegisteredOn) + (s.needsCompletion ? '（待补全）' : '') : '—'],
  ];
  return h('section', { class: 'panel', 'data-testid': 'supplier-facts' }, h('h3', { text: '登记信息' }),
    h('dl', { class: 'facts' }, rows.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v == null || v === '' ? '—' : String(v) })])));
}

function cases(s, d) {
  const list = s.cases || [];
  return h('section', { class: 'panel' }, h('h3', { text: `广东案例（${list.length}）` }),
    list.length ? h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ['客户', '行业', '年份', '简介'].map((t) => h('th', { text: t })))),
      h('tbody', {}, list.map((c) => h('tr', {}, h('td', { text: c.customer || '—' }), h('td', { text: c.industry || '—' }),
        h('td', { text: c.year || '—' }), h('td', { text: c.summary || '—' })))))
      : h('p', { class: 'muted', text: '未填写案例' }));
}

function files(s) {
  const list = s.files || [];
  return h('section', { class: 'panel', 'data-testid': 'supplier-files' }, h('h3', { text: `材料（${list.length}）` }),
    list.length ? h('ul', { class: 'plain' }, list.map((f) => h('li', { 'data-testid': 'supplier-file' },
      h('a', { href: `/api/staff/suppliers/${s.id}/files/${f.id}`, target: '_blank', rel: 'noopener', text: f.name }),
      h('span', { class: 'muted' }, ` ${f.kindLabel} · ${Math.ceil(f.sizeBytes / 1024)} KB · ${fmtDateTime(f.uploadedAt)}`))))
      : h('p', { class: 'muted', text: '未上传材料' }));
}

/** A panel that fills itself when its data arrives, so one slow list does not hold up the page. */
function lazyPanel(testid, title, load, draw) {
  const body = h('div', {}, h('p', { class: 'muted', text: '加载中…' }));
  const panel = h('section', { class: 'panel', 'data-testid': testid }, h('h3', { text: title }), body);
  const fill = () => load().then((data) => body.replaceChildren(draw(data, fill)))
    .catch((e) => body.replaceChildren(h('p', { class: 'error', text: e.detail || String(e) })));
  fill();
  return panel;
}

function historyPanel(id) {
  return lazyPanel('supplier-history', '审核历史', () => api.get(`/api/staff/suppliers/${id}/history`), (list) =>
    list.length ? h('ol', { class: 'timeline' }, list.slice().reverse().map((e) => h('li', { 'data-testid': 'history-entry' },
      h('strong', { text: e.actionLabel }), h('span', { class: 'muted' }, ' ', fmtDateTime(e.at), ' · ', e.actor || '—'),
      e.reason ? h('p', { text: '理由：' + e.reason }) : null,
      e.dueOn ? h('p', { class: 'muted', text: '审核到期日 ' + fmtDate(e.dueOn) }) : null)))
      : h('p', { class: 'muted', text: '暂无记录' }));
}

function bindingsPanel(id) {
  return lazyPanel('supplier-bindings', '已绑定的联络员微信', () => api.get(`/api/staff/suppliers/${id}/bindings`), (list) =>
    list.length ? h('ul', { class: 'plain' }, list.map((o) => h('li', { class: 'mono', 'data-testid': 'binding-item', text: o })))
      : h('p', { class: 'muted', text: '尚无绑定的微信，模板消息无人接收（短信仍发往联络员手机）。' }));
}

function noticesPanel(id) {
  return lazyPanel('notice-panel', '已发送的通知', () => api.get(`/api/staff/notices?supplierId=${id}`), (list, refill) => {
    if (!list.length) return h('p', { class: 'muted', 'data-testid': 'notice-empty', text: '暂无通知' });
    return h('table', { class: 'table', 'data-testid': 'notice-list' },
      h('thead', {}, h('tr', {}, ['通知', '渠道', '接收人', '状态', '时间', ''].map((t) => h('th', { text: t })))),
      h('tbody', {}, list.map((n) => {
        const error = errorLine('notice-error');
        const resend = n.status === 'FAILED' ? h('button', { class: 'btn btn-small', 'data-testid': 'notice-resend', onclick: (e) =>
          busy(e.currentTarget, async () => {
            try {
              await api.post(`/api/staff/notices/${n.id}/resend`);
              toast('已重新排队发送');
              refill();
            } catch (err) { error.show(err.detail); }
          }) }, '重发') : null;
        return h('tr', { 'data-testid': 'notice-item', 'data-id': n.id, 'data-status': n.status, 'data-template': n.templateKey },
          h('td', { text: label(TEMPLATE, n.templateKey) }),
          h('td', { text: label(CHANNEL, n.channel) }),
          h('td', { class: 'mono', text: n.recipient }),
          h('td', {}, h('span', { class: 'badge notice-' + n.status, 'data-testid': 'notice-status', text: label(NOTICE_STATUS, n.status) }),
            n.attempts > 1 ? h('span', { class: 'muted', text: ` 第 ${n.attempts} 次` }) : null,
            n.status === 'FAILED' && (n.lastCode || n.lastMessage) ? h('div', { class: 'error small', text: `${n.lastCode || ''} ${n.lastMessage || ''}` }) : null),
          h('td', { text: fmtDateTime(n.updatedAt || n.createdAt) }),
          h('td', {}, resend, error));
      })));
  });
}
