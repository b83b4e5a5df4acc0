// The applicant's pages (H5 in WeChat's browser): one shell, routed by the address.
//
// Routes (every one also opens directly: the server answers each /h5 path without an extension with the shell)
//   /h5/                            home: batch window, my suppliers and filings, bind form if none, FAQ box
//   /h5/bind                        bind this WeChat to a registered supplier (credit code → SMS code)
//   /h5/faq                         FAQ box alone
//   /h5/suppliers/new               register a supplier
//   /h5/suppliers/{id}              supplier stage, next step, timeline, actions (template messages link here)
//   /h5/suppliers/{id}/edit         edit a draft or returned registration, upload files, submit
//   /h5/suppliers/{id}/filings/new  new capability filing in the open batch
//   /h5/suppliers/{id}/changes      change requests of a pool member
//   /h5/filings                     all my filings
//   /h5/filings/{id}                filing stage, defense invitation, timeline (template messages link here)
//   /h5/filings/{id}/edit           edit a draft or returned filing, upload files, submit
//
// Stable hooks for browser tests (data-testid; the ones marked # are also element ids):
//   app, page-title, back-link, toast, dialog, dialog-ok, dialog-cancel, dialog-input, stage-badge, next-step, next-step-text, next-step-by
//   home: home-suppliers, home-supplier-item (data-id, data-status), home-filings, home-filing-item (data-id, data-status),
//         home-new-supplier #, home-bind, batch-window (data-state OPEN|UPCOMING|NONE), batch-days-left, batch-days-to-open
//   bind: bind-credit-code #, bind-credit-code-error, bind-send-code #, bind-masked-mobile #, bind-code #, bind-code-error,
//         bind-submit #, bind-error, bind-done
//   supplier form (prefix sf): sf-<field> # for companyName creditCode registrationProvince registrationCity legalRepresentative
//         foundedOn coversGuangdong teamInGuangdong ipSummary contactName contactMobile contactEmail consentCommitments
//         consentPrivacy; sf-<field>-error for each and for industries, cases, files; sf-industries-search, sf-industry-option
//         (data-code), sf-industry-chip, sf-add-case, sf-case, sf-cases-<i>-customer|industry|year|summary, sf-remove-case,
//         sf-file-kind, sf-file-input #, sf-upload-progress, sf-upload-percent, sf-file-item, sf-file-delete,
//         supplier-save #, supplier-submit #, supplier-form-error
//   supplier page: supplier-stage, supplier-edit, supplier-new-filing, supplier-withdraw, supplier-reopen, supplier-changes,
//         supplier-last-reason, supplier-filing-item
//   filing form (prefix ff): ff-category-<CODE>, ff-direction-<CODE> (the labels to tap; WeUI hides the inputs, ids ff-category-<CODE>…), ff-productName # (and the other fields), ff-<field>-error,
//         ff-file-input #, ff-upload-progress, ff-file-item, filing-save #, filing-submit #, filing-form-error, filing-limit-reached
//   filing page: filing-stage, filing-edit, filing-withdraw, filing-last-reason, publicity-dates, defense-card (data-response),
//         defense-day, defense-time, defense-order, defense-venue, defense-address, defense-confirm #, defense-reschedule #,
//         defense-confirmed, defense-reschedule-requested
//   timeline: timeline, timeline-entry (data-action, data-to), timeline-head, timeline-reason
//   change requests: change-form, cr-kind, cr-newValue, cr-explanation, change-submit, change-list, change-item (data-id)
//   FAQ: faq-input #, faq-submit #, faq-answer # (data-confident), faq-suggestion

import { route, fallback, start } from './router.js';
import { h, mount, pageHead, link } from './dom.js';
import { homePage } from './pages/home.js';
import { bindPage } from './pages/bind.js';
import { supplierFormPage } from './pages/supplier-form.js';
import { supplierDetailPage } from './pages/supplier-detail.js';
import { filingFormPage } from './pages/filing-form.js';
import { filingDetailPage } from './pages/filing-detail.js';
import { filingsPage } from './pages/filings.js';
import { changesPage } from './pages/changes.js';
import { faqBox } from './widgets/faq.js';

/** A page that failed to load says why and offers a way on, instead of a blank screen. */
function guarded(page) {
  return async (root, ...args) => {
    try {
      await page(root, ...args);
    } catch (e) {
      if (e.status === 401) return;
      const missing = e.status === 404;
      document.title = missing ? '未找到' : '加载失败';
      mount(root, pageHead(missing ? '未找到' : '加载失败', null, { href: '/h5/', text: '首页' }),
        h('div', { class: 'weui-msg', 'data-testid': missing ? 'not-found' : 'load-error' },
          h('div', { class: 'weui-msg__icon-area' }, h('i', { class: (missing ? 'weui-icon-info' : 'weui-icon-warn') + ' weui-icon_msg' })),
          h('div', { class: 'weui-msg__text-area' }, h('p', { class: 'weui-msg__desc', text: missing ? '该记录不存在，或未与您的微信绑定。' : (e.detail || e.message) })),
          h('div', { class: 'weui-msg__opr-area' }, missing ? link('/h5/', { class: 'weui-btn weui-btn_primary' }, '返回首页')
            : h('button', { type: 'button', class: 'weui-btn weui-btn_primary', onclick: () => location.reload() }, '重试'))));
    }
  };
}

route('/h5/', guarded(homePage));
route('/h5/bind', guarded(bindPage));
route('/h5/faq', guarded(async (root) => {
  mount(root, pageHead('申报问答', '按 2021 年申报通知原文回答', { href: '/h5/', text: '首页' }), faqBox());
  document.title = '申报问答';
}));
route('/h5/suppliers/new', guarded(supplierFormPage));
route('/h5/suppliers/:id', guarded(supplierDetailPage));
route('/h5/suppliers/:id/edit', guarded(supplierFormPage));
route('/h5/suppliers/:id/filings/new', guarded(filingFormPage));
route('/h5/suppliers/:id/changes', guarded(changesPage));
route('/h5/filings', guarded(filingsPage));
route('/h5/filings/:id', guarded(filingDetailPage));
route('/h5/filings/:filingId/edit', guarded(filingFormPage));
fallback((root) => {
  mount(root, pageHead('页面不存在', null, { href: '/h5/', text: '首页' }), h('div', { class: 'empty', 'data-testid': 'not-found' }, '该页面不存在。'));
  document.title = '页面不存在';
});

start();
