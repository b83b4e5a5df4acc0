package cn.aiigd.pool.common.time;

import cn.aiigd.pool.common.error.ApiException;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff keep the holiday calendar current: each year's schedule is published by the State Council. */
@RestController
@RequestMapping("/api/staff/holidays")
@Tag(name = "节假日与调休（仅管理员）")
@SecurityRequirement(name = "staff")
class HolidayController {

    private final HolidayMapper holidays;

    HolidayController(HolidayMapper holidays) {
        this.holidays = holidays;
    }

    record Day(LocalDate day, Holiday.Kind kind, String name) {
    }

    @GetMapping("/{year}")
    @Operation(summary = "某年的节假日（OFF）与调休上班日（WORK）")
    List<Day> year(@PathVariable int year) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "年份应在 2000–2100 之间");
        }
        return holidays.selectList(new LambdaQueryWrapper<Holiday>()
                        .between(Holiday::getDay, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .orderByAsc(Holiday::getDay))
                .stream().map(h -> new Day(h.getDay(), h.getKind(), h.getName())).toList();
    }

    @PutMapping("/{year}")
    @Transactional
    @Operation(summary = "替换某年的全部节假日与调休安排")
    List<Day> replace(@PathVariable int year, @RequestBody List<Day> days) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "年份应在 2000–2100 之间");
        }
        java.util.Set<LocalDate> seen = new java.util.HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            if (d == null || d.day() == null || d.day().getYear() != year) {
                throw ApiException.invalid("[" + i + "].day", "日期须在 " + year + " 年内");
            }
            if (!seen.add(d.day())) {
                throw ApiException.invalid("[" + i + "].day", "日期 " + d.day() + " 重复");
            }
            if (d.kind() == null) {
                throw ApiException.invalid("[" + i + "].kind", "kind 应为 OFF（放假）或 WORK（调休上班）");
            }
            if (d.name() == null || d.name().isBlank() || d.name().length() > 32) {
                throw ApiException.invalid("[" + i + "].name", "请填写节日名称（不超过 32 字）");
            }
        }
        holidays.delete(new LambdaQueryWrapper<Holiday>()
                .between(Holiday::getDay, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        for (Day d : days) {
            holidays.insert(new Holiday(d.day(), d.kind(), d.name().trim()));
        }
        return year(year);
    }
}
