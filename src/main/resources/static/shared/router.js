// Routes by the address with the History API, so the back button (WeChat's or the browser's) walks
// back through the pages and any page's address can be opened directly: the server hands every path
// under the app's base the same shell. The applicant pages (/h5) and the staff console share it.

/**
 * A router for the pages under {@code base}. A page renders as render(params, query, alive):
 * {@code alive()} tells a page whose data arrives late whether it is still the page on screen (so a
 * slow answer never paints over the next page).
 */
export function createRouter(base) {
  const routes = [];
  let notFound = () => {};
  let current = null;

  function route(pattern, render) {
    const names = [];
    const re = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '(\\d+)'; }) + '/?$');
    routes.push({ re, names, render });
  }

  /** The page for an address no route matches, rendered like a route's page (with no parameters). */
  function fallback(render) { notFound = render; }

  function navigate(href, { replace = false } = {}) {
    if (replace) history.replaceState(null, '', href);
    else history.pushState(null, '', href);
    window.scrollTo(0, 0);
    return render();
  }

  /** The address changed under the page (e.g. a draft got its id): no re-render, no new history entry. */
  function rename(href) { history.replaceState(null, '', href); }

  function render() {
    const path = location.pathname === base ? base + '/' : location.pathname;
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
    return notFound({}, new URLSearchParams(location.search), alive);
  }

  function start() {
    window.addEventListener('popstate', () => render());
    document.addEventListener('click', (e) => {
      const a = e.target.closest && e.target.closest('a[data-link]');
      if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      navigate(a.getAttribute('href'));
    });
    return render();
  }

  return { route, fallback, navigate, rename, render, start };
}
