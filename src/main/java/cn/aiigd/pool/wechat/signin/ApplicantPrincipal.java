package cn.aiigd.pool.wechat.signin;

import cn.aiigd.pool.common.pii.Masking;

/**
 * A follower signed in from WeChat: the only identity an applicant has. Every applicant endpoint
 * acts on behalf of this openid and only on suppliers bound to it.
 */
public record ApplicantPrincipal(String openid) {

    @Override
    public String toString() {
        return "ApplicantPrincipal[" + Masking.openid(openid) + "]";
    }
}
