// The unified social credit code check of GB 32100-2015, as common/validation/CreditCode.java has it,
// so the page answers with the same words before the server is asked.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function checkCharacter(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) throw new Error('not a credit-code character: ' + first17.charAt(i));
    sum += v * WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return ALPHABET.charAt(check === 31 ? 0 : check);
}

/** Null when the code is valid, otherwise what is wrong with it, in Chinese. */
export function creditCodeProblem(code) {
  if (code == null || code.trim() === '') return '请填写统一社会信用代码';
  if (code.length !== 18) return '统一社会信用代码应为 18 位，当前为 ' + code.length + ' 位';
  for (let i = 0; i < 18; i++) {
    const c = code.charAt(i);
    if (c !== c.toUpperCase() && c === c.toLowerCase()) return '统一社会信用代码中的字母应为大写';
    if (ALPHABET.indexOf(c) < 0) return '统一社会信用代码第 ' + (i + 1) + ' 位“' + c + '”不是有效字符（不含 I、O、S、V、Z）';
  }
  if (code.charAt(17) !== checkCharacter(code.substring(0, 17))) return '统一社会信用代码校验位不正确，请核对营业执照';
  return null;
}

export const isValidCreditCode = (code) => creditCodeProblem(code) === null;
