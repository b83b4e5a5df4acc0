package cn.aiigd.pool.report;

import cn.aiigd.pool.common.pii.Masking;
import cn.aiigd.pool.dictionary.Dictionaries;
import cn.aiigd.pool.filing.FilingQueries;
import cn.aiigd.pool.filing.FilingStatus;
import cn.aiigd.pool.filing.FilingView;
import cn.aiigd.pool.staff.StaffPrincipal;
import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.supplier.SupplierDirectory;
import cn.aiigd.pool.supplier.SupplierReviews;
import cn.aiigd.pool.supplier.SupplierStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * Excel exports of suppliers and filings with the console's current filter. Contact mobile numbers
 * and e-mail addresses appear in full only for the roles that handle contacts (admins and the
 * alliance's reviewers); everyone else gets them masked. Every export is in the audit log.
 */
@Service
public class Exports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SupplierReviews suppliers;
    private final SupplierDirectory directory;
    private final FilingQueries filings;
    private final Dictionaries dictionaries;

    Exports(SupplierReviews suppliers, SupplierDirectory directory, FilingQueries filings, Dictionaries dictionaries) {
        this.suppliers = suppliers;
        this.directory = directory;
        this.filings = filings;
        this.dictionaries = dictionaries;
    }

    static boolean seesContacts(StaffPrincipal staff) {
        return staff.role() == StaffRole.ADMIN || staff.role() == StaffRole.ALLIANCE_REVIEWER;
    }

    public byte[] suppliers(StaffPrincipal staff, SupplierStatus status, String city) {
        boolean contacts = seesContacts(staff);
        List<List<String>> rows = new ArrayList<>();
        for (var s : suppliers.all(staff, status, city)) {
            rows.add(List.of(Long.toString(s.id()), s.companyName(), s.creditCode(), place(s.registrationProvince(), s.registrationCity()),
                    s.status().label(), s.submittedAt() == null ? "" : s.submittedAt().format(MINUTE),
                    s.reviewDueOn() == null ? "" : s.reviewDueOn().format(DAY), nz(s.lastReason()), nz(s.contactName()),
                    contacts ? nz(s.contactMobile()) : Masking.mobile(nz(s.contactMobile())),
                    contacts ? nz(s.contactEmail()) : Masking.email(nz(s.contactEmail()))));
        }
        return workbook("供应商", List.of("编号", "企业名称", "统一社会信用代码", "注册地", "状态", "提交时间", "审核期限", "最近意见", "联系人",
                "联系手机", "联系邮箱"), rows);
    }

    public byte[] filings(StaffPrincipal staff, FilingQueries.Filter filter) {
        boolean contacts = seesContacts(staff);
        List<List<String>> rows = new ArrayList<>();
        for (FilingView f : allFilings(filings, filter)) {
            var s = directory.summary(f.supplierId());
            rows.add(List.of(Long.toString(f.id()), f.companyName(), f.registrationCity() == null ? "省外" : place(null, f.registrationCity()),
                    f.batchName(), f.categoryName(), String.join("、", f.directions()), nz(f.productName()), f.status().label(),
                    f.submittedAt() == null ? "" : f.submittedAt().format(MINUTE), nz(s.contactName()),
                    contacts ? nz(s.contactMobile()) : Masking.mobile(nz(s.contactMobile())),
                    contacts ? nz(s.contactEmail()) : Masking.email(nz(s.contactEmail()))));
        }
        return workbook("申报", List.of("编号", "企业名称", "注册地", "批次", "类别", "新技术方向", "产品名称", "状态", "提交时间", "联系人", "联系手机",
                "联系邮箱"), rows);
    }

    /** Every filing matching the filter, through the same query as the console's queue. */
    static List<FilingView> allFilings(FilingQueries filings, FilingQueries.Filter filter) {
        List<FilingView> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            FilingQueries.Page p = filings.find(filter, page, 100);
            all.addAll(p.items());
            if (p.items().size() < 100) {
                return all;
            }
        }
    }

    private String place(String province, String city) {
        if (city != null) {
            return dictionaries.city(city).map(c -> c.name()).orElse(city);
        }
        return province == null ? "" : dictionaries.province(province).map(p -> p.name()).orElse(province);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static byte[] workbook(String sheetName, List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    // Text cells only: a value starting with = must never become a formula in someone's Excel.
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
