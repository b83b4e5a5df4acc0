package cn.aiigd.pool.review;

import cn.aiigd.pool.common.storage.Uploads;
import cn.aiigd.pool.wechat.signin.ApplicantPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/applicant")
@Tag(name = "申报企业：变更请示", description = "已入选资源池的单位发生名称、股权结构或业务方向重大变更时提交。")
@SecurityRequirement(name = "applicant")
class ApplicantChangeRequestController {

    private final ChangeRequests changes;

    ApplicantChangeRequestController(ChangeRequests changes) {
        this.changes = changes;
    }

    @PostMapping("/suppliers/{supplierId}/change-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交变更请示")
    ChangeRequests.ChangeView file(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long supplierId,
                                   @RequestBody ChangeRequests.NewChange body) {
        return changes.file(me.openid(), supplierId, body);
    }

    @GetMapping("/suppliers/{supplierId}/change-requests")
    @Operation(summary = "我的变更请示")
    List<ChangeRequests.ChangeView> mine(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long supplierId) {
        return changes.mine(me.openid(), supplierId);
    }

    @PostMapping(path = "/change-requests/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传变更证明材料（PDF/JPG/PNG）")
    ChangeRequests.ChangeView attach(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                                     @RequestPart("file") MultipartFile file) {
        return changes.attach(me.openid(), id, file.getOriginalFilename(), Uploads.bytesOf(file));
    }
}
