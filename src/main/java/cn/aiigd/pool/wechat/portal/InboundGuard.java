package cn.aiigd.pool.wechat.portal;

import cn.aiigd.pool.wechat.WxMpProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.springframework.stereotype.Component;

/**
 * The checks every request to the portal passes before anything else reads it: WeChat's URL
 * signature, a timestamp close to the real time (a captured request cannot be replayed later), and
 * no DOCTYPE (no entity tricks reach an XML parser).
 */
@Component
class InboundGuard {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE|<!ENTITY", Pattern.CASE_INSENSITIVE);

    private final WxMpProperties props;
    /** Real time, not the domain clock a test or the sandbox may pin: replay protection is about now. */
    private final Clock realTime = Clock.systemUTC();

    InboundGuard(WxMpProperties props) {
        this.props = props;
    }

    boolean signed(String signature, String timestamp, String nonce) {
        if (signature == null || timestamp == null || nonce == null) {
            return false;
        }
        String expected = SHA1.gen(props.token(), timestamp, nonce);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    boolean fresh(String timestamp) {
        long skew = props.maxClockSkew().toSeconds();
        if (skew <= 0) {
            return true;
        }
        try {
            long sent = Long.parseLong(timestamp);
            return Math.abs(realTime.instant().getEpochSecond() - sent) <= skew;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean hasDoctype(String body) {
        return DOCTYPE.matcher(body).find();
    }
}
