package fi.silta.importers;

/** The kinds of feed Silta can import; each has its own importer and its own field mapping. */
public enum SourceType {
    /** iCalendar (RFC 5545), as parishes and associations publish their calendars. */
    ICS,
    /**
     * The Linked Events API v1 that Helsinki, Turku and other cities run. A source of this type that was given
     * one of the feeds Linked Events aggregates (the three below) is still read by that feed's importer.
     */
    LINKED_EVENTS,
    /** Open Referral HSDS 3.0 JSON from service directories. */
    HSDS,
    /** Silta's own CSV template, for organisations that keep their activities in a spreadsheet. */
    CSV,
    /** The Österbotten (Ostrobothnia) events calendar's XML service. */
    OSTERBOTTEN,
    /** Espoo's OpenNC content API (OData JSON). */
    ESPOO,
    /** Lippupiste's (Lippu.fi) event list. */
    LIPPUPISTE,
    /**
     * The national service register (Suomi.fi palvelutietovaranto, PTV) Open API v11: an organisation's services
     * with their service location channels. Brings services, not activities.
     */
    PTV;

    /** Whether the source's records become services ({@code fi.silta.services}) rather than activities. */
    public boolean bringsServices() {
        return this == PTV;
    }
}
