// The staff console: one shell, routed by the address. Everything shown comes from /api/staff with
// the server's role and city rules; the pages only hide what a role cannot use.
//
// data-testids for browser tests (keep stable):
//   filings bulk: bulk-prelim, filing-pick (data-id), bulk-reason, bulk-pass, bulk-fail, bulk-error
//   menus:        menu-item (data-name), menu-valid, menu-problems, menu-publish, menu-publish-result (data-published), menu-publish-error
//   templates:    template-item (data-key), template-preview-button, template-preview, template-preview-error
//   sign-in:      login-form, login-username, login-password, login-submit, login-error (data-status = HTTP status)
//   frame:        nav-dashboard, nav-suppliers, nav-filings, nav-defense, nav-onsite, nav-publicity, nav-pool, nav-broadcasts, nav-policy, nav-templates, nav-menus, nav-accounts, nav-audit, nav-settings,
//                 current-user, current-city, signout, page-<key> (the content element), page-error, toast
//   dashboard:    kpi-pending, kpi-overdue, kpi-due-today, kpi-decided, chart-supplier-funnel, chart-supplier-city,
//                 chart-ontime (data-value = percent), chart-filing-stage, chart-filing-category, chart-notices,
//                 notices-failed, exports, export-supplier-status, export-supplier-city, export-suppliers,
//                 export-filing-status, export-filing-category, export-filing-city, export-filings
//                 (every chart: data-count; each bar g.bar has data-label and data-value; empty charts data-empty)
//   queue:        queue-status, queue-city, queue-summary, queue-table, queue-row (data-id, data-overdue,
//                 data-due-today), queue-empty, pager, export-suppliers
//   supplier:     supplier-name, supplier-status (data-status), decision-panel, decision-reason, decide-approve,
//                 decide-return, decide-reject, decision-error, confirm-dialog(-ok/-cancel), supplier-facts,
//                 supplier-files, supplier-file, supplier-history, history-entry, supplier-bindings, binding-item,
//                 notice-panel, notice-list, notice-item (data-id, data-status, data-template), notice-status,
//                 notice-resend, notice-error, notice-empty
//   broadcasts:   broadcast-new, broadcast-list, broadcast-row (data-id), monthly-mass; compose (/console/broadcasts/new):
//                 broadcast-form, bc-kind, bc-title, bc-body, bc-link, bc-audience (all|tag|filter), bc-tag, bc-filters,
//                 bc-city, bc-supplier-status, bc-filing-status, bc-supplier-ids, bc-<field>-error, bc-error, bc-create;
//                 one broadcast (/console/broadcasts/{id}): broadcast-status (data-status), broadcast-send-panel,
//                 broadcast-preview-to, broadcast-preview, broadcast-preview-error, broadcast-preview-result,
//                 broadcast-at, broadcast-send, send-dialog(-ok/-cancel), over-limit-dialog(-ok/-cancel),
//                 broadcast-send-error, broadcast-cancel, broadcast-progress (role=progressbar, aria-valuenow = percent
//                 with an outcome; data-sent (sent + delivered), data-delivered, data-failed, data-pending, data-total),
//                 broadcast-progress-text, broadcast-recipients, broadcast-recipient (data-status)
//   filings:      filings-batch, filings-category, filings-direction, filings-city, filings-status, filings-counts,
//                 filings-table, filing-row (data-id, data-status), filings-empty, export-filings; one filing:
//                 filing-name, filing-status (data-status), filing-decision, filing-reason, prelim-pass, prelim-fail,
//                 filing-return, filing-decision-error, filing-facts, filing-file, filing-history, filing-history-entry,
//                 filing-notices, filing-notice-list, notice-item, notice-resend
//   defense:      defense-new (details) with def-batch, def-day (YYYY-MM-DD), def-starts, def-ends (HH:MM), def-venue,
//                 def-address, def-capacity, def-create, def-error; defense-batch, defense-list, defense-row (data-id),
//                 defense-empty; one session (/console/defense/{id}): defense-facts (data-id), defense-day, defense-assigned,
//                 defense-invitees, invitee-row (data-id = filing, data-status, data-response, data-outcome; NONE when empty),
//                 invitee-status, invitee-response, invitee-outcome (PASSED|FAILED|NO_SHOW), invitee-reason,
//                 invitee-record, invitee-error, invitee-outcome-done, invitees-empty; defense-assign, assign-row
//                 (data-id = filing), assign-pick, assign-order, assign-slot-start, assign-slot-end, assign-submit,
//                 assign-error, assign-empty
//   onsite:       onsite-batch, onsite-new, onsite-eligible, onsite-mode (COUNT|PERCENT), onsite-amount,
//                 onsite-per-category, onsite-run, onsite-confirm(-ok/-cancel), onsite-error; a draw: onsite-record
//                 (data-id), onsite-seed (exact decimal text), onsite-server-reproduced (data-reproduced),
//                 onsite-candidates, onsite-group (data-group), onsite-candidate (data-id), onsite-selected,
//                 onsite-selected-row (data-id, data-status), onsite-reason, onsite-pass, onsite-fail,
//                 onsite-result-error, onsite-verify ("按种子复核"), onsite-verify-result (data-match)
//   publicity:    publicity-batch, publicity-new (details), publicity-pick (data-id), pub-starts, pub-days, pub-open,
//                 pub-error, publicity-ready-empty, publicity-empty; a period: publicity (data-id, data-published),
//                 publicity-period, publicity-ends, publicity-published, publicity-filings, publicity-filing (data-id,
//                 data-status), objection (data-id, data-resolution = OPEN|UPHELD|DISMISSED), objection-resolution,
//                 objection-note, objection-dismiss, objection-uphold, objection-error, objection-new (details),
//                 objection-by, objection-content, objection-raise, objection-raise-error, publicity-publish,
//                 publish-dialog(-ok/-cancel), publicity-publish-error
//   pool:         member-status, member-list, member-row (data-id, data-status = ACTIVE|ELIMINATED), member-reason,
//                 member-eliminate, eliminate-dialog(-ok/-cancel), member-error, member-empty; change-status, change-list,
//                 change-row (data-id, data-status = PENDING|APPROVED|REJECTED), change-file, change-reason,
//                 change-approve, change-reject, change-error, change-empty
//   policy:       policy-try, policy-try-input, policy-try-submit, policy-try-answer, policy-try-confident (data-confident),
//                 policy-try-why, policy-try-read-as, policy-try-meaning; for a message answered in parts instead, per question:
//                 policy-try-part with policy-try-part-read-as, policy-try-part-meaning,
//                 policy-try-error, policy-new (details) with policy-new-topic/-title/-answer/-source/-questions/-save/-error,
//                 policy-entries, policy-entry (data-id, data-enabled), policy-entry-toggle, policy-edit (details per row)
//                 with policy-edit-topic/-title/-answer/-source/-questions/-save/-error
//   admin:        account-new, acc-username, acc-display-name, acc-role, acc-city, acc-password, acc-email, acc-mobile,
//                 acc-create, acc-error, account-list, account-row (data-id, data-enabled), account-toggle, account-contact,
//                 account-contact-edit (details), account-contact-email, account-contact-mobile, account-contact-save,
//                 account-contact-error;
//                 audit-actor, audit-search, audit-list, audit-row
//   settings:     holidays, holiday-year, holiday-load, holiday-empty, holiday-list, holiday-row, holiday-day, holiday-kind
//                 (OFF|WORK), holiday-name, holiday-remove, holiday-add, holiday-save, holiday-error; failure-setting,
//                 notify-failures (checkbox), notify-failures-save, notify-failures-error; recorded-messages,
//                 recorded-list, recorded-row (data-channel), recorded-empty, recorded-error
import { route, fallback, start, navigate } from './router.js';
import { load, current, remember } from './session.js';
import { onUnauthorized } from './api.js';
import { h, add } from './dom.js';
import { layout } from './layout.js';
import { signInPage } from './pages/signin.js';
import { dashboardPage } from './pages/dashboard.js';
import { queuePage } from './pages/queue.js';
import { supplierPage } from './pages/supplier.js';
import { broadcastsPage, composePage } from './pages/broadcasts.js';
import { broadcastPage } from './pages/broadcast.js';
import { filingsPage, filingPage } from './pages/filings.js';
import { accountsPage, auditPage } from './pages/admin.js';
import { policyPage } from './pages/policy.js';
import { menusPage, templatesPage } from './pages/wechat.js';
import { defenseSessionsPage, defenseSessionPage } from './pages/defense.js';
import { onsitePage } from './pages/onsite.js';
import { publicityPage } from './pages/publicity.js';
import { poolPage } from './pages/pool.js';
import { settingsPage } from './pages/settings.js';

