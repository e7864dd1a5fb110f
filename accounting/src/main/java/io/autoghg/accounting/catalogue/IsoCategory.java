package io.autoghg.accounting.catalogue;

/** ISO 14064-1:2018 emission categories (methodology file, section 6). */
public enum IsoCategory {
    DIRECT(1, "Direct GHG emissions and removals", "直接温室气体排放和清除"),
    IMPORTED_ENERGY(2, "Indirect GHG emissions from imported energy", "输入能源的间接温室气体排放"),
    TRANSPORTATION(3, "Indirect GHG emissions from transportation", "运输产生的间接温室气体排放"),
    PRODUCTS_USED(4, "Indirect GHG emissions from products used by the organisation", "组织使用的产品产生的间接温室气体排放"),
    USE_OF_PRODUCTS(5, "Indirect GHG emissions associated with the use of products from the organisation", "与组织产品使用相关的间接温室气体排放"),
    OTHER(6, "Indirect GHG emissions from other sources", "其他来源的间接温室气体排放");

    private final int number;
    private final String nameEn;
    private final String nameZh;

    IsoCategory(int number, String nameEn, String nameZh) {
        this.number = number;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    public int number() {
        return number;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }
}
