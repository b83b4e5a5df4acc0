package cn.aiigd.pool.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.support.IntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

class PlatformIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Value("${pool.redis.key-prefix}")
    String redisPrefix;

    @Test
    void healthShowsDatabaseAndRedis() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.redis.status").value("UP"));
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/applicant/suppliers']").exists())
                .andExpect(jsonPath("$.paths['/api/staff/suppliers/{id}/approve']").exists())
                .andExpect(jsonPath("$.paths['/api/public/dictionaries']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.staff.scheme").value("basic"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void unknownPathsGetAChineseProblemDetail() throws Exception {
        mvc.perform(get("/api/public/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("请求的地址不存在。"));
    }

    @Test
    void eachRunHasItsOwnSchemaAndRedisPrefix() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getCatalog()).startsWith("pool_run_");
        }
        assertThat(redisPrefix).startsWith("pool:run:");
    }

    @Test
    void migrationsSeedTheNoticesReferenceData() {
        assertThat(count("SELECT COUNT(*) FROM city")).isEqualTo(21);
        assertThat(count("SELECT COUNT(*) FROM city WHERE code LIKE '44%'")).isEqualTo(21);
        assertThat(count("SELECT COUNT(*) FROM industry WHERE code BETWEEN '13' AND '43'")).isEqualTo(31);
        assertThat(count("SELECT COUNT(*) FROM capability_category")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM tech_direction")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM province WHERE code IN ('710000','810000','820000')")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM holiday WHERE day BETWEEN '2021-01-01' AND '2021-12-31'")).isEqualTo(38);
        assertThat(count("SELECT COUNT(*) FROM holiday WHERE kind = 'WORK'")).isEqualTo(7);
        assertThat(jdbc.queryForList("SELECT CONCAT(opens_at, '|', closes_at) FROM batch WHERE year = 2021 ORDER BY seq", String.class))
                .containsExactly("2021-02-01 00:00:00.000|2021-03-15 23:59:59.999",
                        "2021-08-01 00:00:00.000|2021-09-15 23:59:59.999");
    }

    @Test
    void publicDictionariesAndBatchesNeedNoSignIn() throws Exception {
        mvc.perform(get("/api/public/dictionaries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cities.length()").value(21))
                .andExpect(jsonPath("$.cities[0].name").value("广州市"))
                .andExpect(jsonPath("$.industries.length()").value(32))
                .andExpect(jsonPath("$.industries[31].name").value("全行业"))
                .andExpect(jsonPath("$.categories[0].name").value("工业互联网应用（含工业软件）"))
                .andExpect(jsonPath("$.directions.length()").value(6));
        // 2021-02-10 is inside batch 1 and before batch 2.
        mvc.perform(get("/api/public/batches"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].state").value("OPEN"))
                .andExpect(jsonPath("$[1].state").value("UPCOMING"));
        pin("2021-03-16T00:00:00+08:00");
        mvc.perform(get("/api/public/batches")).andExpect(jsonPath("$[0].state").value("CLOSED"));
        pin("2021-03-15T23:59:59+08:00");
        mvc.perform(get("/api/public/batches")).andExpect(jsonPath("$[0].state").value("OPEN"));
    }
}
