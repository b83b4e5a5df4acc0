package cn.aiigd.pool.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api.Applicant;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Multi-step paths through the HTTP API that many tests start from. */
@TestComponent
public class Journeys {

    private final MockMvc mvc;
    private final Api api;

    public Journeys(MockMvc mvc, Api api) {
        this.mvc = mvc;
        this.api = api;
    }

    /** Registers a Guangzhou supplier for the applicant, submits it and has it approved. Returns its id. */
    public long approvedSupplier(Applicant applicant) throws Exception {
        return approvedSupplier(applicant, Api.completeForm(Api.creditCode(), "440000", "440100"));
    }

    /** The same, with a contact mobile of its own (a fake platform can then script answers for this supplier alone). */
    public long approvedSupplier(Applicant applicant, String contactMobile) throws Exception {
        return approvedSupplier(applicant, Api.withContactMobile(Api.completeForm(Api.creditCode(), "440000", "440100"), contactMobile));
    }

    private long approvedSupplier(Applicant applicant, cn.aiigd.pool.supplier.SupplierForm form) throws Exception {
        String body = api.write(form);
        long id = api.read(mvc.perform(post("/api/applicant/suppliers").with(applicant.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(multipart("/api/applicant/suppliers/{id}/files", id)
                .file(new MockMultipartFile("file", "营业执照.pdf", "application/pdf", Pdf.minimalPdf()))
                .with(applicant.auth())).andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/suppliers/{id}/submit", id).with(applicant.auth())).andExpect(status().isOk());
        mvc.perform(post("/api/staff/suppliers/{id}/approve", id).with(api.staff(StaffRole.CITY_REVIEWER, "440100").auth()))
                .andExpect(status().isOk());
        return id;
    }

    public static String filingForm(String category, List<String> directions) {
        StringBuilder dirs = new StringBuilder("[");
        for (int i = 0; i < directions.size(); i++) {
            dirs.append(i == 0 ? "" : ",").append('"').append(directions.get(i)).append('"');
        }
        dirs.append(']');
        return "{\"category\":\"" + category + "\",\"directions\":" + dirs + ",\"productName\":\"智能注塑云平台-" + category + "\","
                + "\"description\":\"面向注塑企业的设备联网与工艺优化\",\"otItIntegration\":\"PLC 数据采集与 MES 深度集成\","
                + "\"guangdongCases\":\"佛山某注塑厂、东莞某电子厂\",\"ipSummary\":\"发明专利 2 项\"}";
    }

    public ResultActions createFiling(Applicant applicant, long supplierId, String category, List<String> directions) throws Exception {
        return mvc.perform(post("/api/applicant/suppliers/{id}/filings", supplierId).with(applicant.auth())
                .contentType(MediaType.APPLICATION_JSON).content(filingForm(category, directions)));
    }

    /** Creates a complete filing in the open batch, uploads its proof and submits it. Returns its id. */
    public long submittedFiling(Applicant applicant, long supplierId, String category) throws Exception {
        long id = api.read(createFiling(applicant, supplierId, category, List.of("AI"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(multipart("/api/applicant/filings/{id}/files", id)
                .file(new MockMultipartFile("file", "产品说明.pdf", "application/pdf", Pdf.minimalPdf()))
                .with(applicant.auth())).andExpect(status().isCreated());
        mvc.perform(post("/api/applicant/filings/{id}/submit", id).with(applicant.auth())).andExpect(status().isOk());
        return id;
    }
}
