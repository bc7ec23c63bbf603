-- Fourteen postal codes whose place name is a municipality pointed to another municipality in the reference
-- data of V1 (taken from GeoNames, which places post-office-box and special codes by a wrong coordinate):
-- 00101 Helsinki pointed to Pieksämäki, 00002 Helsinki to Hattula, 22120 Mariehamn to Jomala, and so on.
-- Posti's postal code file puts each of the twelve it still lists in the municipality its name says; 66999
-- Vaasa and 98999 Kemijärvi, no longer listed, follow their names too. Places resolved from these codes before this migration keep the
-- municipality they were given until their feed is imported again.
UPDATE postal_code SET municipality_code = '091' WHERE code IN ('00002', '00101');
UPDATE postal_code SET municipality_code = '106' WHERE code = '05620';
UPDATE postal_code SET municipality_code = '398' WHERE code = '15820';
UPDATE postal_code SET municipality_code = '837' WHERE code IN ('33101', '33731');
UPDATE postal_code SET municipality_code = '905' WHERE code IN ('65301', '66999');
UPDATE postal_code SET municipality_code = '217' WHERE code = '69101';
UPDATE postal_code SET municipality_code = '563' WHERE code = '86301';
UPDATE postal_code SET municipality_code = '205' WHERE code = '87101';
UPDATE postal_code SET municipality_code = '320' WHERE code = '98999';
UPDATE postal_code SET municipality_code = '478' WHERE code IN ('22120', '22160');
