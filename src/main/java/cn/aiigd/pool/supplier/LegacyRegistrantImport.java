package cn.aiigd.pool.supplier;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.common.error.FieldProblem;
import cn.aiigd.pool.common.validation.ContactRules;
import cn.aiigd.pool.common.validation.CreditCode;
import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.dictionary.Entries;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.supplier.Mappers.SupplierMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the 2020-01-01 … 2021-01-31 registrants of the old platform (通知 一（一）). They are
 * marked as needing to complete their records and, until they withdraw, as bound by the notice's
 * commitments. All or nothing: one bad row rejects the file with every row's problem listed; rows
 * whose credit code is already registered are skipped and reported, so a re-import is harmless.
 */
@Service
public class LegacyRegistrantImport {

    static final LocalDate WINDOW_START = LocalDate.of(2020, 1, 1);
    static final LocalDate WINDOW_END = LocalDate.of(2021, 1, 31);
    static final int MAX_ROWS = 5000;
    private static final String REASON = "2020年1月1日至2021年1月31日期间已在平台注册，须按2021年通知补充完善信息；视为遵守通知有关承诺，不同意的请撤回";

    /** Header names accepted for each column: the English key or the Chinese heading. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "credit_code", List.of("credit_code", "统一社会信用代码"),
            "company_name", List.of("company_name", "企业名称"),
            "registered_on", List.of("registered_on", "注册日期"),
            "registration_place", List.of("registration_place", "注册地"),
            "contact_name", List.of("contact_name", "联络员"),
            "contact_mobile", List.of("contact_mobile", "联络员手机"),
            "contact_email", List.of("contact_email", "联络员邮箱"));
    private static final List<String> REQUIRED = List.of("credit_code", "company_name", "registered_on", "registration_place");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"));

    private final SupplierMapper suppliers;
    private final SupplierTransitions transitions;
    private final Dictionaries dictionaries;
    private final Clock clock;

    LegacyRegistrantImport(SupplierMapper suppliers, SupplierTransitions transitions, Dictionaries dictionaries, Clock clock) {
        this.suppliers = suppliers;
        this.transitions = transitions;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** What an import did. */
    public record Result(int created, List<Skipped> skipped) {
    }

    /** A row left alone because its company is already registered. */
    public record Skipped(int row, String creditCode, String reason) {
    }

    private record Row(int line, String creditCode, String companyName, LocalDate registeredOn, String provinceCode,
                       String cityCode, String contactName, String contactMobile, String contactEmail) {
    }

    @Transactional
    public Result importCsv(StaffPrincipal staff, Reader csv) {
        List<Row> rows = parse(csv);
        List<Skipped> skipped = new ArrayList<>();
        int created = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (Row r : rows) {
            if (suppliers.exists(new LambdaQueryWrapper<Supplier>().eq(Supplier::getCreditCode, r.creditCode()))) {
                skipped.add(new Skipped(r.line(), r.creditCode(), "该统一社会信用代码已注册，未作改动"));
                continue;
            }
            Supplier s = new Supplier();
            s.setCompanyName(r.companyName());
            s.setCreditCode(r.creditCode());
            s.setRegProvinceCode(r.provinceCode());
            s.setRegCityCode(r.cityCode());
            s.setContactName(r.contactName());
            s.setContactMobile(r.contactMobile());
            s.setContactEmail(r.contactEmail());
            s.setConsentCommitments(true);
            s.setConsentPrivacy(true);
            s.setConsentBasis(SupplierRegistrations.CONSENT_LEGACY_DEEMED);
            s.setLegacyRegisteredOn(r.registeredOn());
            s.setNeedsCompletion(true);
            s.setStatus(SupplierStatus.DRAFT);
            s.setVersion(0);
            s.setCreatedAt(now);
            s.setUpdatedAt(now);
            suppliers.insert(s);
            transitions.created(s, SupplierAction.IMPORT_LEGACY, Actor.staff(staff.actorName()), REASON);
            created++;
        }
        return new Result(created, skipped);
    }

