// Small SVG charts drawn here instead of a vendored library: the dashboard needs four shapes
// (bars, stacked bars, a ring, day columns), and each bar carries a <title> so hovering or a
// screen reader gives the exact number.
import { h, s } from './dom.js';

export const PALETTE = ['#2f6fde', '#21a366', '#f0a020', '#d9534f', '#8e6bd1', '#17a2b8', '#7a8694', '#e377c2', '#9c6b3f', '#bcbd22'];

const W = 560;

function figure(testid, title, svg, legend, extra = {}) {
  return h('figure', Object.assign({ class: 'chart', 'data-testid': testid }, extra),
    h('figcaption', { text: title }), svg, legend || null);
}

function empty(testid, title) {
  return figure(testid, title, h('p', { class: 'muted chart-empty', text: '暂无数据' }), null, { 'data-empty': 'true' });
}

function legendOf(keys, labelOf, colorOf) {
  return h('ul', { class: 'legend' }, keys.map((k) => h('li', {},
    h('span', { class: 'swatch', style: 'background:' + colorOf(k) }), labelOf(k))));
}

/** Horizontal bars, one per row: [{label, value, color?}]. */
export function bars(testid, title, rows) {
  if (!rows.length) return empty(testid, title);
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 26;
  const left = 130;
  const width = W - left - 50;
  const svg = s('svg', { viewBox: `0 0 ${W} ${rows.length * rowH + 6}`, role: 'img', 'aria-label': title, class: 'chart-svg' },
    rows.map((r, i) => {
      const y = i * rowH + 4;
      const w = Math.max(r.value > 0 ? 2 : 0, (r.value / max) * width);
      return s('g', { class: 'bar', 'data-label': r.label, 'data-value': r.value },
        s('title', { text: r.label + '：' + r.value }),
        s('text', { x: left - 8, y: y + 15, 'text-anchor': 'end', class: 'axis-label', text: r.label }),
        s('rect', { x: left, y, width: w, height: rowH - 8, rx: 3, fill: r.color || PALETTE[i % PALETTE.length] }),
        s('text', { x: left + w + 6, y: y + 15, class: 'value-label', text: String(r.value) }));
    }));
  return figure(testid, title, svg, null, { 'data-count': rows.length });
}

/** Horizontal stacked bars: rows [{label, parts: {key: n}}], keys in stacking order, colors {key: css} optional. */
export function stacked(testid, title, rows, keys, labelOf, colors = {}) {
  const used = keys.filter((k) => rows.some((r) => (r.parts[k] || 0) > 0));
  if (!rows.length || !used.length) return empty(testid, title);
  const colorOf = (k) => colors[k] || PALETTE[keys.indexOf(k) % PALETTE.length];
  const totals = rows.map((r) => used.reduce((n, k) => n + (r.parts[k] || 0), 0));
  const max = Math.max(1, ...totals);
  const rowH = 26;
  const left = 130;
  const width = W - left - 50;
  const svg = s('svg', { viewBox: `0 0 ${W} ${rows.length * rowH + 6}`, role: 'img', 'aria-label': title, class: 'chart-svg' },
    rows.map((r, i) => {
      const y = i * rowH + 4;
      let x = left;
      const segs = used.filter((k) => (r.parts[k] || 0) > 0).map((k) => {
        const w = (r.parts[k] / max) * width;
        const seg = s('rect', { x, y, width: w, height: rowH - 8, fill: colorOf(k) },
          s('title', { text: r.label + ' · ' + labelOf(k) + '：' + r.parts[k] }));
        x += w;
        return seg;
      });
      return s('g', { class: 'bar', 'data-label': r.label, 'data-value': totals[i] },
        s('text', { x: left - 8, y: y + 15, 'text-anchor': 'end', class: 'axis-label', text: r.label }),
        segs, s('text', { x: x + 6, y: y + 15, class: 'value-label', text: String(totals[i]) }));
    }));
  return figure(testid, title, svg, legendOf(used, labelOf, colorOf), { 'data-count': rows.length });
}

/** A ring for a rate in percent (null: nothing decided yet). */
export function ring(testid, title, percent, caption) {
  const r = 52;
  const c = 2 * Math.PI * r;
  const p = percent == null ? 0 : Math.max(0, Math.min(100, percent));
  const color = percent == null ? '#ccd' : p >= 90 ? '#21a366' : p >= 70 ? '#f0a020' : '#d9534f';
  const svg = s('svg', { viewBox: '0 0 140 140', role: 'img', 'aria-label': title + '：' + (percent == null ? '暂无' : p + '%'),
    class: 'chart-ring' },
    s('circle', { cx: 70, cy: 70, r, fill: 'none', stroke: '#e8ebf0', 'stroke-width': 14 }),
    s('circle', { cx: 70, cy: 70, r, fill: 'none', stroke: color, 'stroke-width': 14, 'stroke-linecap': 'round',
      'stroke-dasharray': `${(p / 100) * c} ${c}`, transform: 'rotate(-90 70 70)' }),
    s('text', { x: 70, y: 76, 'text-anchor': 'middle', class: 'ring-value', text: percent == null ? '—' : p + '%' }));
  return figure(testid, title, svg, h('p', { class: 'muted', text: caption }), { 'data-value': percent == null ? '' : p });
}

/** Columns per day, stacked by series: days ['2021-02-01', …], values {day: {series: n}}. */
export function dayColumns(testid, title, days, series, values, labelOf) {
  const used = series.filter((k) => days.some((d) => ((values[d] || {})[k] || 0) > 0));
  if (!used.length) return empty(testid, title);
  const colorOf = (k) => PALETTE[series.indexOf(k) % PALETTE.length];
  const height = 180;
  const bottom = 22;
  const left = 30;
  const colW = (W - left) / days.length;
  const totals = days.map((d) => used.reduce((n, k) => n + ((values[d] || {})[k] || 0), 0));
  const max = Math.max(1, ...totals);
  const svg = s('svg', { viewBox: `0 0 ${W} ${height + bottom}`, role: 'img', 'aria-label': title, class: 'chart-svg' },
    s('text', { x: 0, y: 12, class: 'axis-label', text: String(max) }),
    s('line', { x1: left, y1: height, x2: W, y2: height, stroke: '#c8ced6' }),
    days.map((d, i) => {
      let y = height;
      const x = left + i * colW + 1;
      const segs = used.filter((k) => ((values[d] || {})[k] || 0) > 0).map((k) => {
        const v = values[d][k];
        const hgt = (v / max) * (height - 16);
        y -= hgt;
        return s('rect', { x, y, width: Math.max(1, colW - 2), height: hgt, fill: colorOf(k) },
          s('title', { text: d + ' · ' + labelOf(k) + '：' + v }));
      });
      const tick = i % 5 === 0 ? s('text', { x: x + colW / 2, y: height + 15, 'text-anchor': 'middle', class: 'axis-label',
        text: d.slice(5) }) : null;
      return s('g', { class: 'column', 'data-day': d, 'data-value': totals[i] }, segs, tick);
    }));
  return figure(testid, title, svg, legendOf(used, labelOf, colorOf), { 'data-count': totals.reduce((a, b) => a + b, 0) });
}
