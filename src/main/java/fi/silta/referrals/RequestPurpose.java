package fi.silta.referrals;

/**
 * Why an admin reaches a client's data outside the referral's own work: a code, with the case number of the
 * county's records system beside it, rather than free text. The access log keeps both for as long as it exists,
 * and an admin writing "request by letter from" and a name would make that name permanent.
 */
public enum RequestPurpose {
    /** The client asks for a copy of their data (GDPR article 15). */
    DATA_SUBJECT_ACCESS,
    /** The client asks who has read their data (the client-data act's access log right). */
    ACCESS_LOG_REQUEST,
    /** The client asks for their data to be erased (GDPR article 17). */
    DATA_SUBJECT_ERASURE,
    /** The data protection authority or another supervisor asks. */
    SUPERVISORY_AUTHORITY,
    /** A court, the police or another authority with a legal right to the data asks. */
    LEGAL_OBLIGATION
}
