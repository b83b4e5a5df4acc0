// /h5/bind: binding this WeChat to a supplier someone else registered (the menu's 绑定企业 and the QR invitation lead here).

import { h, mount, link, pageHead } from '../dom.js';
import { navigate } from '../router.js';
import { bindBox } from '../widgets/bind-box.js';

export function bindPage(root) {
  mount(root, pageHead('绑定企业', '输入贵单位的统一社会信用代码，验证码将发送至平台登记的联络员手机。', { href: '/h5/', text: '首页' }),
    bindBox((r) => navigate('/h5/suppliers/' + r.supplierId, { replace: true })),
    h('div', { class: 'hint', style: 'padding:0 16px' }, '联络员手机已更换或收不到验证码？请致电 020-83256806，由工作人员核实后为您绑定。'),
    h('div', { class: 'btn-row' }, link('/h5/suppliers/new', { class: 'weui-btn weui-btn_default', 'data-testid': 'bind-new-supplier' }, '尚未注册？注册新的供应商')));
  document.title = '绑定企业';
}
