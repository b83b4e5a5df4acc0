// Element building without innerHTML: every server string goes in as text, so nothing an applicant
// typed (a company name, a reason) can run in a reviewer's browser.

const SVG = 'http://www.w3.org/2000/svg';

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** The same for SVG, whose elements live in their own namespace. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'disabled' || k === 'selected') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Appends children, skipping null and false (the native append would print "null"). */
export function add(el, ...children) {
  append(el, children);
  return el;
}

export function mount(root, ...children) {
  root.replaceChildren();
  append(root, children);
}

/** Runs a button's action once at a time: disabled and marked busy until it ends (no double decisions). */
export async function busy(button, action) {
  if (button.disabled) return undefined;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

export function toast(text, kind = 'ok') {
  const el = h('div', { class: 'toast toast-' + kind, role: 'status', 'data-testid': 'toast', text });
  document.body.append(el);
  setTimeout(() => el.remove(), 2500);
}

/** A modal confirm; resolves true for the primary button. */
export function confirmDialog({ title, text, ok = '确定', cancel = '取消', testid = 'confirm-dialog' }) {
  return new Promise((resolve) => {
    const close = (v) => { mask.remove(); resolve(v); };
    const okBtn = h('button', { class: 'btn btn-primary', 'data-testid': testid + '-ok', onclick: () => close(true) }, ok);
    const mask = h('div', { class: 'modal-mask' },
      h('div', { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-label': title, 'data-testid': testid },
        h('h3', { text: title }),
        h('p', { text }),
        h('div', { class: 'modal-actions' },
          h('button', { class: 'btn', 'data-testid': testid + '-cancel', onclick: () => close(false) }, cancel), okBtn)));
    document.body.append(mask);
    okBtn.focus();
  });
}

/** An inline error line next to an action or a field; empty hides it. */
export function errorLine(testid) {
  const el = h('p', { class: 'error', role: 'alert', 'data-testid': testid, hidden: true });
  el.show = (text) => { el.textContent = text || ''; el.hidden = !text; };
  return el;
}

export function fmtDateTime(v) {
  if (!v) return '—';
  return String(v).replace('T', ' ').slice(0, 16);
}

export function fmtDate(v) {
  return v ? String(v).slice(0, 10) : '—';
}
