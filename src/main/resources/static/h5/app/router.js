// The applicant pages' router (/shared/router.js under /h5). Their pages also receive the element
// they render into.
import { createRouter } from '/shared/router.js';

const router = createRouter('/h5');
const root = () => document.getElementById('app');

export function route(pattern, render) {
  router.route(pattern, (params, query, alive) => render(root(), params, query, alive));
}

export function fallback(render) {
  router.fallback((params, query, alive) => render(root(), params, query, alive));
}

export const { navigate, rename, render, start } = router;
