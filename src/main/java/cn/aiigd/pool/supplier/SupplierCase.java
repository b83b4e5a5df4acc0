package cn.aiigd.pool.supplier;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A completed industrial case in Guangdong (已实施完成的工业应用实践案例). */
@TableName("supplier_case")
public class SupplierCase {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long supplierId;
    private int sortOrder;
    private String customer;
    private String industryCode;
    private int year;
    private String summary;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
