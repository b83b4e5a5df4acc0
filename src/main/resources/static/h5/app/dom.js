// Element building without innerHTML: every server string goes in as text, so nothing a user typed can run.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'disabled' || k === 'selected' || k === 'multiple') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function mount(root, ...children) {
  root.replaceChildren();
  append(root, children);
}

/** Runs an action from a button once at a time: the button is disabled and shows a spinner until it ends. */
export async function busy(button, action) {
  if (button.disabled) return undefined;
  const label = button.textContent;
  button.disabled = true;
  button.classList.add('weui-btn_disabled');
  button.setAttribute('aria-busy', 'true');
  button.replaceChildren(h('span', { class: 'spinner' }), label);
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.classList.remove('weui-btn_disabled');
    button.removeAttribute('aria-busy');
    button.textContent = label;
  }
}

export function toast(text, kind = 'success') {
  const icon = kind === 'success' ? h('i', { class: 'weui-icon-success-no-circle weui-icon_toast' }) : null;
  const el = h('div', { role: 'alert', 'data-testid': 'toast' },
    h('div', { class: 'weui-mask_transparent' }),
    h('div', { class: 'weui-toast' + (icon ? '' : ' weui-toast_text') }, icon, h('p', { class: 'weui-toast__content', text })));
  document.body.append(el);
  setTimeout(() => el.remove(), icon ? 1500 : 2500);
}

/** A WeUI dialog; resolves true for the primary button. {input} adds a textarea and resolves its text. */
export function dialog({ title, text, ok = '确定', cancel = '取消', input = null, warn = false }) {
  return new Promise((resolve) => {
    let area = null;
    if (input) {
      area = h('textarea', { class: 'weui-textarea', rows: 3, maxlength: input.max || 500, placeholder: input.placeholder || '', 'data-testid': 'dialog-input', style: 'border:1px solid #e5e5e5;border-radius:4px;padding:6px;margin-top:8px;text-align:left' });
    }
    const close = (v) => { wrap.remove(); resolve(v); };
    const wrap = h('div', { role: 'dialog', 'aria-modal': 'true', 'data-testid': 'dialog' },
      h('div', { class: 'weui-mask' }),
      h('div', { class: 'weui-dialog' },
        title ? h('div', { class: 'weui-dialog__hd' }, h('strong', { class: 'weui-dialog__title', text: title })) : null,
        h('div', { class: 'weui-dialog__bd', style: 'white-space:pre-wrap' }, text || '', area),
        h('div', { class: 'weui-dialog__ft' },
          cancel ? h('a', { href: 'javascript:;', role: 'button', class: 'weui-dialog__btn weui-dialog__btn_default', 'data-testid': 'dialog-cancel', onclick: () => close(input ? null : false) }, cancel) : null,
          h('a', { href: 'javascript:;', role: 'button', class: 'weui-dialog__btn ' + (warn ? 'weui-dialog__btn_warn' : 'weui-dialog__btn_primary'), 'data-testid': 'dialog-ok', onclick: () => {
            if (input && input.required && !area.value.trim()) { area.focus(); return; }
            close(input ? area.value.trim() : true);
          } }, ok))));
    document.body.append(wrap);
    if (area) area.focus();
  });
}

export function alertError(err) {
  return dialog({ title: err.title || '出错了', text: err.detail || err.message || '请稍后重试。', cancel: null, ok: '知道了' });
}

export function loading() {
  return h('div', { class: 'page-loading' }, h('span', { class: 'weui-primary-loading' }, h('i', { class: 'weui-primary-loading__dot' })), ' 加载中…');
}

export function badge(kind, text, testid = 'stage-badge') {
  return h('span', { class: 'badge badge_' + kind, 'data-testid': testid }, text);
}

export function kv(k, v, testid) {
  if (v == null || v === '') return null;
  return h('div', { class: 'kv' }, h('span', { class: 'kv__k', text: k }), h('span', { class: 'kv__v', 'data-testid': testid || null }, v));
}

export function link(href, attrs, ...children) {
  return h('a', { href, 'data-link': '', ...attrs }, ...children);
}

export function pageHead(title, desc, back) {
  return [
    back ? link(back.href, { class: 'back-link', 'data-testid': 'back-link' }, '‹ ' + back.text) : null,
    h('div', { class: 'page-hd' }, h('h1', { class: 'page-hd__title', 'data-testid': 'page-title', text: title }), desc ? h('div', { class: 'page-hd__desc' }, desc) : null),
  ];
}
