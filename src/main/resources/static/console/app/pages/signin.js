// The sign-in page: username and password to POST /api/staff/session. Wrong password, lock-out (423)
// and disabled accounts answer in Chinese next to the button.
import { h, mount, busy } from '../dom.js';
import { signIn } from '../session.js';
import { navigate } from '../router.js';

export function signInPage(params, query) {
  const user = h('input', { id: 'login-username', name: 'username', autocomplete: 'username', required: true,
    'data-testid': 'login-username' });
  const pass = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password',
    required: true, 'data-testid': 'login-password' });
  const error = h('p', { class: 'error', role: 'alert', 'data-testid': 'login-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block', 'data-testid': 'login-submit' }, '登录');
  const form = h('form', { class: 'signin-card', 'data-testid': 'login-form', novalidate: true },
    h('h1', { text: '资源池管理后台' }),
    h('p', { class: 'muted', text: '广东省工业互联网产业生态供给资源池 · 工作人员登录' }),
    h('label', { for: 'login-username' }, '用户名'), user,
    h('label', { for: 'login-password' }, '密码'), pass,
    error, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.hidden = true;
    if (!user.value.trim() || !pass.value) {
      error.textContent = '请填写用户名和密码';
      error.hidden = false;
      return;
    }
    busy(submit, async () => {
      try {
        await signIn(user.value.trim(), pass.value);
        const next = query.get('next');
        navigate(next && next.startsWith('/console/') && !next.startsWith('/console/login') ? next : '/console/', { replace: true });
      } catch (err) {
        error.textContent = err.status === 423 ? err.detail : (err.detail || '登录失败，请重试');
        error.dataset.status = String(err.status);
        error.hidden = false;
        pass.value = '';
        pass.focus();
      }
    });
  });
  mount(document.getElementById('app'), h('div', { class: 'signin-page' }, form));
  document.title = '登录 - 资源池管理后台';
  user.focus();
}
