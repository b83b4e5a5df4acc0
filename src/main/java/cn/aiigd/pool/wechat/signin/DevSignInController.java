package cn.aiigd.pool.wechat.signin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signs in as any openid without WeChat. Exists only where {@code pool.dev.applicant-sign-in=true}
 * (the local profile): there is no WeChat account to do OAuth against on a developer's machine.
 */
@RestController
@RequestMapping("/api/dev")
@ConditionalOnProperty(name = "pool.dev.applicant-sign-in", havingValue = "true")
@Tag(name = "本地调试", description = "仅在本地默认环境开放：模拟微信登录")
class DevSignInController {

    private final ApplicantSessions sessions;

    DevSignInController(ApplicantSessions sessions) {
        this.sessions = sessions;
    }

    record SignIn(String openid) {
    }

    record Session(String token, String openid) {
    }

    @PostMapping("/applicant-session")
    @Operation(summary = "以指定 openid 登录（模拟微信网页授权）")
    Session signIn(@RequestBody SignIn body) {
        try {
            return new Session(sessions.open(body.openid()), body.openid());
        } catch (IllegalArgumentException e) {
            throw cn.aiigd.pool.common.error.ApiException.invalid("openid", "openid 应为 6–64 位字母、数字、下划线或连字符");
        }
    }
}
