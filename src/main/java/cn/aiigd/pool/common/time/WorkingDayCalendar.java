package cn.aiigd.pool.common.time;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Working days as Chinese offices count them: Monday to Friday, minus public holidays, plus the
 * weekend days that are worked to make up for them (调休). The holiday table is data so staff can add
 * later years; it is read per question rather than cached, so every node sees an edit at once.
 */
@Service
public class WorkingDayCalendar {

    /** Long enough to cross Spring Festival plus any realistic SLA. */
    private static final int LOOKAHEAD_DAYS = 120;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final HolidayMapper holidays;
    private final java.util.Set<Integer> warnedYears = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public WorkingDayCalendar(HolidayMapper holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, exceptionsBetween(day, day));
    }

    /** The date {@code n} working days after {@code start}; {@code start} itself never counts. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        Map<LocalDate, Holiday.Kind> exceptions = exceptionsBetween(start, start.plusDays(LOOKAHEAD_DAYS + n * 2L));
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, exceptions)) {
                counted++;
            }
        }
        for (int year = start.getYear(); year <= day.getYear(); year++) {
            warnIfUnknown(year);
        }
        return day;
    }

    /**
     * Each year's holidays are published by the State Council and added by staff; until they are,
     * due dates in that year count weekends only. Say so loudly rather than be silently wrong.
     */
    private void warnIfUnknown(int year) {
        if (warnedYears.contains(year)) {
            return;
        }
        boolean known = holidays.exists(new LambdaQueryWrapper<Holiday>()
                .between(Holiday::getDay, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        if (!known && warnedYears.add(year)) {
            log.warn("No holidays are recorded for {}: working days in {} count weekends only. "
                    + "Add the year's schedule with PUT /api/staff/holidays/{}.", year, year, year);
        }
    }

    private static boolean isWorkingDay(LocalDate day, Map<LocalDate, Holiday.Kind> exceptions) {
        Holiday.Kind kind = exceptions.get(day);
        if (kind != null) {
            return kind == Holiday.Kind.WORK;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, Holiday.Kind> exceptionsBetween(LocalDate from, LocalDate to) {
        Map<LocalDate, Holiday.Kind> map = new HashMap<>();
        for (Holiday h : holidays.selectList(new LambdaQueryWrapper<Holiday>()
                .between(Holiday::getDay, from, to))) {
            map.put(h.getDay(), h.getKind());
        }
        return map;
    }
}
