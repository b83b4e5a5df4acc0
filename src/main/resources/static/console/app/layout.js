// The frame every signed-in page sits in: a left nav with what this role may use, the signed-in
// person and sign-out. A nav item a role cannot use is not shown; the server refuses it anyway.
import { h, mount } from './dom.js';
import { current, signOut, isAdmin, isAlliance } from './session.js';
import { ROLE, cityName, dicts } from './labels.js';
import { navigate } from './router.js';

const NAV = [
  { key: 'dashboard', href: '/console/', text: '总览', show: () => true },
  { key: 'suppliers', href: '/console/suppliers', text: '供应商审核', show: () => true },
  { key: 'filings', href: '/console/filings', text: '申报评审', show: isAlliance },
  { key: 'defense', href: '/console/defense', text: '集中答辩', show: isAlliance },
  { key: 'onsite', href: '/console/onsite', text: '现场考察', show: isAlliance },
  { key: 'publicity', href: '/console/publicity', text: '公示与发布', show: isAlliance },
  { key: 'pool', href: '/console/pool', text: '资源池管理', show: isAlliance },
  { key: 'broadcasts', href: '/console/broadcasts', text: '通知群发', show: isAlliance },
  { key: 'policy', href: '/console/policy', text: '政策问答库', show: isAlliance },
  { key: 'templates', href: '/console/templates', text: '消息模板', show: isAlliance },
  { key: 'menus', href: '/console/menus', text: '公众号菜单', show: isAdmin },
  { key: 'accounts', href: '/console/accounts', text: '工作人员账号', show: isAdmin },
  { key: 'audit', href: '/console/audit', text: '审计日志', show: isAdmin },
  { key: 'settings', href: '/console/settings', text: '系统设置', show: isAdmin },
];

export function navItems() { return NAV.filter((n) => n.show()); }

/** Mounts the frame and returns the page's content element. */
export function layout(active, title) {
  const me = current();
  const who = h('span', { class: 'who', 'data-testid': 'current-user' },
    h('strong', { text: me.displayName || me.username }), ' · ', ROLE[me.role] || me.role);
  if (me.role === 'CITY_REVIEWER') {
    const place = h('span', { 'data-testid': 'current-city' }, '（', me.cityCode, '）');
    who.append(place);
    dicts().then((d) => { place.textContent = '（' + cityName(d, me.cityCode) + '）'; }).catch(() => {});
  }
  const out = h('button', { class: 'btn btn-link', 'data-testid': 'signout', onclick: async () => {
    await signOut().catch(() => {});
    navigate('/console/login', { replace: true });
  } }, '退出登录');
  const main = h('main', { class: 'content', 'data-testid': 'page-' + active });
  mount(document.getElementById('app'),
    h('div', { class: 'frame' },
      h('header', { class: 'topbar' },
        h('span', { class: 'brand' }, '资源池管理后台'),
        h('span', { class: 'spacer' }), who, out),
      h('nav', { class: 'sidenav', 'aria-label': '主导航' },
        navItems().map((n) => h('a', { href: n.href, 'data-link': true, 'data-testid': 'nav-' + n.key,
          class: n.key === active ? 'active' : null, 'aria-current': n.key === active ? 'page' : null, text: n.text }))),
      h('div', { class: 'main' }, h('h1', { class: 'page-title', text: title }), main)));
  document.title = title + ' - 资源池管理后台';
  return main;
}

/** A page-level failure shown where its content would be. */
/**
 * Loads what a page shows. If loading fails, the page says why (when it is still the page on screen).
 * Null means the page should stop here: loading failed, or the user has already moved on.
 */
export async function pageData(main, alive, load) {
  let data;
  try {
    data = await load();
  } catch (e) {
    if (alive()) showError(main, e);
    return null;
  }
  return alive() ? data : null;
}

export function showError(main, e) {
  main.replaceChildren(h('div', { class: 'panel error-panel', role: 'alert', 'data-testid': 'page-error' },
    e && e.status === 403 ? '无权操作：您的账号不能查看此页面。' : (e && e.detail) || String(e)));
}
