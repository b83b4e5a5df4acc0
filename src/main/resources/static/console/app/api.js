// The staff API as the console uses it: the session cookie from POST /api/staff/session, and that
// session's CSRF token on every write. A 401 means the session is gone, so the sign-in page shows;
// a CSRF refusal (the token went stale, e.g. after a sign-in in another tab) fetches the token
// again and retries once, because the person did nothing wrong.

export class ApiError extends Error {
  constructor(status, title, detail, errors = [], body = null) {
    super(detail);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.body = body;
  }

  /** The field problem for one field, if the server named it. */
  field(name) {
    const e = this.errors.find((x) => x.field === name);
    return e ? e.message : null;
  }
}

let csrfToken = null;
let unauthorizedHandler = () => {};

export function setCsrfToken(token) { csrfToken = token; }
export function onUnauthorized(fn) { unauthorizedHandler = fn; }

function parse(res, text) {
  const type = res.headers.get('Content-Type') || '';
  if (text && type.includes('json')) {
    try { return JSON.parse(text); } catch (e) { return null; }
  }
  return null;
}

function failure(status, data) {
  const errors = data && Array.isArray(data.errors) ? data.errors : [];
  if (status === 401) return new ApiError(401, '未登录', (data && data.detail) || '登录已过期，请重新登录。', errors, data);
  if (status === 423) return new ApiError(423, '账号已锁定', (data && data.detail) || '账号已锁定，请稍后再试或联系管理员。', errors, data);
  if (status === 403) return new ApiError(403, '无权操作', '无权操作：' + ((data && data.detail) || '您的账号无权进行此操作。'), errors, data);
  if (data && typeof data === 'object') {
    return new ApiError(status, data.title || '出错了', data.detail || '请稍后重试。', errors, data);
  }
  return new ApiError(status, '服务暂不可用', '服务暂时无法处理（' + status + '），请稍后重试。');
}

async function send(method, path, body, extra = {}) {
  // X-Requested-With: a 401 then comes without the Basic challenge, which would make the browser
  // pop up its own password dialog over the sign-in page.
  const headers = Object.assign({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, extra);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-TOKEN'] = csrfToken;
  let res;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, '网络错误', '网络连接失败，请检查网络后重试。');
  }
  const text = await res.text();
  return { res, data: parse(res, text) };
}

function isCsrfRefusal(status, data) {
  return status === 403 && data && typeof data.detail === 'string' && data.detail.includes('CSRF');
}

export async function request(method, path, body, headers = {}) {
  let { res, data } = await send(method, path, body, headers);
  if (isCsrfRefusal(res.status, data)) {
    const again = await send('GET', '/api/staff/session');
    if (again.res.ok && again.data) {
      csrfToken = again.data.csrfToken;
      ({ res, data } = await send(method, path, body, headers));
    }
  }
  if (res.ok) return data;
  const error = failure(res.status, data);
  if (res.status === 401 && path !== '/api/staff/session') unauthorizedHandler();
  throw error;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body = {}) => request('POST', path, body),
  put: (path, body = {}, headers = {}) => request('PUT', path, body, headers),
  del: (path) => request('DELETE', path),
};

/** A query string from the set values only. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}
