package cn.aiigd.pool.wechat.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.aiigd.pool.wechat.WxMpProperties;
import java.time.Duration;
import java.util.List;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.Test;

/** Tencent's sample vector (as in WxJava's WxCryptUtilTest) against this service's checks. */
class PortalCryptoTest {

    static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP = "wxb11529c136998cb6";
    static final String CIPHER = "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    private static WxMpDefaultConfigImpl config(String appId) {
        WxMpDefaultConfigImpl c = new WxMpDefaultConfigImpl();
        c.setAppId(appId);
        c.setToken("pamtest");
        c.setAesKey(KEY);
        return c;
    }

    @Test
    void theSampleVectorEncryptsAndSignsAsPublished() {
        assertThat(new WxCryptUtil("pamtest", KEY, APP).encrypt("aaaabbbbccccdddd", "我是中文abcd123")).isEqualTo(CIPHER);
        assertThat(SHA1.gen("pamtest", "1409304348", "xxxxxx", CIPHER)).isEqualTo("82c962d39941aa48552f90ef55aa323dc620cc10");
    }

    @Test
    void theUrlSignatureOfTheVectorIsAccepted() {
        WxMpProperties props = new WxMpProperties(APP, "s", "pamtest", KEY, null, null, null, Duration.ZERO, null, null, List.of(), null);
        InboundGuard guard = new InboundGuard(props);
        assertThat(guard.signed("76480565cbe296026c53aaacd1ad523a1ddba24f", "1409304348", "xxxxxx")).isTrue();
        assertThat(guard.signed("76480565cbe296026c53aaacd1ad523a1ddba24e", "1409304348", "xxxxxx")).isFalse();
        // A 2014 timestamp is a replay unless the check is off (0).
        assertThat(guard.fresh("1409304348")).isTrue();
        assertThat(new InboundGuard(new WxMpProperties(APP, "s", "pamtest", KEY, null, null, null, null, null, null, List.of(), null))
                .fresh("1409304348")).isFalse();
    }

    @Test
    void decryptionChecksTheAppId() {
        String xml = "<xml><Encrypt><![CDATA[" + CIPHER + "]]></Encrypt></xml>";
        String sig = "82c962d39941aa48552f90ef55aa323dc620cc10";
        assertThat(new AppIdCheckingCrypt(config(APP)).decryptXml(sig, "1409304348", "xxxxxx", xml)).isEqualTo("我是中文abcd123");
        assertThatThrownBy(() -> new AppIdCheckingCrypt(config("wxanotheraccount01")).decryptXml(sig, "1409304348", "xxxxxx", xml))
                .isInstanceOf(WxRuntimeException.class);
        // WxJava alone would have accepted it.
        assertThat(new WxCryptUtil("pamtest", KEY, "wxanotheraccount01").decryptXml(sig, "1409304348", "xxxxxx", xml)).isEqualTo("我是中文abcd123");
    }
}
