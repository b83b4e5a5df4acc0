// The applicant API as the pages use it. Signed in by the session cookie WeChat sign-in set
// (same-origin, credentials included); a developer or a browser test may instead put a token from
// POST /api/dev/applicant-session into sessionStorage.poolToken. A 401 sends the browser through
// WeChat sign-in and back to the page it was on.

export class ApiError extends Error {
  constructor(status, title, detail, errors = []) {
    super(detail);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }
}

/**
 * One key per intent (a form's create, an upload, a submit): the server stores one record however
 * often the request is repeated with it. A definite answer ends the intent; a network failure keeps
 * the key, so trying again cannot create a second record.
 */
export class IdempotencyKey {
  constructor() { this.rotate(); }
  rotate() {
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    this.value = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }
}

function authHeaders() {
  let token = null;
  try { token = sessionStorage.getItem('poolToken'); } catch (e) { /* storage off: cookie only */ }
  return token ? { Authorization: 'Bearer ' + token } : {};
}

let redirecting = false;
export function signIn() {
  if (redirecting) return;
  redirecting = true;
  location.href = '/wx/oauth/authorize?returnTo=' + encodeURIComponent(location.pathname + location.search);
}

function fail(status, data) {
  if (status === 401) {
    signIn();
    return new ApiError(401, '需要登录', '登录已过期，正在重新登录…');
  }
  if (data && typeof data === 'object') {
    return new ApiError(status, data.title || '出错了', data.detail || '请稍后重试。', Array.isArray(data.errors) ? data.errors : []);
  }
  if (status === 413) return new ApiError(status, '文件过大', '上传的文件超过了大小上限。', [{ field: 'file', message: '文件过大' }]);
  return new ApiError(status, '服务暂不可用', '服务暂时无法处理（' + status + '），请稍后重试。');
}

function parse(type, text) {
  if (!text) return null;
  if (type && type.includes('json')) {
    try { return JSON.parse(text); } catch (e) { return null; }
  }
  return null;
}

export async function request(method, url, { body, idem, ifMatch } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', ...authHeaders() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idem) headers['Idempotency-Key'] = idem.value;
  if (ifMatch != null) headers['If-Match'] = String(ifMatch);
  let res;
  try {
    res = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, '网络错误', '网络连接失败，请检查网络后重试。');
  }
  const text = await res.text();
  if (idem) idem.rotate();
  const data = parse(res.headers.get('Content-Type'), text);
  if (res.ok) return data;
  throw fail(res.status, data);
}

export const get = (url) => request('GET', url);
export const post = (url, body, opts = {}) => request('POST', url, { ...opts, body });
export const put = (url, body, opts = {}) => request('PUT', url, { ...opts, body });
export const del = (url) => request('DELETE', url);

/** Multipart upload through XHR, whose upload progress fetch cannot report. */
export function upload(url, file, { fields = {}, idem, onProgress } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    if (idem) xhr.setRequestHeader('Idempotency-Key', idem.value);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total); };
    xhr.onerror = () => reject(new ApiError(0, '网络错误', '上传失败：网络连接中断，请重试。'));
    xhr.onload = () => {
      if (idem) idem.rotate();
      const data = parse(xhr.getResponseHeader('Content-Type'), xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else reject(fail(xhr.status, data));
    };
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

let dictionaries = null;
/** Provinces, cities, industries (with ALL 全行业), categories and directions; loaded once per visit. */
export function dicts() {
  if (!dictionaries) dictionaries = get('/api/public/dictionaries').catch((e) => { dictionaries = null; throw e; });
  return dictionaries;
}
