package cn.aiigd.pool.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.common.pii.Masking;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheMiddleOfAMobile() {
        assertThat(Masking.mobile("13800001234")).isEqualTo("138****1234");
        assertThat(Masking.mobile("+8613800001234")).isEqualTo("+86138****1234");
        assertThat(Masking.mobile(null)).isEqualTo("***");
        assertThat(Masking.mobile("1234567")).isEqualTo("***");
        assertThat(Masking.mobile("12345678")).isEqualTo("****5678");
    }

    @Test
    void masksEmailAndOpenid() {
        assertThat(Masking.email("zhang.san@example.com")).isEqualTo("z***@example.com");
        assertThat(Masking.openid("oAbcdefghijklmnop1234")).isEqualTo("oAbc…1234");
    }
}
