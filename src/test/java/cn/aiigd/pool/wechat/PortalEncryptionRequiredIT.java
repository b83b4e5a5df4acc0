package cn.aiigd.pool.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With an AES key configured (safe or compatible mode), the default: a plain body is a downgrade
 * attempt, since encrypt_type is not covered by any signature.
 */
@TestPropertySource(properties = "wx.mp.accept-plain=")
class PortalEncryptionRequiredIT extends IntegrationTest {

    @Test
    void plainBodiesAreRefusedAndEncryptedOnesAnswered() throws Exception {
        SignedPortal wx = new SignedPortal(mvc);
        String openid = "oEnc" + SignedPortal.newMsgId();
        assertThat(wx.send(wx.plain(SignedPortal.text(openid, "进度", SignedPortal.newMsgId()))).getResponse().getStatus()).isEqualTo(403);
        assertThat(eventuallyCount(1, "SELECT COUNT(*) FROM wx_message WHERE openid = ?", openid)).isZero();
        var r = wx.send(wx.safe(SignedPortal.text(openid, "外省企业能报吗", SignedPortal.newMsgId()), SignedPortal.APP_ID));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(SignedPortal.decryptReply(r.getResponse().getContentAsString(StandardCharsets.UTF_8))).contains(openid);
    }
}
