package cn.aiigd.pool.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/pool")
@Tag(name = "资源池名单", description = "已正式发布、仍在池中的单位；各评审阶段的数量不公开。")
class PublicPoolController {

    private final Memberships memberships;

    PublicPoolController(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping
    @Operation(summary = "资源池成员名单", description = "企业名称、类别、新技术方向与发布日期；可按类别筛选。")
    List<Memberships.PoolEntry> list(@RequestParam(required = false) String category) {
        return memberships.publicList(category);
    }
}
