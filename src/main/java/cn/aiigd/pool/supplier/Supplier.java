package cn.aiigd.pool.supplier;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A company's supplier registration (供应商认证). {@code version} guards every update. */
@TableName("supplier")
public class Supplier {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String companyName;
    private String creditCode;
    private String regProvinceCode;
    private String regCityCode;
    private String legalRepresentative;
    private LocalDate foundedOn;
    private boolean coversGuangdong;
    private String teamInGuangdong;
    private String ipSummary;
    private String equityStructure;
    private String businessDirection;
    private boolean allIndustries;
    private String contactName;
    private String contactMobile;
    private String contactEmail;
    private boolean consentCommitments;
    private boolean consentPrivacy;
    private String consentBasis;
    private SupplierStatus status;
    private String reviewScope;
    private LocalDateTime submittedAt;
    private LocalDate reviewDueOn;
    private String lastReason;
    private LocalDate legacyRegisteredOn;
    private boolean needsCompletion;
    @Version
    private Integer version;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getRegProvinceCode() { return regProvinceCode; }
    public void setRegProvinceCode(String regProvinceCode) { this.regProvinceCode = regProvinceCode; }
    public String getRegCityCode() { return regCityCode; }
    public void setRegCityCode(String regCityCode) { this.regCityCode = regCityCode; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public boolean isCoversGuangdong() { return coversGuangdong; }
    public void setCoversGuangdong(boolean coversGuangdong) { this.coversGuangdong = coversGuangdong; }
    public String getTeamInGuangdong() { return teamInGuangdong; }
    public void setTeamInGuangdong(String teamInGuangdong) { this.teamInGuangdong = teamInGuangdong; }
    public String getIpSummary() { return ipSummary; }
    public void setIpSummary(String ipSummary) { this.ipSummary = ipSummary; }
    public String getEquityStructure() { return equityStructure; }
    public void setEquityStructure(String equityStructure) { this.equityStructure = equityStructure; }
    public String getBusinessDirection() { return businessDirection; }
    public void setBusinessDirection(String businessDirection) { this.businessDirection = businessDirection; }
    public boolean isAllIndustries() { return allIndustries; }
    public void setAllIndustries(boolean allIndustries) { this.allIndustries = allIndustries; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactMobile() { return contactMobile; }
    public void setContactMobile(String contactMobile) { this.contactMobile = contactMobile; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public boolean isConsentCommitments() { return consentCommitments; }
    public void setConsentCommitments(boolean consentCommitments) { this.consentCommitments = consentCommitments; }
    public boolean isConsentPrivacy() { return consentPrivacy; }
    public void setConsentPrivacy(boolean consentPrivacy) { this.consentPrivacy = consentPrivacy; }
    public String getConsentBasis() { return consentBasis; }
    public void setConsentBasis(String consentBasis) { this.consentBasis = consentBasis; }
    public SupplierStatus getStatus() { return status; }
    public void setStatus(SupplierStatus status) { this.status = status; }
    public String getReviewScope() { return reviewScope; }
    public void setReviewScope(String reviewScope) { this.reviewScope = reviewScope; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
    public LocalDate getReviewDueOn() { return reviewDueOn; }
    public void setReviewDueOn(LocalDate reviewDueOn) { this.reviewDueOn = reviewDueOn; }
    public String getLastReason() { return lastReason; }
    public void setLastReason(String lastReason) { this.lastReason = lastReason; }
    public LocalDate getLegacyRegisteredOn() { return legacyRegisteredOn; }
    public void setLegacyRegisteredOn(LocalDate legacyRegisteredOn) { this.legacyRegisteredOn = legacyRegisteredOn; }
    public boolean isNeedsCompletion() { return needsCompletion; }
    public void setNeedsCompletion(boolean needsCompletion) { this.needsCompletion = needsCompletion; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
