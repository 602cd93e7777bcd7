-- The non-superuser role tenant transactions switch to (SET LOCAL ROLE). Roles are cluster-wide on
-- Postgres, so several databases (one per test file, say) may race to create it: tolerate that.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'storecraft_app') THEN
    CREATE ROLE storecraft_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;--> statement-breakpoint
-- The connecting user must be allowed to SET ROLE to it (a no-op for superusers).
DO $$
BEGIN
  EXECUTE format('GRANT storecraft_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL;
END
$$;
