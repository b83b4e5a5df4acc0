// 1–3 GB/T 4754-2011 manufacturing major categories, or 全行业 alone, chosen from a searchable list.

import { h } from '../dom.js';

const ALL = 'ALL';

export function industryPicker(industries, selected, onChange) {
  let chosen = [...selected];
  const chips = h('div', { class: 'chips', 'data-testid': 'sf-industries-selected' });
  const search = h('input', { class: 'weui-input', type: 'search', id: 'sf-industries-search', 'data-testid': 'sf-industries-search', placeholder: '搜索行业名称或代码，如 塑料、29', 'aria-label': '搜索行业' });
  const list = h('div', { class: 'picker-list', role: 'listbox', 'aria-multiselectable': 'true', 'data-testid': 'sf-industries-list' });
  const note = h('div', { class: 'hint', style: 'padding:4px 16px' });

  function toggle(code) {
    if (chosen.includes(code)) chosen = chosen.filter((c) => c !== code);
    else if (code === ALL) chosen = [ALL];
    else chosen = chosen.filter((c) => c !== ALL).concat(code);
    draw();
    onChange(chosen);
  }

  function draw() {
    const name = (code) => (industries.find((i) => i.code === code) || { name: code }).name;
    chips.replaceChildren(...chosen.map((c) => h('button', { type: 'button', class: 'chip', 'data-testid': 'sf-industry-chip', 'data-code': c, onclick: () => toggle(c), 'aria-label': '移除 ' + name(c) },
      (c === ALL ? '' : c + ' ') + name(c), h('span', { class: 'chip__x', text: '×' }))));
    if (!chosen.length) chips.append(h('span', { class: 'hint', text: '尚未选择' }));
    const q = search.value.trim().toLowerCase();
    const full = !chosen.includes(ALL) && chosen.length >= 3;
    note.textContent = chosen.includes(ALL) ? '已选“全行业”（与具体行业互斥）' : '最多选择 3 个大类；擅长跨行业的请选择“全行业”。已选 ' + chosen.length + '/3';
    list.replaceChildren(...industries
      .filter((i) => !q || i.name.toLowerCase().includes(q) || i.code.toLowerCase().startsWith(q))
      .map((i) => {
        const on = chosen.includes(i.code);
        return h('button', { type: 'button', class: 'picker-option', role: 'option', 'aria-selected': String(on), 'aria-pressed': String(on), 'data-testid': 'sf-industry-option', 'data-code': i.code,
          disabled: !on && full && i.code !== ALL, onclick: () => toggle(i.code) },
          h('span', null, i.code === ALL ? '' : i.code + ' ', i.name), on ? h('i', { class: 'weui-icon-success-no-circle', style: 'width:16px;height:16px' }) : null);
      }));
  }
  search.addEventListener('input', draw);
  draw();
  return {
    el: h('div', { 'data-field': 'industries', 'data-testid': 'sf-industries' }, chips, note, h('div', { class: 'weui-cell' }, h('div', { class: 'weui-cell__bd' }, search)), list),
    value: () => chosen,
  };
}
