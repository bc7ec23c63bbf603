-- The feeds Linked Events aggregates get source types of their own. Sources of type LINKED_EVENTS that already
-- point at one of these feeds keep their type: the Linked Events importer still recognises them.
ALTER TABLE import_source DROP CONSTRAINT import_source_type_check;
ALTER TABLE import_source ADD CONSTRAINT import_source_type_check
    CHECK (type IN ('ICS', 'LINKED_EVENTS', 'HSDS', 'CSV', 'OSTERBOTTEN', 'ESPOO', 'LIPPUPISTE'));
