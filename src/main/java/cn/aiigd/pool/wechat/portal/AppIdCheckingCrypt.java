package cn.aiigd.pool.wechat.portal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;

/**
 * WxJava's safe-mode crypto, plus the check it leaves commented out: the appid at the end of the
 * decrypted plaintext must be ours. Without it a message encrypted for another account sharing
 * the key would be accepted.
 */
final class AppIdCheckingCrypt extends WxMpCryptUtil {

    AppIdCheckingCrypt(WxMpConfigStorage config) {
        super(config);
    }

    @Override
    public String decrypt(String cipherText) {
        String xml = super.decrypt(cipherText);
        if (!appidOrCorpid.equals(appIdOf(cipherText))) {
            throw new WxRuntimeException("appid mismatch");
        }
        return xml;
    }

    /** Plaintext = 16 random bytes, 4-byte big-endian length, message, appid, PKCS#7 padding. */
    private String appIdOf(String cipherText) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(Arrays.copyOfRange(aesKey, 0, 16)));
            byte[] plain = cipher.doFinal(org.apache.commons.codec.binary.Base64.decodeBase64(cipherText));
            int pad = plain[plain.length - 1] & 0xff;
            if (pad < 1 || pad > 32) {
                pad = 0;
            }
            int end = plain.length - pad;
            int length = ((plain[16] & 0xff) << 24) | ((plain[17] & 0xff) << 16) | ((plain[18] & 0xff) << 8) | (plain[19] & 0xff);
            int appIdStart = 20 + length;
            return appIdStart <= end ? new String(plain, appIdStart, end - appIdStart, StandardCharsets.UTF_8) : "";
        } catch (Exception e) {
            throw new WxRuntimeException(e);
        }
    }
}
