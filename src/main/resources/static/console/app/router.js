// Routes by the address with the History API, so the browser's back button and bookmarks work
// (the server hands every /console path the same shell).

const routes = [];
let notFound = null;
let current = null;

export function route(pattern, render) {
  const names = [];
  const re = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '(\\d+)'; }) + '/?$');
  routes.push({ re, names, render });
}

export function fallback(render) { notFound = render; }

export function navigate(href, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.scrollTo(0, 0);
  return render();
}

/**
 * Renders the page for the current address. {@code alive()} tells a page whose data arrives late
 * whether it is still the page on screen (so a slow answer never paints over the next page).
 */
export function render() {
  const path = location.pathname === '/console' ? '/console/' : location.pathname;
  const token = {};
  current = token;
  const alive = () => current === token;
  for (const r of routes) {
    const m = path.match(r.re);
    if (m) {
      const params = {};
      r.names.forEach((n, i) => { params[n] = Number(m[i + 1]); });
      return r.render(params, new URLSearchParams(location.search), alive);
    }
  }
  return notFound(alive);
}

export function start() {
  window.addEventListener('popstate', () => render());
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a[data-link]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(a.getAttribute('href'));
  });
  return render();
}
