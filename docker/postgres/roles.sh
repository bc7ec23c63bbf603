#!/bin/sh
# Runs once, when the database volume is first created (the postgres image's /docker-entrypoint-initdb.d).
# Two roles, as Silta's migrations expect: silta_owner owns the database and runs the migrations; silta_app is
# what the application connects as, and the migrations grant it only what it needs (rows, never the audit
# trails' history or their triggers). Neither is a superuser.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner_password="$SILTA_DB_OWNER_PASSWORD" -v app_password="$SILTA_DB_PASSWORD" <<'SQL'
CREATE ROLE silta_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE silta_app LOGIN PASSWORD :'app_password';
CREATE DATABASE silta OWNER silta_owner ENCODING 'UTF8' TEMPLATE template0;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname silta -c "ALTER SCHEMA public OWNER TO silta_owner"
