package cn.aiigd.pool.common;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.common.time.WorkingDayCalendar;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import cn.aiigd.pool.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class WorkingDayCalendarIT extends IntegrationTest {

    @Autowired
    WorkingDayCalendar calendar;

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // The example: Spring Festival 02-11…17 off, Saturday 02-20 a makeup working day.
            "2021-02-10, 5, 2021-02-23",
            // An ordinary week: Monday + 5 = next Monday.
            "2021-03-01, 5, 2021-03-08",
            // Friday + 1 skips the weekend.
            "2021-03-05, 1, 2021-03-08",
            // National Day: 10-01…07 off, Saturday 10-09 worked.
            "2021-09-30, 5, 2021-10-13",
            // Mid-Autumn: 09-18 (Sat) worked, 09-19…21 off.
            "2021-09-17, 1, 2021-09-18",
            "2021-09-17, 2, 2021-09-22",
            // Labour Day: 04-25 (Sun) worked, 05-01…05 off, 05-08 (Sat) worked.
            "2021-04-23, 1, 2021-04-25",
            "2021-04-30, 2, 2021-05-07",
            "2021-04-30, 3, 2021-05-08",
            "2021-02-10, 0, 2021-02-10"
    })
    void addsWorkingDaysAcrossHolidaysAndMakeupDays(LocalDate start, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, n)).isEqualTo(expected);
    }

    @Test
    void staffAddALaterYearsScheduleAndDueDatesFollowIt() throws Exception {
        Staff admin = api.staff(StaffRole.ADMIN, null);
        // 2022 Spring Festival: 01-31 … 02-06 off, Saturday 01-29 and Sunday 01-30 worked.
        String schedule = "[" + String.join(",",
                "{\"day\":\"2022-01-29\",\"kind\":\"WORK\",\"name\":\"春节调休上班\"}",
                "{\"day\":\"2022-01-30\",\"kind\":\"WORK\",\"name\":\"春节调休上班\"}",
                "{\"day\":\"2022-01-31\",\"kind\":\"OFF\",\"name\":\"春节\"}",
                "{\"day\":\"2022-02-01\",\"kind\":\"OFF\",\"name\":\"春节\"}",
                "{\"day\":\"2022-02-02\",\"kind\":\"OFF\",\"name\":\"春节\"}",
                "{\"day\":\"2022-02-03\",\"kind\":\"OFF\",\"name\":\"春节\"}",
                "{\"day\":\"2022-02-04\",\"kind\":\"OFF\",\"name\":\"春节\"}") + "]";
        assertThat(calendar.addWorkingDays(LocalDate.of(2022, 1, 28), 2)).isEqualTo(LocalDate.of(2022, 2, 1));
        mvc.perform(put("/api/staff/holidays/2022").with(admin.auth()).contentType(MediaType.APPLICATION_JSON).content(schedule))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2022, 1, 28), 2)).isEqualTo(LocalDate.of(2022, 1, 30));
        assertThat(calendar.addWorkingDays(LocalDate.of(2022, 1, 28), 3)).isEqualTo(LocalDate.of(2022, 2, 7));

        // A duplicate day or a day outside the year is refused and the stored schedule stays.
        mvc.perform(put("/api/staff/holidays/2022").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"day\":\"2022-10-01\",\"kind\":\"OFF\",\"name\":\"国庆节\"},"
                                + "{\"day\":\"2022-10-01\",\"kind\":\"OFF\",\"name\":\"国庆节\"}]"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/staff/holidays/2022").with(admin.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"day\":\"2023-10-01\",\"kind\":\"OFF\",\"name\":\"国庆节\"}]"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/staff/holidays/2022").with(admin.auth())).andExpect(jsonPath("$.length()").value(7));
        // Only admins keep the calendar.
        mvc.perform(put("/api/staff/holidays/2022").with(api.staff(StaffRole.ALLIANCE_REVIEWER, null).auth())
                .contentType(MediaType.APPLICATION_JSON).content("[]")).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @CsvSource({
            "2021-02-07, true",   // Sunday, makeup working day
            "2021-02-12, false",  // Friday, Spring Festival
            "2021-02-13, false",  // Saturday, Spring Festival
            "2021-02-22, true",   // ordinary Monday
            "2021-02-21, false",  // ordinary Sunday
            "2021-10-09, true"    // Saturday, makeup for National Day
    })
    void knowsWhichDaysAreWorked(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }
}
