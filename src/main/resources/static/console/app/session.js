// Who is signed in, as GET/POST /api/staff/session answered. The page only hides what a role cannot
// do; the server decides (roles and city scopes) on every request.
import { api, setCsrfToken } from './api.js';

let me = null;

export function current() { return me; }

export function remember(session) {
  me = session;
  setCsrfToken(session ? session.csrfToken : null);
}

/** The session if there is one; null when signed out (401). */
export async function load() {
  try {
    remember(await api.get('/api/staff/session'));
  } catch (e) {
    if (e.status !== 401) throw e;
    remember(null);
  }
  return me;
}

export async function signIn(username, password) {
  remember(await api.post('/api/staff/session', { username, password }));
  return me;
}

export async function signOut() {
  try { await api.del('/api/staff/session'); } finally { remember(null); }
}

export const isAdmin = () => me && me.role === 'ADMIN';
/** Admins and the alliance: filings, the expert review, broadcasts, the policy answers. */
export const isAlliance = () => me && (me.role === 'ADMIN' || me.role === 'ALLIANCE_REVIEWER');

/** Mirrors StaffPrincipal.canDecide: the basic review of a scope (a city code or ALLIANCE). */
export function canDecide(reviewScope) {
  if (!me) return false;
  if (me.role === 'ADMIN') return true;
  if (me.role === 'ALLIANCE_REVIEWER') return reviewScope === 'ALLIANCE';
  return me.cityCode != null && me.cityCode === reviewScope;
}