function toSignIn() {
  const here = location.pathname + location.search;
  navigate('/console/login' + (here.startsWith('/console/login') ? '' : '?next=' + encodeURIComponent(here)), { replace: true });
}

/** Pages behind sign-in: without a session the sign-in page shows, and comes back here after. */
function signedIn(page) {
  return (params, q, alive) => (current() ? page(params, q, alive) : toSignIn());
}

onUnauthorized(() => {
  remember(null);
  toSignIn();
});

route('/console/login', signInPage);
route('/console/', signedIn(dashboardPage));
route('/console/suppliers', signedIn(queuePage));
route('/console/suppliers/:id', signedIn(supplierPage));
route('/console/broadcasts', signedIn(broadcastsPage));
route('/console/broadcasts/new', signedIn(composePage));
route('/console/broadcasts/:id', signedIn(broadcastPage));
route('/console/filings', signedIn(filingsPage));
route('/console/filings/:id', signedIn(filingPage));
route('/console/defense', signedIn(defenseSessionsPage));
route('/console/defense/:id', signedIn(defenseSessionPage));
route('/console/onsite', signedIn(onsitePage));
route('/console/publicity', signedIn(publicityPage));
route('/console/pool', signedIn(poolPage));
route('/console/policy', signedIn(policyPage));
route('/console/templates', signedIn(templatesPage));
route('/console/menus', signedIn(menusPage));
route('/console/accounts', signedIn(accountsPage));
route('/console/audit', signedIn(auditPage));
route('/console/settings', signedIn(settingsPage));
fallback(signedIn(() => {
  add(layout('not-found', '页面不存在'), h('p', { class: 'panel', 'data-testid': 'not-found' }, '没有这个页面。',
    h('a', { href: '/console/', 'data-link': true, text: '回到总览' })));
}));

load().then(start).catch((e) => {
  document.getElementById('app').replaceChildren(h('p', { class: 'panel error-panel', role: 'alert',
    text: '管理后台暂时无法连接服务：' + (e.detail || e.message) }));
});
