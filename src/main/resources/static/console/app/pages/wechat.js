// 公众号设置 (admins): the custom menus as the repository holds them (menus/*.json, addresses filled
// in), each with the problems WeChat's limits would reject, and publishing them; the notification
// templates (message-templates/*.json) previewed with sample data exactly as each channel renders them.
import { api } from '../api.js';
import { h, add, mount, busy, toast, errorLine } from '../dom.js';
import { layout, pageData } from '../layout.js';

export async function menusPage(params, q, alive) {
  const main = layout('menus', '公众号菜单');
  const menus = await pageData(main, alive, () => api.get('/api/staff/wechat/menus'));
  if (!menus) return;
  const results = h('div', { 'data-testid': 'menu-publish-results' });
  const error = errorLine('menu-publish-error');
  const anyProblem = menus.some((m) => m.problems.length);
  const publish = h('button', { class: 'btn btn-primary', 'data-testid': 'menu-publish', disabled: anyProblem ? true : null,
    title: anyProblem ? '请先修正菜单中的问题' : null, onclick: (ev) => busy(ev.currentTarget, async () => {
      error.show('');
      try {
        const outcomes = await api.post('/api/staff/wechat/menus/publish');
        mount(results, h('ul', {}, outcomes.map((o) => h('li', { 'data-testid': 'menu-publish-result', 'data-published': String(o.published) },
          `${o.menu}：` + (o.published ? '已发布' + (o.menuId ? `（menuid ${o.menuId}）` : '')
            : o.skipped ? '未发布（' + (o.message || '未配置') + '）' : `失败：${o.errcode ?? ''} ${o.message ?? ''}`)))));
        toast('发布完成');
      } catch (e) { error.show(e.detail); }
    }) }, '发布到公众号');
  add(main,
    h('p', { class: 'muted', text: '菜单以代码形式保存在仓库的 menus/ 目录；此处显示替换地址后的内容和按微信限制校验的结果。' }),
    menus.map((m) => h('section', { class: 'panel', 'data-testid': 'menu-item', 'data-name': m.name },
      h('h3', { text: m.name + (m.conditional ? '（个性化菜单）' : '（默认菜单）') }),
      m.problems.length
        ? h('ul', { class: 'error', 'data-testid': 'menu-problems' }, m.problems.map((p) => h('li', { text: p })))
        : h('p', { class: 'ok', 'data-testid': 'menu-valid', text: '符合微信限制' }),
      menuTree(m.json))),
    h('section', { class: 'panel' }, publish, error, results));
}

/** The menu as buttons and sub-buttons, which is easier to check than its JSON. */
function menuTree(json) {
  let menu;
  try { menu = JSON.parse(json); } catch (e) { return h('pre', { class: 'pre', text: json }); }
  const buttons = menu.button || [];
  return h('ol', { class: 'menu-tree' }, buttons.map((b) => h('li', {}, h('strong', { text: b.name }),
    b.sub_button && b.sub_button.length
      ? h('ol', {}, b.sub_button.map((s) => h('li', {}, describe(s))))
      : h('span', { class: 'muted', text: ' ' }, describe(b)))));
}

function describe(b) {
  const what = b.type === 'click' ? `点击 · ${b.key}` : b.type === 'view' ? `链接 · ${b.url}` : b.type || '';
  return h('span', {}, h('span', { text: b.name || '' }), h('span', { class: 'muted small', text: '　' + what }));
}

export async function templatesPage(params, q, alive) {
  const main = layout('templates', '消息模板');
  const templates = await pageData(main, alive, () => api.get('/api/staff/message-templates'));
  if (!templates) return;
  add(main, h('p', { class: 'muted', text: '模板以文件保存在仓库的 message-templates/ 目录；预览使用示例数据，按微信（每项最多 20 字等）、短信和邮件的限制渲染。' }),
    templates.map((t) => templateCard(t)));
}

function templateCard(t) {
  const out = h('div', { 'data-testid': 'template-preview' });
  const error = errorLine('template-preview-error');
  const channels = [t.wechat ? '微信模板消息' : null, t.sms ? '短信' + (t.sms.fallbackOnly ? '（仅在无法发送微信时）' : '') : null,
    t.email ? '邮件' : null].filter(Boolean).join('、');
  return h('section', { class: 'panel', 'data-testid': 'template-item', 'data-key': t.key },
    h('h3', { text: `${t.title}（${t.key}）` }), h('p', { class: 'muted', text: '渠道：' + channels }),
    h('button', { class: 'btn btn-small', 'data-testid': 'template-preview-button', onclick: (ev) => busy(ev.currentTarget, async () => {
      error.show('');
      try {
        const r = await api.post(`/api/staff/message-templates/${encodeURIComponent(t.key)}/preview`, {});
        mount(out,
          r.wechatText ? h('div', {}, h('h4', { text: '微信模板消息' }), h('p', { class: 'pre', text: r.wechatText }),
            r.wechatLink ? h('p', { class: 'muted small', text: '点击打开：' + r.wechatLink }) : null) : null,
          r.smsText ? h('div', {}, h('h4', { text: '短信' }), h('p', { class: 'pre', text: r.smsText })) : null,
          r.emailSubject ? h('div', {}, h('h4', { text: '邮件：' + r.emailSubject }), h('p', { class: 'pre', text: r.emailBody })) : null);
      } catch (e) { error.show(e.detail); }
    }) }, '用示例数据预览'), error, out);
}
