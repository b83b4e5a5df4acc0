package cn.aiigd.pool.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.aiigd.pool.support.IntegrationTest;
import cn.aiigd.pool.wechat.signin.ApplicantPrincipal;
import cn.aiigd.pool.wechat.signin.ApplicantSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;

class ApplicantSessionsIT extends IntegrationTest {

    @Autowired
    ApplicantSessions sessions;
    @Autowired
    StringRedisTemplate redis;
    @Value("${pool.redis.key-prefix}")
    String prefix;

    @Test
    void aSessionLivesInRedisUnderTheRunsPrefixAndKeepsOnlyAHashOfTheToken() {
        String token = sessions.open("oOpenidForSessionTest");
        assertThat(sessions.resolve(token)).contains(new ApplicantPrincipal("oOpenidForSessionTest"));
        var keys = redis.keys(prefix + "applicant-session:*");
        assertThat(keys).isNotEmpty().noneMatch(k -> k.contains(token));
        sessions.close(token);
        assertThat(sessions.resolve(token)).isEmpty();
    }

    @Test
    void unknownOrMalformedTokensResolveToNobody() {
        assertThat(sessions.resolve(null)).isEmpty();
        assertThat(sessions.resolve("short")).isEmpty();
        assertThat(sessions.resolve("A".repeat(43))).isEmpty();
    }

    @Test
    void onlyOpenidShapedIdentitiesGetASession() {
        assertThatThrownBy(() -> sessions.open("bad openid with spaces")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sessions.open(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
