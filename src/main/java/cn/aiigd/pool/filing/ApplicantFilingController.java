package cn.aiigd.pool.filing;

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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/applicant")
@Tag(name = "申报企业：应用产品/服务能力申报", description = "供应商基本审核通过后，在批次申报时间内申报；每批次一个类别，至多两个。")
@SecurityRequirement(name = "applicant")
class ApplicantFilingController {

    private final FilingRegistrations registrations;
    private final FilingFiles files;

    ApplicantFilingController(FilingRegistrations registrations, FilingFiles files) {
        this.registrations = registrations;
        this.files = files;
    }

    record Withdrawal(String reason) {
    }

    @GetMapping("/filings")
    @Operation(summary = "我的申报", description = "每个申报的当前阶段、下一步和截止日期。")
    List<FilingView> mine(@AuthenticationPrincipal ApplicantPrincipal me) {
        return registrations.mine(me.openid());
    }

    @PostMapping("/suppliers/{supplierId}/filings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建申报草稿（当前开放的批次）")
    FilingView create(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long supplierId, @RequestBody FilingForm form) {
        return registrations.create(me.openid(), supplierId, form);
    }

    @GetMapping("/filings/{id}")
    @Operation(summary = "查看申报")
    FilingView get(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id) {
        return registrations.get(me.openid(), id);
    }

    @PutMapping("/filings/{id}")
    @Operation(summary = "修改草稿或被退回的申报", description = "可带 If-Match: <version>。")
    FilingView update(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                      @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody FilingForm form) {
        return registrations.update(me.openid(), id, form, IfMatch.version(ifMatch));
    }

    @PostMapping("/filings/{id}/submit")
    @Operation(summary = "提交申报", description = "草稿须在本批次申报时间内提交；被退回的申报可随时重新提交。")
    FilingView submit(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id) {
        return registrations.submit(me.openid(), id);
    }

    @PostMapping("/filings/{id}/withdraw")
    @Operation(summary = "撤回申报")
    FilingView withdraw(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                        @RequestBody(required = false) Withdrawal body) {
        return registrations.withdraw(me.openid(), id, body == null ? null : body.reason());
    }

    @PostMapping("/filings/{id}/defense-answer")
    @Operation(summary = "答复答辩邀请", description = "attend=true 确认参加；false 申请调整时间，须说明理由。")
    FilingView answer(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                      @RequestBody FilingRegistrations.InvitationAnswer body) {
        return registrations.answerInvitation(me.openid(), id, body);
    }

    @GetMapping("/filings/{id}/history")
    @Operation(summary = "申报进度与历史")
    List<FilingView.HistoryView> history(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id) {
        return registrations.history(me.openid(), id);
    }

    @PostMapping(path = "/filings/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传申报材料（PDF/JPG/PNG）")
    FilingView.FileView upload(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                               @RequestPart("file") MultipartFile file) {
        return files.upload(me.openid(), id, file.getOriginalFilename(), Uploads.bytesOf(file));
    }

    @GetMapping("/filings/{id}/files/{fileId}")
    @Operation(summary = "下载申报材料")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id,
                                                 @PathVariable long fileId) {
        var d = files.openForApplicant(me.openid(), id, fileId);
        return DownloadResponse.of(d.name(), d.contentType(), d.size(), d.content());
    }

    @DeleteMapping("/filings/{id}/files/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除申报材料")
    void deleteFile(@AuthenticationPrincipal ApplicantPrincipal me, @PathVariable long id, @PathVariable long fileId) {
        files.delete(me.openid(), id, fileId);
    }

}
