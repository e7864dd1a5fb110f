package io.autoghg.accounting.catalogue;

/** The four collection methods of the reference architecture (6.3, Annex B). */
public enum CollectionMethod {
    METERED("activity data collected by meters and converted", "活动数据采集转换"),
    DIRECT("GHG measured directly (CEMS, COD monitor)", "温室气体数据直采"),
    MANUAL("manual supplementary entry with evidence", "异常数据人工补录"),
    INTEGRATION("pulled from another system (EMS, ERP, equipment management)", "上位机采集");

    private final String descriptionEn;
    private final String descriptionZh;

    CollectionMethod(String descriptionEn, String descriptionZh) {
        this.descriptionEn = descriptionEn;
        this.descriptionZh = descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String descriptionZh() {
        return descriptionZh;
    }
}
