// Routes by the address with the History API, so WeChat's back button walks back through the pages
// and any page's address can be opened directly (the server hands every /h5 path the same shell).

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

/** The address changed under the page (e.g. a draft got its id): no re-render, no new history entry. */
export function rename(href) { history.replaceState(null, '', href); }

export function render() {
  const path = location.pathname === '/h5' ? '/h5/' : location.pathname;
  const root = document.getElementById('app');
  const token = {};
  current = token;
  for (const r of routes) {
    const m = path.match(r.re);
    if (m) {
      const params = {};
      r.names.forEach((n, i) => { params[n] = Number(m[i + 1]); });
      return r.render(root, params, new URLSearchParams(location.search), () => current === token);
    }
  }
  return notFound(root);
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
