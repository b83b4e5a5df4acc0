package cn.aiigd.pool.filing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/batches")
@Tag(name = "申报批次", description = "各批次的申报材料填写时间")
class BatchController {

    private final Batches batches;
    private final Clock clock;

    BatchController(Batches batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    /** A batch with its state at the service's current time. */
    record BatchView(Long id, int year, int seq, String name, LocalDateTime opensAt, LocalDateTime closesAt,
                     String state) {
    }

    @GetMapping
    @Operation(summary = "全部批次", description = "state：UPCOMING 未开始、OPEN 进行中、CLOSED 已截止（按服务时钟）。")
    List<BatchView> all() {
        LocalDateTime now = LocalDateTime.now(clock);
        return batches.all().stream().map(b -> new BatchView(b.id(), b.year(), b.seq(), b.name(),
                b.opensAt(), b.closesAt(),
                b.isOpenAt(now) ? "OPEN" : now.isBefore(b.opensAt()) ? "UPCOMING" : "CLOSED")).toList();
    }
}
