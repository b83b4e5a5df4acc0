package cn.aiigd.pool.supplier;

import cn.aiigd.pool.wechat.signin.ApplicantPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applicant/bindings")
@Tag(name = "申报企业：绑定微信", description = "用统一社会信用代码和发送到企业联络员手机的验证码，把微信绑定到已注册的企业。")
class ApplicantBindingController {

    private final FollowerBindings bindings;

    ApplicantBindingController(FollowerBindings bindings) {
        this.bindings = bindings;
    }

    record CodeRequest(String creditCode) {
    }

    record BindRequest(String creditCode, String code) {
    }

    @Operation(summary = "发送绑定验证码", description = "验证码发送到企业登记的联络员手机（返回脱敏号码），5分钟内有效；"
            + "同一手机号60秒内只能发送一次，每小时最多5次，每天最多10次。")
    @PostMapping("/code")
    FollowerBindings.CodeSent sendCode(@AuthenticationPrincipal ApplicantPrincipal me, @RequestBody CodeRequest body) {
        return bindings.sendCode(me.openid(), body.creditCode());
    }

    @Operation(summary = "用验证码完成绑定", description = "验证码错误5次后失效，需重新获取。")
    @PostMapping
    FollowerBindings.Bound bind(@AuthenticationPrincipal ApplicantPrincipal me, @RequestBody BindRequest body) {
        return bindings.bind(me.openid(), body.creditCode(), body.code());
    }
}
