package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.storage.DownloadResponse;
import cn.aiigd.pool.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/staff")
@Tag(name = "工作人员：供应商基本审核", description = "地市审核员只能看到并审核本市注册的供应商；省外（含港澳台）由联盟审核。")
@SecurityRequirement(name = "staff")
class StaffSupplierController {

    private final SupplierReviews reviews;
    private final SupplierFiles files;
    private final LegacyRegistrantImport legacyImport;
    private final FollowerBindings followerBindings;

    StaffSupplierController(SupplierReviews reviews, SupplierFiles files, LegacyRegistrantImport legacyImport,
                            FollowerBindings followerBindings) {
        this.followerBindings = followerBindings;
        this.reviews = reviews;
        this.files = files;
        this.legacyImport = legacyImport;
    }

    /** A review decision; {@code version} (optional) refuses the decision if the record changed since it was read. */
    record Decision(String reason, Integer version) {
    }

    @GetMapping("/suppliers")
    @Operation(summary = "审核队列", description = "按到期日排序，标出已逾期（overdue）与今日到期（dueToday）。city：地市代码或 ALLIANCE（省外）。")
    SupplierReviews.Queue queue(@AuthenticationPrincipal StaffPrincipal me,
                                @RequestParam(defaultValue = "PENDING_REVIEW") SupplierStatus status,
                                @RequestParam(required = false) String city,
                                @RequestParam(defaultValue = "1") int page,
                                @RequestParam(defaultValue = "20") int size) {
        return reviews.queue(me, status, city, page, size);
    }

    @GetMapping("/suppliers/{id}")
    @Operation(summary = "供应商详情")
    SupplierView get(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return reviews.get(me, id);
    }

    @GetMapping("/suppliers/{id}/history")
    @Operation(summary = "供应商状态历史")
    List<SupplierView.HistoryView> history(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return reviews.history(me, id);
    }

    @PostMapping("/suppliers/{id}/approve")
    @Operation(summary = "审核通过")
    SupplierView approve(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestBody(required = false) Decision d) {
        return reviews.decide(me, id, SupplierAction.APPROVE, d == null ? null : d.reason(), d == null ? null : d.version());
    }

    @PostMapping("/suppliers/{id}/return")
    @Operation(summary = "退回修改（须填理由）")
    SupplierView returnForCorrection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                     @RequestBody(required = false) Decision d) {
        return reviews.decide(me, id, SupplierAction.RETURN, d == null ? null : d.reason(), d == null ? null : d.version());
    }

    @PostMapping("/suppliers/{id}/reject")
    @Operation(summary = "审核不通过（须填理由）")
    SupplierView reject(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                        @RequestBody(required = false) Decision d) {
        return reviews.decide(me, id, SupplierAction.REJECT, d == null ? null : d.reason(), d == null ? null : d.version());
    }

    record Binding(String openid) {
    }

    @GetMapping("/suppliers/{id}/bindings")
    @Operation(summary = "已绑定的联络员微信", description = "返回（脱敏）openid，供审核页查看谁会收到通知。")
    List<String> bindings(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return reviews.boundFollowers(me, id);
    }

    @PostMapping("/suppliers/{id}/bindings")
    @Operation(summary = "为供应商绑定联络员微信", description = "工作人员电话核实后，为往期注册企业等绑定联络员的 openid；返回已绑定的（脱敏）openid。")
    List<String> bind(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Binding body) {
        return reviews.bindFollower(me, id, body.openid());
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/suppliers/{id}/bindings/{openid}")
    @Operation(summary = "解除联络员微信绑定", description = "例如联络员离职；返回仍绑定的（脱敏）openid。")
    List<String> unbind(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable String openid) {
        return followerBindings.unbind(me, id, openid);
    }

    @GetMapping("/suppliers/{id}/files/{fileId}")
    @Operation(summary = "下载材料")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                                 @PathVariable long fileId) {
        var d = files.openForStaff(me, id, fileId);
        return DownloadResponse.of(d.name(), d.contentType(), d.size(), d.content());
    }

    @PostMapping(path = "/legacy-registrants", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入 2020-01-01 至 2021-01-31 的往期注册企业（CSV，UTF-8）",
            description = "列：统一社会信用代码(credit_code)、企业名称(company_name)、注册日期(registered_on)、注册地(registration_place)，"
                    + "可选 联络员(contact_name)、联络员手机(contact_mobile)、联络员邮箱(contact_email)。有任何错误则整份不导入。")
    LegacyRegistrantImport.Result importLegacy(@AuthenticationPrincipal StaffPrincipal me,
                                               @RequestPart("file") MultipartFile file) {
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return legacyImport.importCsv(me, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
