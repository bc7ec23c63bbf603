-- The national service register (Suomi.fi palvelutietovaranto, PTV) becomes a source type. Its services become
-- Silta services (table service), not activities.
ALTER TABLE import_source DROP CONSTRAINT import_source_type_check;
ALTER TABLE import_source ADD CONSTRAINT import_source_type_check
    CHECK (type IN ('ICS', 'LINKED_EVENTS', 'HSDS', 'CSV', 'OSTERBOTTEN', 'ESPOO', 'LIPPUPISTE', 'PTV'));

-- A third keyword scheme: PTV's Finto codes, the service classes (ptvl, 'P…') and target groups ('KR…'). A code
-- without a row of its own takes its nearest listed parent's ('P10.1.2' → 'P10.1' → 'P10'); a class or group
-- whose code is not listed at all is tried by its names through the 'text' scheme. See docs/importers.md.
ALTER TABLE import_keyword_mapping DROP CONSTRAINT import_keyword_mapping_scheme_check;
ALTER TABLE import_keyword_mapping ADD CONSTRAINT import_keyword_mapping_scheme_check
    CHECK (scheme IN ('linkedevents', 'text', 'ptv'));

-- Target groups (Finto ptvkohderyhmat). KR2 (companies and communities) has no row on purpose: a service only
-- for them is not for residents and is left out by the importer.
INSERT INTO import_keyword_mapping (scheme, keyword, category_code, target_group_code, note) VALUES
    ('ptv', 'KR1', NULL, 'EVERYONE', 'Kansalaiset'),
    ('ptv', 'KR1.1', NULL, 'FAMILIES', 'Lapsiperheet'),
    ('ptv', 'KR1.2', NULL, 'SENIORS', 'Ikääntyneet'),
    ('ptv', 'KR1.3', NULL, 'IMMIGRANTS', 'Maahanmuuttajat'),
    ('ptv', 'KR1.4', NULL, 'YOUTH', 'Nuoret'),
    ('ptv', 'KR1.5', NULL, 'PEOPLE_WITH_DISABILITIES', 'Vammaiset');

-- Service classes (Finto ptvl). Only classes that say something a resident filters by in Silta have rows.
INSERT INTO import_keyword_mapping (scheme, keyword, category_code, target_group_code, note) VALUES
    ('ptv', 'P10.1', NULL, 'SENIORS', 'Ikääntyneiden palvelut'),
    ('ptv', 'P10.1.2', 'FOOD', NULL, 'Ateria- ja kauppapalvelut'),
    ('ptv', 'P10.1.2', NULL, 'SENIORS', 'Ateria- ja kauppapalvelut'),
    ('ptv', 'P10.3', 'CAREGIVER_SUPPORT', NULL, 'Omaishoidon tuki'),
    ('ptv', 'P10.3', NULL, 'FAMILY_CAREGIVERS', 'Omaishoidon tuki'),
    ('ptv', 'P10.4', NULL, 'PEOPLE_WITH_DISABILITIES', 'Vammaisten palvelut'),
    ('ptv', 'P10.6', 'FINANCES', NULL, 'Toimeentulotuki ja talousneuvonta'),
    ('ptv', 'P11.3', 'MENTAL_WELLBEING', NULL, 'Mielenterveyspalvelut'),
    ('ptv', 'P11.4', 'HEALTH_ADVICE', NULL, 'Terveyden edistäminen ja neuvonta'),
    ('ptv', 'P15.1', 'PHYSICAL_ACTIVITY', NULL, 'Liikunta'),
    ('ptv', 'P15.2', 'CULTURE', NULL, 'Kulttuuri'),
    ('ptv', 'P17.2', 'EMPLOYMENT', NULL, 'Työllistymistä tukevat palvelut');

-- Names of PTV classes as publishers see them, for codes without a row (the 'text' scheme compares names
-- without regard to case and accents).
INSERT INTO import_keyword_mapping (scheme, keyword, category_code, target_group_code, note) VALUES
    ('text', 'Ikääntyneiden palvelut', NULL, 'SENIORS', 'PTV'),
    ('text', 'Äldreomsorg', NULL, 'SENIORS', 'PTV'),
    ('text', 'Services for the elderly', NULL, 'SENIORS', 'PTV'),
    ('text', 'Omaishoidon tuki', 'CAREGIVER_SUPPORT', NULL, 'PTV'),
    ('text', 'Stöd för närståendevård', 'CAREGIVER_SUPPORT', NULL, 'PTV'),
    ('text', 'Support for informal care', 'CAREGIVER_SUPPORT', NULL, 'PTV'),
    ('text', 'Ateriapalvelut', 'FOOD', NULL, 'PTV'),
    ('text', 'Måltidstjänster', 'FOOD', NULL, 'PTV'),
    ('text', 'Meal services', 'FOOD', NULL, 'PTV'),
    ('text', 'Mielenterveyspalvelut', 'MENTAL_WELLBEING', NULL, 'PTV'),
    ('text', 'Mentalvårdstjänster', 'MENTAL_WELLBEING', NULL, 'PTV'),
    ('text', 'Mental health services', 'MENTAL_WELLBEING', NULL, 'PTV');
