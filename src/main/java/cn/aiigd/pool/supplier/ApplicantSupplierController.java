package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.storage.Uploads;
import cn.aiigd.pool.common.web.IfMatch;
import cn.aiigd.pool.common.storage.DownloadResponse;
import cn.aiigd.pool.wechat.signin.ApplicantPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/applicant/suppliers")
@Tag(name = "申报企业：供应商认证", description = "以微信登录的联络员身份操作其绑定的供应商")
@SecurityRequirement(name = "applicant")
class ApplicantSupplierController {

    private final SupplierRegistrations registrations;
    private final SupplierFiles files;

    ApplicantSupplierController(SupplierRegistrations registrations, SupplierFiles files) {
        this.registrations = registrations;
        this.files = files;
    }

    record Withdrawal(String reason) {
    }

    @GetMapping
    @Operation(summary = "我绑定的供应商")
    List<SupplierView> mine(@AuthenticationPrincipal ApplicantPrincipal me) {
        return registrations.mine(me.openid());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建供应商认证草稿", description = "保存时校验格式；提交时校验完整性。")
    SupplierView create(@AuthenticationPrincipal ApplicantPrincipal me, @RequestBody SupplierForm form) {
        return registrations.create(me.openid(), form);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看供应商")
    SupplierView get(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id) {
        return registrations.get(me.openid(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改草稿或被退回的供应商信息", description = "可带 If-Match: <version> 防止覆盖别处的修改。")
    SupplierView update(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                        @RequestBody SupplierForm form) {
        return registrations.update(me.openid(), id, form, IfMatch.version(ifMatch));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提交基本审核", description = "广东省内企业由注册地地市审核，省外（含港澳台）由联盟审核；一般不超过 5 个工作日。")
    SupplierView submit(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id) {
        return registrations.submit(me.openid(), id);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回申请")
    SupplierView withdraw(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                          @RequestBody(required = false) Withdrawal body) {
        return registrations.withdraw(me.openid(), id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "重新填报", description = "已撤回或审核不通过的供应商回到草稿，可修改后再次提交。")
    SupplierView reopen(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id) {
        return registrations.reopen(me.openid(), id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "审核进度与历史")
    List<SupplierView.HistoryView> history(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id) {
        return registrations.history(me.openid(), id);
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传资质证明材料", description = "仅限 PDF/JPG/PNG，单个文件不超过 10 MB（可配置）。")
    SupplierView.FileView upload(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                                 @RequestParam(value = "kind", defaultValue = "QUALIFICATION") FileKind kind,
                                 @RequestPart("file") MultipartFile file) {
        return files.upload(me.openid(), id, kind, file.getOriginalFilename(), Uploads.bytesOf(file));
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "下载材料")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                                                 @PathVariable long fileId) {
        var d = files.openForApplicant(me.openid(), id, fileId);
        return DownloadResponse.of(d.name(), d.contentType(), d.size(), d.content());
    }

    @DeleteMapping("/{id}/files/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除材料")
    void deleteFile(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id, @PathVariable long fileId) {
        files.delete(me.openid(), id, fileId);
    }

}