    private List<Row> parse(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<FieldProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            Map<String, String> header = resolveHeader(parser.getHeaderNames());
            Set<String> seen = new HashSet<>();
            int read = 0;
            for (CSVRecord rec : parser) {
                if (++read > MAX_ROWS) {
                    throw ApiException.badRequest("一次最多导入 " + MAX_ROWS + " 行，请分批导入");
                }
                int line = (int) rec.getRecordNumber() + 1;
                List<FieldProblem> rowProblems = new ArrayList<>();
                Row row = parseRow(rec, header, line, rowProblems);
                if (row != null && !seen.add(row.creditCode())) {
                    rowProblems.add(new FieldProblem(at(line, "credit_code"), "与文件中前面的行重复"));
                }
                if (rowProblems.isEmpty()) {
                    rows.add(row);
                } else {
                    problems.addAll(rowProblems);
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw ApiException.badRequest("无法读取 CSV 文件：" + e.getMessage() + "。请使用 UTF-8 编码、逗号分隔、首行为表头。");
        }
        if (!problems.isEmpty()) {
            throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "导入文件有误",
                    "文件中有 " + problems.size() + " 处错误，未导入任何数据。请修改后重新导入。", problems);
        }
        if (rows.isEmpty()) {
            throw ApiException.badRequest("文件中没有数据行");
        }
        return rows;
    }

    private static Map<String, String> resolveHeader(List<String> names) {
        Map<String, String> resolved = new java.util.HashMap<>();
        for (String raw : names) {
            String name = raw.replace("\uFEFF", "").trim();
            COLUMNS.forEach((key, aliases) -> {
                if (aliases.contains(name)) {
                    resolved.put(key, raw);
                }
            });
        }
        List<String> missing = REQUIRED.stream().filter(k -> !resolved.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("缺少列 " + String.join("、", missing.stream()
                    .map(k -> COLUMNS.get(k).get(1) + "（" + k + "）").toList()));
        }
        return resolved;
    }

    private Row parseRow(CSVRecord rec, Map<String, String> header, int line, List<FieldProblem> p) {
        String credit = value(rec, header, "credit_code");
        String creditProblem = CreditCode.problem(credit);
        if (creditProblem != null) {
            p.add(new FieldProblem(at(line, "credit_code"), creditProblem));
        }
        String name = value(rec, header, "company_name");
        if (name == null || name.length() > 100) {
            p.add(new FieldProblem(at(line, "company_name"), "请填写企业名称（不超过 100 字）"));
        }
        LocalDate registeredOn = parseDate(value(rec, header, "registered_on"));
        if (registeredOn == null) {
            p.add(new FieldProblem(at(line, "registered_on"), "注册日期格式应为 yyyy-MM-dd"));
        } else if (registeredOn.isBefore(WINDOW_START) || registeredOn.isAfter(WINDOW_END)) {
            p.add(new FieldProblem(at(line, "registered_on"), "注册日期须在 2020-01-01 至 2021-01-31 之间"));
        }
        String place = value(rec, header, "registration_place");
        String province = null;
        String city = null;
        Optional<Entries.City> c = place == null ? Optional.empty() : dictionaries.cityByNameOrCode(place);
        if (c.isPresent()) {
            province = Dictionaries.GUANGDONG;
            city = c.get().code();
        } else {
            Optional<Entries.Province> pr = place == null ? Optional.empty() : dictionaries.provinceByNameOrCode(place);
            if (pr.isPresent() && !Dictionaries.GUANGDONG.equals(pr.get().code())) {
                province = pr.get().code();
            } else {
                p.add(new FieldProblem(at(line, "registration_place"),
                        "注册地应为广东省的地级以上市（如“广州市”），或省外的省级行政区（如“北京市”“香港”）"));
            }
        }
        String mobile = value(rec, header, "contact_mobile");
        if (mobile != null && !ContactRules.isMobile(mobile)) {
            p.add(new FieldProblem(at(line, "contact_mobile"), "手机号码不正确"));
        }
        String email = value(rec, header, "contact_email");
        if (email != null && !ContactRules.isEmail(email)) {
            p.add(new FieldProblem(at(line, "contact_email"), "邮箱不正确"));
        }
        String contact = value(rec, header, "contact_name");
        if (contact != null && contact.length() > 32) {
            p.add(new FieldProblem(at(line, "contact_name"), "联络员姓名不超过 32 字"));
        }
        if (!p.isEmpty()) {
            return null;
        }
        return new Row(line, credit, name, registeredOn, province, city, contact,
                mobile == null ? null : ContactRules.normalizeMobile(mobile), email);
    }

    private static String value(CSVRecord rec, Map<String, String> header, String key) {
        String column = header.get(key);
        if (column == null || !rec.isSet(column)) {
            return null;
        }
        String v = rec.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        String day = s.length() > 10 ? s.substring(0, 10).trim() : s;
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(day, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static String at(int line, String column) {
        return "第" + line + "行." + column;
    }
}
