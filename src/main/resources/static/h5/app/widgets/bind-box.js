// Binding this WeChat to a registered supplier: credit code → SMS code to the contact mobile on record → bound.

import { h, busy } from '../dom.js';
import { post, IdempotencyKey } from '../api.js';
import { creditCodeProblem } from '../creditcode.js';
import { errorSlot, showErrors, clearErrors, generalError, clearOnInput } from '../fields.js';

/** @param onBound ({supplierId, companyName}) => void */
export function bindBox(onBound) {
  const cc = h('input', { class: 'weui-input', id: 'bind-credit-code', 'data-testid': 'bind-credit-code', maxlength: 18, placeholder: '18 位，见营业执照', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', 'aria-describedby': 'err-bind-creditCode' });
  const send = h('button', { type: 'button', class: 'vcode-btn', id: 'bind-send-code', 'data-testid': 'bind-send-code' }, '获取验证码');
  const code = h('input', { class: 'weui-input', id: 'bind-code', 'data-testid': 'bind-code', maxlength: 6, inputmode: 'numeric', autocomplete: 'one-time-code', placeholder: '6 位短信验证码', 'aria-describedby': 'err-bind-code' });
  const sentTo = h('div', { class: 'hint', style: 'padding:8px 16px', id: 'bind-masked-mobile', 'data-testid': 'bind-masked-mobile', hidden: true });
  const submit = h('button', { type: 'submit', class: 'weui-btn weui-btn_primary', id: 'bind-submit', 'data-testid': 'bind-submit' }, '绑定');
  const idem = new IdempotencyKey();
  let timer = null;

  const form = h('form', { 'data-testid': 'bind-form', novalidate: true },
    h('div', { class: 'weui-cells weui-cells_form' },
      h('div', { class: 'weui-cell weui-cell_active weui-cell_vcode', 'data-field': 'creditCode' },
        h('div', { class: 'weui-cell__hd' }, h('label', { class: 'weui-label', for: 'bind-credit-code', text: '信用代码' })),
        h('div', { class: 'weui-cell__bd vcode-row' }, cc)),
      errorSlot('creditCode', 'bind'),
      h('div', { class: 'weui-cell weui-cell_active weui-cell_vcode', 'data-field': 'code' },
        h('div', { class: 'weui-cell__hd' }, h('label', { class: 'weui-label', for: 'bind-code', text: '验证码' })),
        h('div', { class: 'weui-cell__bd vcode-row' }, code, send)),
      errorSlot('code', 'bind')),
    sentTo, generalError('bind-error'),
    h('div', { class: 'btn-row' }, submit));
  // The credit code check character's error keeps its own id too (bind-credit-code-error) for browser tests.
  form.querySelector('[data-error-for="creditCode"]').setAttribute('data-testid', 'bind-credit-code-error');
  form.querySelector('[data-error-for="code"]').setAttribute('data-testid', 'bind-code-error');

  const normalized = () => cc.value.trim().toUpperCase();
  cc.addEventListener('blur', () => {
    if (cc.value) cc.value = normalized();
    const p = cc.value ? creditCodeProblem(cc.value) : null;
    if (p) showErrors(form, [{ field: 'creditCode', message: p }]);
  });
  clearOnInput(form, cc, 'creditCode');
  clearOnInput(form, code, 'code');

  function countdown(seconds) {
    clearInterval(timer);
    let left = seconds;
    send.disabled = true;
    const tick = () => {
      if (!send.isConnected || left <= 0) { clearInterval(timer); send.disabled = false; send.textContent = '重新获取'; return; }
      send.textContent = left + ' 秒后重新获取';
      left -= 1;
    };
    tick();
    timer = setInterval(tick, 1000);
  }

  send.addEventListener('click', async () => {
    if (send.disabled) return;
    cc.value = normalized();
    const p = creditCodeProblem(cc.value);
    if (p) { showErrors(form, [{ field: 'creditCode', message: p }]); cc.focus(); return; }
    clearErrors(form);
    send.disabled = true;
    send.textContent = '发送中…';
    try {
      const r = await post('/api/applicant/bindings/code', { creditCode: cc.value });
      sentTo.textContent = '验证码已发送至企业联络员手机 ' + r.maskedMobile + '，' + Math.round(r.validSeconds / 60) + ' 分钟内有效。';
      sentTo.hidden = false;
      countdown(r.resendAfterSeconds || 60);
      code.focus();
    } catch (e) {
      const wait = /(\d+)\s*秒后重试/.exec(e.detail || '');
      if (wait) countdown(Number(wait[1])); else { send.disabled = false; send.textContent = '获取验证码'; }
      showErrors(form, e.errors.length ? e.errors : e.status === 404 || e.status === 409 ? [{ field: 'creditCode', message: e.detail }] : [], e.detail);
    }
  });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    cc.value = normalized();
    const problems = [];
    const p = creditCodeProblem(cc.value);
    if (p) problems.push({ field: 'creditCode', message: p });
    if (!/^\d{6}$/.test(code.value.trim())) problems.push({ field: 'code', message: '请输入短信中的 6 位验证码' });
    if (problems.length) { showErrors(form, problems); return; }
    await busy(submit, async () => {
      try {
        const r = await post('/api/applicant/bindings', { creditCode: cc.value, code: code.value.trim() }, { idem });
        clearInterval(timer);
        form.replaceChildren(h('div', { class: 'weui-msg', 'data-testid': 'bind-done' },
          h('div', { class: 'weui-msg__icon-area' }, h('i', { class: 'weui-icon-success weui-icon_msg' })),
          h('div', { class: 'weui-msg__text-area' }, h('h2', { class: 'weui-msg__title', text: '绑定成功' }), h('p', { class: 'weui-msg__desc', text: r.companyName }))));
        onBound(r);
      } catch (e) {
        showErrors(form, e.errors.length ? e.errors : e.status === 404 || e.status === 409 ? [{ field: 'creditCode', message: e.detail }] : [], e.detail);
      }
    });
  });

  return form;
}
