package cn.aiigd.pool.common.validation;

/**
 * The unified social credit code of GB 32100-2015: 18 characters over an alphabet without I, O, S, V
 * and Z, the last a weighted mod-31 check character. Lower case is not accepted: the code is printed
 * upper case on every business licence, and accepting both would let one company register twice.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Null when the code is valid, otherwise what is wrong with it, in Chinese. */
    public static String problem(String code) {
        if (code == null || code.isBlank()) {
            return "请填写统一社会信用代码";
        }
        if (code.length() != 18) {
            return "统一社会信用代码应为 18 位，当前为 " + code.length() + " 位";
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (Character.isLowerCase(c)) {
                return "统一社会信用代码中的字母应为大写";
            }
            if (ALPHABET.indexOf(c) < 0) {
                return "统一社会信用代码第 " + (i + 1) + " 位“" + c + "”不是有效字符（不含 I、O、S、V、Z）";
            }
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return "统一社会信用代码校验位不正确，请核对营业执照";
        }
        return null;
    }

    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
