#!/usr/bin/env bash
# Run once by the postgres image on an empty volume: the owner role (migrations) and the service
# role (the API, owns nothing), and the database owned by the former.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$NQ57_OWNER_PASSWORD" -v app_password="$NQ57_APP_PASSWORD" <<'SQL'
create role nq57_owner login password :'owner_password';
create role nq57_app login password :'app_password';
create database nq57 owner nq57_owner;
\connect nq57
alter schema public owner to nq57_owner;
revoke create on schema public from public;
SQL
