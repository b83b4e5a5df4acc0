// Form cells in WeUI's look, each with an error line under it that the page's own checks and the
// server's field errors (problem details "errors": [{field, message}]) both write to.

import { h } from './dom.js';

/** The error line of a field: id err-<field>, data-testid <prefix>-<field>-error. */
export function errorSlot(field, prefix) {
  return h('div', { class: 'field-error', id: 'err-' + prefix + '-' + field, 'data-error-for': field, 'data-testid': prefix + '-' + field + '-error', role: 'alert', 'aria-live': 'polite' });
}

function inputAttrs(name, prefix, o) {
  return { id: prefix + '-' + name, name, 'data-testid': prefix + '-' + name, placeholder: o.placeholder || '', maxlength: o.max || null, inputmode: o.inputmode || null, autocomplete: o.autocomplete || 'off', 'aria-describedby': 'err-' + prefix + '-' + name };
}

export function textCell(name, label, prefix, o = {}) {
  const input = h('input', { class: 'weui-input', type: o.type || 'text', value: o.value ?? '', ...inputAttrs(name, prefix, o) });
  const cell = h('div', { class: 'weui-cell weui-cell_active', 'data-field': name },
    h('div', { class: 'weui-cell__hd' }, h('label', { class: 'weui-label' + (o.required ? ' req' : ''), for: input.id, text: label })),
    h('div', { class: 'weui-cell__bd' }, input));
  return { cell: [cell, errorSlot(name, prefix)], input };
}

export function areaCell(name, label, prefix, o = {}) {
  const input = h('textarea', { class: 'weui-textarea', rows: o.rows || 3, ...inputAttrs(name, prefix, o) });
  input.value = o.value ?? '';
  const counter = o.max ? h('div', { class: 'counter' }) : null;
  const count = () => { if (counter) counter.textContent = input.value.length + '/' + o.max; };
  input.addEventListener('input', count);
  count();
  const cell = h('div', { class: 'weui-cell cell-stack', 'data-field': name },
    h('label', { class: 'weui-label' + (o.required ? ' req' : ''), for: input.id, text: label }),
    input, counter, o.hint ? h('div', { class: 'hint', text: o.hint }) : null);
  return { cell: [cell, errorSlot(name, prefix)], input };
}

export function selectCell(name, label, prefix, options, o = {}) {
  const input = h('select', { class: 'weui-select', ...inputAttrs(name, prefix, o) },
    h('option', { value: '', text: o.placeholder || '请选择' }),
    options.map((x) => h('option', { value: x.value, text: x.label })));
  input.value = o.value ?? '';
  const cell = h('div', { class: 'weui-cell weui-cell_active weui-cell_select weui-cell_select-after', 'data-field': name },
    h('div', { class: 'weui-cell__hd' }, h('label', { class: 'weui-label' + (o.required ? ' req' : ''), for: input.id, text: label })),
    h('div', { class: 'weui-cell__bd' }, input));
  return { cell: [cell, errorSlot(name, prefix)], input };
}

export function agreeCell(name, text, prefix, o = {}) {
  const input = h('input', { type: 'checkbox', class: 'weui-agree__checkbox', id: prefix + '-' + name, name, 'data-testid': prefix + '-' + name, checked: !!o.value });
  const cell = h('label', { class: 'weui-agree', for: input.id, 'data-field': name, style: 'display:block;padding:8px 16px' },
    input, h('span', { class: 'weui-agree__text', style: 'margin-left:4px' }, text));
  return { cell: [cell, errorSlot(name, prefix)], input };
}

/** The slot for a field error: exact name, else its parent ("cases[0].year" → "cases[0]" → "cases"). */
function slotFor(root, field) {
  let f = field;
  while (f) {
    const el = root.querySelector('[data-error-for="' + CSS.escape(f) + '"]');
    if (el) return el;
    const cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
    f = cut > 0 ? f.slice(0, cut) : '';
  }
  return null;
}

export function clearErrors(root, field) {
  const slots = field ? [slotFor(root, field)] : root.querySelectorAll('.field-error');
  for (const el of slots) {
    if (!el) continue;
    el.textContent = '';
    el.classList.remove('is-shown');
    const cell = el.previousElementSibling;
    if (cell) cell.classList.remove('has-error');
  }
  if (!field) {
    const general = root.querySelector('.general-error');
    if (general) { general.textContent = ''; general.classList.remove('is-shown'); }
  }
}

/**
 * Writes each problem under its field and scrolls to the first; problems with no field on the page
 * (and the detail of an error without field errors) go to the form's general error box.
 */
export function showErrors(root, problems, detail) {
  clearErrors(root);
  let first = null;
  const loose = [];
  for (const p of problems) {
    const el = p.field ? slotFor(root, p.field) : null;
    if (!el) { loose.push(p.message); continue; }
    el.textContent = el.textContent ? el.textContent + '；' + p.message : p.message;
    el.classList.add('is-shown');
    if (el.previousElementSibling) el.previousElementSibling.classList.add('has-error');
    if (!first) first = el;
  }
  const general = root.querySelector('.general-error');
  const text = loose.length ? loose.join('；') : (!first && detail ? detail : '');
  if (general && text) {
    general.textContent = text;
    general.classList.add('is-shown');
    if (!first) first = general;
  }
  if (first) {
    const target = first.previousElementSibling || first;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  return first != null;
}

export function generalError(testid) {
  return h('div', { class: 'general-error', role: 'alert', 'data-testid': testid });
}

/** Clears a field's error as soon as the applicant changes it. */
export function clearOnInput(root, input, field) {
  const clear = () => clearErrors(root, field);
  input.addEventListener('input', clear);
  input.addEventListener('change', clear);
}
