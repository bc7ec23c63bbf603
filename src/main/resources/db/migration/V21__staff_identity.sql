-- Silta records its staff's work under their user names (the nurse of a referral, its link-person, an
-- organisation's members), which people read and type. A user name belongs to the first account of the identity
-- provider that signs in with it, named by the token's subject: a user deleted and re-created under the same name,
-- or another account renamed to it, is a new subject and gets none of the old account's referrals, cases or
-- memberships (docs/security.md says how an admin releases a name that rightly moved).
CREATE TABLE staff_identity (
    username varchar(255) PRIMARY KEY,
    subject  varchar(255) NOT NULL,
    bound_at timestamp(6) with time zone NOT NULL
);
