package fi.silta.services;

/** How a resident gets the service (HSDS leaves this to free text; Silta filters by it). */
public enum AccessMethod {
    /** Anyone may come or call. */
    OPEN,
    /** The resident applies (a decision follows). */
    APPLY,
    /** The resident orders and pays, as from a company. */
    ORDER,
    /** A professional refers the resident. */
    REFERRAL
}
