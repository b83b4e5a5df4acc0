package cn.aiigd.pool.supplier;

/** What a qualification file proves. */
public enum FileKind {
    BUSINESS_LICENSE("营业执照"),
    QUALIFICATION("资质证书"),
    PATENT("知识产权/专利证明"),
    CASE_PROOF("案例证明材料"),
    OTHER("其他材料");

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
