package cn.aiigd.pool.filing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The submission windows, as data: the 2022 call is a new row, not new code. */
@Service
public class Batches {

    private final BatchMapper mapper;
    private final Clock clock;

    public Batches(BatchMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public List<Batch> all() {
        return mapper.all();
    }

    public Optional<Batch> openNow() {
        LocalDateTime now = LocalDateTime.now(clock);
        return all().stream().filter(b -> b.isOpenAt(now)).findFirst();
    }

    public Optional<Batch> nextAfterNow() {
        LocalDateTime now = LocalDateTime.now(clock);
        return all().stream().filter(b -> b.opensAt().isAfter(now)).findFirst();
    }
}
