package cn.aiigd.pool.wechat.invitation;

import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.SupplierDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.result.WxMpQrCodeTicket;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A QR code that invites a supplier's colleagues: scanning it follows the account (or, for
 * followers, sends SCAN) with scene {@code supplier_<id>}, and the chat answers with the link to
 * bind to that supplier (the SMS code to the contact mobile still decides).
 */
@Tag(name = "工作人员：邀请绑定二维码")
@RestController
class InvitationQrController {

    /** WeChat's longest temporary QR code: 30 days. */
    static final int EXPIRE_SECONDS = 30 * 24 * 3600;

    private final SupplierDirectory suppliers;
    private final WxMpService wx;
    private final Clock clock;

    InvitationQrController(SupplierDirectory suppliers, WxMpService wx, Clock clock) {
        this.suppliers = suppliers;
        this.wx = wx;
        this.clock = clock;
    }

    record InvitationQr(long supplierId, String scene, String imageUrl, String url, LocalDateTime expiresAt) {
    }

    @Operation(summary = "生成供应商邀请绑定二维码", description = "临时二维码，30天有效；扫码关注或扫码后，公众号回复该企业的绑定链接。")
    @PostMapping("/api/staff/suppliers/{id}/invitation-qr")
    InvitationQr create(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        var s = suppliers.requireVisible(me, id);
        String scene = "supplier_" + s.id();
        try {
            WxMpQrCodeTicket t = wx.getQrcodeService().qrCodeCreateTmpTicket(scene, EXPIRE_SECONDS);
            return new InvitationQr(s.id(), scene, wx.getQrcodeService().qrCodePictureUrl(t.getTicket()), t.getUrl(),
                    LocalDateTime.now(clock).plusSeconds(t.getExpireSeconds()));
        } catch (WxErrorException e) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, "微信接口错误",
                    "微信未能生成二维码：" + e.getError().getErrorCode() + " " + e.getError().getErrorMsg(), List.of());
        }
    }
}
