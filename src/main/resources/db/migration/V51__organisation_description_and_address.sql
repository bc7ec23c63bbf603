-- What an organisation is about, in each language, and its postal address (the municipality follows from the
-- postal code): an admin keeps them; the public organisation page shows them.
ALTER TABLE organisation
    ADD COLUMN description_fi varchar(4000),
    ADD COLUMN description_sv varchar(4000),
    ADD COLUMN description_en varchar(4000),
    ADD COLUMN street_address varchar(200),
    ADD COLUMN postal_code    varchar(5);
