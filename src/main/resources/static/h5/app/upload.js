// A file list with an upload button and a progress bar (XHR reports upload progress; fetch cannot).

import { h, busy, dialog, alertError } from './dom.js';
import { upload, del, IdempotencyKey } from './api.js';
import { fileSize } from './labels.js';
import { errorSlot } from './fields.js';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * @param o.url        where files are posted (null: not yet possible, o.ensureUrl makes it so)
 * @param o.ensureUrl  async () => url, e.g. saves a draft first so the file has a record to join
 * @param o.files      the files already there ({id, name, sizeBytes, kindLabel?})
 * @param o.kinds      optional [{value, label}]: a kind is sent with each file
 * @param o.fileHref   (file) => download address
 * @param o.deleteUrl  (file) => address to DELETE, or null when files cannot be removed
 * @param o.readOnly   no upload button (the record no longer takes files)
 * @param o.afterUpload (answer) => the new file list, when the answer is not the new file itself
 * @param o.prefix     data-testid prefix: <prefix>-file-input, <prefix>-upload-progress, <prefix>-file-item, files error
 */
export function uploader(o) {
  let files = [...(o.files || [])];
  const list = h('div', { 'data-testid': o.prefix + '-files' });
  const bar = h('div', { class: 'weui-progress__inner-bar', style: 'width:0%' });
  const pct = h('span', { 'data-testid': o.prefix + '-upload-percent' });
  const progress = h('div', { class: 'upload-progress', hidden: true, 'data-testid': o.prefix + '-upload-progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100 },
    h('span', { class: 'upload-progress__name' }), ' ', pct,
    h('div', { class: 'weui-progress' }, h('div', { class: 'weui-progress__bar' }, bar)));
  const kind = o.kinds ? h('select', { class: 'weui-select', 'data-testid': o.prefix + '-file-kind', 'aria-label': '材料类型' }, o.kinds.map((k) => h('option', { value: k.value, text: k.label }))) : null;
  const input = h('input', { type: 'file', accept: ACCEPT, id: o.prefix + '-file-input', 'data-testid': o.prefix + '-file-input', 'aria-label': '选择文件' });
  // A label, not a button: the real file input stays in the page (a browser test types a path into it).
  const spin = h('span', { class: 'spinner', hidden: true });
  const pick = h('label', { class: 'weui-btn weui-btn_mini weui-btn_default upload-pick', for: input.id }, spin, '选择文件上传', input);
  const error = errorSlot('files', o.prefix);

  function draw() {
    list.replaceChildren(...files.map((f) => h('div', { class: 'file-row', 'data-testid': o.prefix + '-file-item', 'data-id': f.id },
      h('div', { class: 'file-row__name' },
        o.fileHref ? h('a', { href: o.fileHref(f), target: '_blank', rel: 'noopener', text: f.name }) : f.name,
        h('div', { class: 'file-row__meta', text: [f.kindLabel, fileSize(f.sizeBytes)].filter(Boolean).join(' · ') })),
      o.deleteUrl && o.deleteUrl(f) ? h('button', { type: 'button', class: 'link-btn link-btn_warn', 'data-testid': o.prefix + '-file-delete', onclick: (e) => remove(e.currentTarget, f) }, '删除') : null)));
    if (!files.length) list.append(h('div', { class: 'file-row file-row__meta', text: '尚未上传材料（PDF、JPG 或 PNG，单个不超过 10 MB）' }));
  }

  async function remove(button, f) {
    if (!(await dialog({ title: '删除材料', text: '确定删除“' + f.name + '”？', ok: '删除', warn: true }))) return;
    await busy(button, async () => {
      try {
        await del(o.deleteUrl(f));
        files = files.filter((x) => x.id !== f.id);
        draw();
        if (o.onChange) await o.onChange(files);
      } catch (e) { alertError(e); }
    });
  }

  function showError(text) {
    error.textContent = text;
    error.classList.toggle('is-shown', !!text);
  }

  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    input.value = '';
    if (!file) return;
    showError('');
    if (!/\.(pdf|jpe?g|png)$/i.test(file.name)) { showError('只能上传 PDF、JPG 或 PNG 文件'); return; }
    if (file.size > MAX_BYTES) { showError('文件不能超过 10 MB，当前约 ' + Math.max(1, Math.round(file.size / 1048576)) + ' MB'); return; }
    if (file.size === 0) { showError('文件是空的，请重新选择'); return; }
    input.disabled = true;
    spin.hidden = false;
    pick.classList.add('weui-btn_disabled');
    {
      // One key per chosen file: a retry after a dropped connection cannot attach it twice.
      const idem = new IdempotencyKey();
      try {
        const url = o.url || (o.ensureUrl ? await o.ensureUrl() : null);
        if (!url) return;
        o.url = url;
        progress.hidden = false;
        progress.querySelector('.upload-progress__name').textContent = file.name;
        const setPct = (x) => { const v = Math.round(x * 100); bar.style.width = v + '%'; pct.textContent = v + '%'; progress.setAttribute('aria-valuenow', v); };
        setPct(0);
        const saved = await upload(url, file, { idem, fields: kind ? { kind: kind.value } : {}, onProgress: setPct });
        setPct(1);
        // Most endpoints answer with the new file; some (change requests) with the whole record.
        files = o.afterUpload ? o.afterUpload(saved) : files.concat(saved);
        draw();
        if (o.onChange) await o.onChange(files);
      } catch (e) {
        if (e.status === 401) return;
        showError(e.errors && e.errors.length ? e.errors.map((x) => x.message).join('；') : e.detail);
      } finally {
        input.disabled = false;
        spin.hidden = true;
        pick.classList.remove('weui-btn_disabled');
        setTimeout(() => { progress.hidden = true; }, 600);
      }
    }
  });

  draw();
  const el = h('div', { class: 'weui-cells', 'data-field': 'files' },
    list, o.readOnly ? null : h('div', { class: 'upload-box' }, kind, pick), progress);
  return { el: [el, error], files: () => files };
}
