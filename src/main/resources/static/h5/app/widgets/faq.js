// The policy answerer (GET /api/public/policy/answer), as a search box: the same answers the chat gives.

import { h, busy } from '../dom.js';
import { get } from '../api.js';

function uid() {
  // A per-visit id for the answerer's follow-up context ("那第二批呢"); not the openid, which the page never sees.
  try {
    let id = sessionStorage.getItem('faqUid');
    if (!id) { id = 'h5-' + Math.random().toString(36).slice(2, 12); sessionStorage.setItem('faqUid', id); }
    return id;
  } catch (e) { return null; }
}

export function faqBox() {
  const input = h('input', { type: 'search', id: 'faq-input', 'data-testid': 'faq-input', placeholder: '如：第一批什么时候截止？', maxlength: 200, enterkeyhint: 'search', 'aria-label': '输入申报问题' });
  const button = h('button', { type: 'submit', class: 'weui-btn weui-btn_mini weui-btn_primary', id: 'faq-submit', 'data-testid': 'faq-submit' }, '提问');
  const answer = h('div', { class: 'faq-answer', id: 'faq-answer', 'data-testid': 'faq-answer', 'aria-live': 'polite', hidden: true });
  const suggestions = h('div', { class: 'chips', 'data-testid': 'faq-suggestions' });

  async function ask(q) {
    const question = (q ?? input.value).trim();
    if (!question) { input.focus(); return; }
    input.value = question;
    await busy(button, async () => {
      try {
        const id = uid();
        const a = await get('/api/public/policy/answer?q=' + encodeURIComponent(question) + (id ? '&uid=' + encodeURIComponent(id) : ''));
        answer.textContent = a.answer;
        answer.dataset.confident = String(!!a.confident);
        suggestions.replaceChildren(...(a.suggestions || []).map((s) =>
          h('button', { type: 'button', class: 'chip chip_plain', 'data-testid': 'faq-suggestion', onclick: () => ask(s) }, s)));
      } catch (e) {
        answer.textContent = e.detail || '暂时无法回答，请稍后再试或致电 020-83256806。';
        suggestions.replaceChildren();
      }
      answer.hidden = false;
    });
  }

  const form = h('form', { class: 'faq-row', role: 'search', 'data-testid': 'faq-form', onsubmit: (e) => { e.preventDefault(); ask(); } }, input, button);
  return h('section', { 'data-testid': 'faq' },
    h('div', { class: 'weui-cells__title', text: '申报问答（按通知原文回答）' }), form, answer, suggestions);
}
