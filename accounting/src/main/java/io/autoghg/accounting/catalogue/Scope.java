package io.autoghg.accounting.catalogue;

/** GHG Protocol scope. */
public enum Scope {
    SCOPE1("Scope 1"), SCOPE2("Scope 2"), SCOPE3("Scope 3");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
