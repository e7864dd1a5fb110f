package io.autoghg.platform.security;

/** What a caller may do; roles grant sets of these (see {@link Role} and docs/security.md). */
public enum Permission {
    /** See a plant's set-up, data, evidence, quality, inventories and periods. */
    READ,
    /** Enter activity data and production, correct data, upload evidence, import files. */
    ENTER_DATA,
    /** Submit drafts for accounting (review step of the accountant). */
    SUBMIT_DATA,
    /** Create plants and change organisation, boundary, units, equipment, meters, calibrations and sources. */
    MANAGE_SETUP,
    /** Override source parameters (emission factors, oxidation rates …). */
    MANAGE_PARAMETERS,
    /** Change quality rule settings and fill gaps with estimates. */
    MANAGE_QUALITY,
    /** Move a reporting period through data collection, review and verification. */
    ADVANCE_PERIOD,
    /** Close (approve) and reopen a reporting period; set the base year. */
    APPROVE_PERIOD,
    /** Seal a year of the ledger. */
    SEAL_LEDGER,
    /** Download exports: ledger bundles, XLSX, reports, evidence files. */
    EXPORT,
    /** Open findings, request evidence, draw samples and issue verification statements. */
    VERIFY,
    /** Send meter readings (gateways). */
    INGEST_READINGS,
    /** See personal data and commercially sensitive fields unmasked. */
    SEE_SENSITIVE,
    /** Manage users, role grants, API tokens; read the audit log. */
    ADMINISTER
}
