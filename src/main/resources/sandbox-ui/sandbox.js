// The sandbox page: one simulated phone talking to the account through /api/sandbox, which sends
// everything as signed WeChat requests to the real portal. No framework, no downloads.
(() => {
  'use strict';

  const POLL_MS = 1500;
  const $ = (id) => document.getElementById(id);
  const s = {
    account: null,          // /api/sandbox/state
    followers: [],
    current: null,          // openid being played
    menu: [],
    cursor: 0,              // newest recorded message seen
    feed: [],               // recorded messages, newest first
    chats: new Map(),       // openid -> entries shown in the chat
    h5For: null,            // whose sign-in the H5 frame holds
    view: 'chat',
  };

  // ---------- talking to the service ----------

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (!res.ok) {
      const fields = data && data.errors ? data.errors.map((e) => e.message).join('；') : '';
      throw new Error(fields || (data && (data.detail || data.title)) || ('请求失败：HTTP ' + res.status));
    }
    return data;
  }

  function toast(message) {
    const t = $('toast');
    t.textContent = message;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 4000);
  }

  async function guarded(work) {
    try {
      return await work();
    } catch (e) {
      toast(e.message);
      return undefined;
    }
  }

  // ---------- small DOM helpers ----------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null) return;
      if (k === 'class') node.className = v;
      else if (k === 'dataset') Object.assign(node.dataset, v);
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    });
    children.flat(Infinity).forEach((c) => { if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c)); });
    return node;
  }

  /** Text with its URLs made into links that open inside the phone when they are this service's. */
  function linkified(text) {
    const parts = [];
    const re = /(https?:\/\/[^\s，。；、）)】]+)/g;
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      parts.push(text.slice(last, m.index));
      const url = m[1];
      parts.push(el('a', { href: url, onclick: (ev) => { ev.preventDefault(); openLink(url); } }, url));
      last = m.index + url.length;
    }
    parts.push(text.slice(last));
    return parts;
  }

  function beijing(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso || '');
    return m ? { date: m[1] + '-' + m[2] + '-' + m[3], md: m[2] + '-' + m[3], time: m[4] } : { date: '', md: '', time: '' };
  }

  // ---------- followers ----------

  function currentFollower() {
    return s.followers.find((f) => f.openid === s.current) || null;
  }

  function chatOf(openid) {
    if (!s.chats.has(openid)) s.chats.set(openid, []);
    return s.chats.get(openid);
  }

  async function loadFollowers() {
    s.followers = await api('GET', '/api/sandbox/followers');
    const picker = $('follower-picker');
    picker.replaceChildren(...s.followers.map((f) => el('option', { value: f.openid },
      f.nickname + (f.subscribed ? '' : '（已取消关注）') + ' · ' + f.openid.slice(-4))));
    if (!s.followers.some((f) => f.openid === s.current)) {
      const remembered = localStorage.getItem('sandbox.follower');
      s.current = s.followers.some((f) => f.openid === remembered) ? remembered : (s.followers[0] ? s.followers[0].openid : null);
    }
    picker.value = s.current || '';
    if (s.current) await pick(s.current);
    else renderFollower();
  }

  async function pick(openid) {
    s.current = openid;
    localStorage.setItem('sandbox.follower', openid);
    // The in-app WeChat signs this follower in when the H5 pages ask for WeChat sign-in.
    await api('PUT', '/api/sandbox/current-follower', { openid });
    renderFollower();
  }

  function renderFollower() {
    const f = currentFollower();
    $('phone-who').textContent = f ? f.nickname : '';
    $('follower-companies').textContent = f
      ? (f.companies.length ? '绑定企业：' + f.companies.join('、') : '尚未绑定企业') + '　openid：' + f.openid
      : '还没有模拟关注者：请新建一位。';
    renderChat();
    renderFeed();
    if (s.view === 'h5' && s.h5For !== s.current) openH5(s.account.h5Entry);
  }

  async function createFollower(ev) {
    ev.preventDefault();
    const name = $('follower-name').value.trim();
    const created = await guarded(() => api('POST', '/api/sandbox/followers', { nickname: name }));
    if (!created) return;
    $('follower-name').value = '';
    const chat = chatOf(created.follower.openid);
    chat.push({ type: 'system', text: '关注了公众号' });
    chat.push({ type: 'reply', exchange: created.welcome });
    s.current = created.follower.openid;
    await loadFollowers();
  }

  // ---------- chat ----------

  function renderChat() {
    const list = $('chat-replies');
    const entries = s.current ? chatOf(s.current) : [];
    list.replaceChildren(...entries.map(renderEntry).filter(Boolean));
    list.scrollTop = list.scrollHeight;
  }

  function push(openid, entry) {
    chatOf(openid).push(entry);
    if (openid === s.current) {
      const node = renderEntry(entry);
      if (node) $('chat-replies').append(node);
      $('chat-replies').scrollTop = $('chat-replies').scrollHeight;
    }
  }

  function renderEntry(e) {
    switch (e.type) {
      case 'mine':
        return el('li', { class: 'mine', 'data-testid': 'user-message' }, el('div', { class: 'bubble' }, e.text));
      case 'system':
        return el('li', { class: 'system' }, el('span', {}, e.text));
      case 'reply':
        return renderExchange(e.exchange);
      case 'card':
        return el('li', { 'data-testid': 'reply', 'data-kind': 'CARD', 'data-template': e.item.template }, card(e.item, true));
      case 'kefu':
        return el('li', { 'data-testid': 'reply', 'data-kind': 'KEFU' },
          el('div', { class: 'bubble' }, el('span', { class: 'tag' }, '客服消息（超时后补发）'), linkified(e.item.text)));
      default:
        return null;
    }
  }

  function raw(x) {
    return el('details', {}, el('summary', {}, '原始报文'),
      el('div', {}, '发送的 XML（' + (x.encrypted ? '安全模式加密后发送' : '明文') + '）：'), el('pre', {}, x.sentXml || ''),
      el('div', {}, '接口原样返回（HTTP ' + x.status + '）：'), el('pre', { 'data-testid': 'reply-raw' }, x.responseBody || '（空）'),
      x.replyXml ? el('div', {}, '解密后的回复：') : null, x.replyXml ? el('pre', {}, x.replyXml) : null);
  }

  function renderExchange(x) {
    if (x.kind === 'TEXT') {
      return el('li', { 'data-testid': 'reply', 'data-kind': 'TEXT' }, el('div', { class: 'bubble' }, linkified(x.text || ''), raw(x)));
    }
    if (x.kind === 'TRANSFER_TO_CUSTOMER_SERVICE') {
      return el('li', { class: 'system', 'data-testid': 'reply', 'data-kind': 'TRANSFER' },
        el('span', {}, '已转接人工客服（transfer_customer_service）'));
    }
    if (x.kind === 'NONE') {
      return el('li', { class: 'system', 'data-testid': 'reply', 'data-kind': 'NONE' }, el('span', {}, '公众号未回复（success）'));
    }
    return el('li', { 'data-testid': 'reply', 'data-kind': 'ERROR' }, el('div', { class: 'bubble error' }, x.text || '出错了', raw(x)));
  }

  function card(item, inPhone) {
    const dl = el('dl', {}, item.lines.map((l) => [el('dt', {}, l.label), el('dd', {}, l.value)]));
    const node = el('div', { class: 'card' + (item.link ? ' linked' : ''), 'data-testid': inPhone ? 'template-card' : null },
      el('time', {}, beijing(item.createdAt).date + ' ' + beijing(item.createdAt).time),
      el('h3', {}, item.title), dl,
      item.link ? el('div', { class: 'more' }, el('span', {}, '详情'), el('span', {}, '›')) : null);
    if (item.link) node.addEventListener('click', () => openLink(item.link));
    return node;
  }

  async function sendText(ev) {
    ev.preventDefault();
    const input = $('chat-input');
    const text = input.value.trim();
    if (!text || !s.current) return;
    const openid = s.current;
    input.value = '';
    push(openid, { type: 'mine', text });
    const x = await guarded(() => api('POST', '/api/sandbox/followers/' + encodeURIComponent(openid) + '/text', { content: text }));
    if (x) push(openid, { type: 'reply', exchange: x });
  }

  // ---------- menu ----------

  function renderMenu() {
    const bar = $('menu-bar');
    bar.replaceChildren(...s.menu.map((b, i) => el('button', {
      type: 'button', class: b.subButtons.length ? 'group' : null, 'data-testid': 'menu-button-' + i,
      onclick: () => (b.subButtons.length ? togglePopup(b, i) : tap(b)),
    }, b.name)));
  }

  function togglePopup(b, i) {
    const popup = $('menu-popup');
    if (!popup.hidden && popup.dataset.index === String(i)) {
      popup.hidden = true;
      return;
    }
    popup.dataset.index = String(i);
    popup.replaceChildren(...b.subButtons.map((sub, j) => el('button', {
      type: 'button', 'data-testid': 'menu-sub-' + (sub.key || i + '-' + j),
      onclick: () => { popup.hidden = true; tap(sub); },
    }, sub.name)));
    popup.style.left = (8 + i * (370 / Math.max(1, s.menu.length))) + 'px';
    popup.hidden = false;
  }

  async function tap(b) {
    if (!s.current) return toast('请先选择或新建模拟关注者');
    const openid = s.current;
    if (b.type === 'click') {
      push(openid, { type: 'system', text: '点击菜单「' + b.name + '」' });
      const x = await guarded(() => api('POST', '/api/sandbox/followers/' + encodeURIComponent(openid) + '/events', { event: 'CLICK', key: b.key }));
      if (x) push(openid, { type: 'reply', exchange: x });
    } else if (b.type === 'view') {
      // WeChat tells the account about the tap (VIEW, no answer) and opens the page.
      await guarded(() => api('POST', '/api/sandbox/followers/' + encodeURIComponent(openid) + '/events', { event: 'VIEW', key: b.url }));
      openLink(b.url);
    } else {
      toast('沙盒不支持此类菜单：' + b.type);
    }
  }

  // ---------- H5 ----------

  /** A link of this service opens in the phone; any other in a new browser tab. */
  function openLink(url) {
    let u;
    try { u = new URL(url, location.href); } catch (e) { return; }
    const own = [location.origin, new URL(s.account.publicBaseUrl).origin];
    if (own.includes(u.origin)) openH5(u.pathname + u.search + u.hash);
    else window.open(u.href, '_blank', 'noopener');
  }

  function openH5(path) {
    s.h5For = s.current;
    $('h5-frame').src = path;
    show('h5');
  }

  function show(view) {
    s.view = view;
    $('chat-view').hidden = view !== 'chat';
    $('h5-view').hidden = view !== 'h5';
    $('phone-back').hidden = view !== 'h5';
    $('tab-chat').classList.toggle('active', view === 'chat');
    $('tab-h5').classList.toggle('active', view === 'h5');
    $('phone-title').textContent = view === 'h5' ? '申报服务' : s.account.accountName;
  }

  // ---------- what arrived ----------

  function contactsOfCurrent() {
    const f = currentFollower();
    return f ? f.contacts : [];
  }

  function mine(item) {
    return item.recipient === s.current || contactsOfCurrent().includes(item.recipient);
  }

  function renderFeed() {
    const onlyMine = $('feed-filter').value === 'follower';
    const items = s.feed.filter((i) => !onlyMine || mine(i));
    $('cards-feed').replaceChildren(...items.map(feedItem));
  }

  const KIND = { CARD: '模板消息', KEFU: '客服消息', SMS: '短信', EMAIL: '邮件' };

  function feedItem(item) {
    const who = (s.followers.find((f) => f.openid === item.recipient) || {}).nickname || item.recipient;
    return el('li', { 'data-testid': 'feed-item', 'data-kind': item.kind, 'data-template': item.template, 'data-id': item.id, class: item.fresh ? 'fresh' : null },
      el('header', {}, el('span', { class: 'kind ' + item.kind }, KIND[item.kind] || item.kind),
        el('span', {}, '→ ' + who), el('span', {}, beijing(item.createdAt).date + ' ' + beijing(item.createdAt).time)),
      item.kind === 'CARD' ? card(item, false) : el('div', { class: 'body' }, item.text));
  }

  /** Sorts new messages into the followers' chats, the SMS banner and the feed. */
  function arrived(items, live) {
    const ascending = [...items].sort((a, b) => a.id - b.id);
    for (const item of ascending) {
      if (item.kind === 'CARD') push(item.recipient, { type: 'card', item });
      if (item.kind === 'KEFU') push(item.recipient, { type: 'kefu', item });
      if (live && item.kind === 'SMS' && mine(item)) smsBanner(item);
      item.fresh = live;
    }
    s.feed = [...items, ...s.feed].slice(0, 400);
    renderFeed();
  }

  function smsBanner(item) {
    const b = $('sms-banner');
    b.replaceChildren(el('b', {}, '短信 · ' + item.recipient), item.text);
    b.hidden = false;
    clearTimeout(smsBanner.timer);
    smsBanner.timer = setTimeout(() => { b.hidden = true; }, 6000);
  }

  async function loadFeed() {
    const page = await api('GET', '/api/sandbox/messages?limit=200');
    s.feed = [];
    s.chats = new Map();
    s.cursor = page.cursor;
    arrived(page.items, false);
  }

  async function poll() {
    try {
      const page = await api('GET', '/api/sandbox/messages?limit=200&after=' + s.cursor);
      if (page.items.length) {
        s.cursor = page.cursor;
        arrived(page.items, true);
      }
    } catch (e) {
      // The service restarting: the next poll tries again.
    }
  }

  // ---------- clock ----------

  function renderClock(c) {
    const t = beijing(c.now);
    $('clock-now').textContent = t.date + ' ' + t.time;
    $('clock-mode').textContent = c.pinned ? '（已固定）' : '（真实时间）';
    $('phone-clock').textContent = t.md + ' ' + t.time;
    if (!$('clock-presets').childElementCount) {
      $('clock-presets').replaceChildren(...c.presets.map((p) => el('button', {
        type: 'button', 'data-testid': 'clock-preset-' + p.id, onclick: () => pin(p.at),
      }, p.label)));
    }
  }

  async function pin(at) {
    const c = await guarded(() => api('PUT', '/api/sandbox/clock', { at }));
    if (c) { renderClock(c); toast('日期已固定为 ' + beijing(c.now).date + ' ' + beijing(c.now).time); }
  }

  async function release() {
    const c = await guarded(() => api('DELETE', '/api/sandbox/clock'));
    if (c) { renderClock(c); toast('已恢复真实时间'); }
  }

  async function refreshClock() {
    try { renderClock(await api('GET', '/api/sandbox/clock')); } catch (e) { /* next time */ }
  }

  // ---------- demo data ----------

  async function reset() {
    const button = $('reset-demo');
    button.disabled = true;
    $('reset-result').textContent = '正在重置并生成演示数据…';
    const report = await guarded(() => api('POST', '/api/sandbox/reset'));
    button.disabled = false;
    if (!report) { $('reset-result').textContent = ''; return; }
    const seeded = report.seeded;
    $('reset-result').textContent = '已删除 ' + report.removed.followers + ' 位模拟关注者、' + report.removed.suppliers + ' 家企业；'
      + (seeded.stoppedAt ? '演示数据生成到一半停止：' + seeded.stoppedAt : '已重新生成演示数据（' + seeded.done.length + ' 步）。');
    s.current = null;
    await loadFeed();
    await loadFollowers();
    await refreshClock();
  }

  async function waitWhileSeeding() {
    while ((await api('GET', '/api/sandbox/state')).seeding) {
      $('reset-result').textContent = '正在生成演示数据…';
      await new Promise((r) => setTimeout(r, 1000));
    }
    $('reset-result').textContent = '';
  }

  // ---------- start ----------

  async function start() {
    s.account = await api('GET', '/api/sandbox/state');
    if (new URL(s.account.publicBaseUrl).origin !== location.origin) {
      const w = $('origin-warning');
      w.textContent = '请通过 ' + s.account.publicBaseUrl + '/sandbox/ 打开本页：H5 页面的微信登录会回到该地址，地址不同会导致登录失效。';
      w.hidden = false;
    }
    renderClock(s.account.clock);
    await waitWhileSeeding();
    s.menu = await guarded(() => api('GET', '/api/sandbox/menu')) || [];
    renderMenu();
    await loadFeed();
    await loadFollowers();

    $('chat-form').addEventListener('submit', sendText);
    $('follower-form').addEventListener('submit', createFollower);
    $('follower-picker').addEventListener('change', (ev) => guarded(() => pick(ev.target.value)));
    $('feed-filter').addEventListener('change', renderFeed);
    $('clock-form').addEventListener('submit', (ev) => { ev.preventDefault(); if ($('clock-input').value) pin($('clock-input').value); });
    $('clock-release').addEventListener('click', release);
    $('reset-demo').addEventListener('click', reset);
    $('tab-chat').addEventListener('click', () => show('chat'));
    $('tab-h5').addEventListener('click', () => (s.h5For === s.current && $('h5-frame').src ? show('h5') : openH5(s.account.h5Entry)));
    $('phone-back').addEventListener('click', () => {
      try { $('h5-frame').contentWindow.history.back(); } catch (e) { show('chat'); }
    });
    document.addEventListener('click', (ev) => {
      if (!ev.target.closest('#menu-popup') && !ev.target.closest('#menu-bar')) $('menu-popup').hidden = true;
    });
    setInterval(poll, POLL_MS);
    setInterval(refreshClock, 10000);
  }

  start().catch((e) => toast('沙盒加载失败：' + e.message));
})();
