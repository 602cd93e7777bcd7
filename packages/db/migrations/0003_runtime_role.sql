-- What the app's login role needs besides storecraft_app (README, "Using PostgreSQL"): the app
-- should connect as a role that cannot bypass row-level security, so that a `RESET ROLE` slipped
-- into a tenant transaction gains nothing. Such a role is granted storecraft_app (tenant tables,
-- under the policies) and storecraft_runtime (the job queue's tables, job recovery, whether the
-- schema is up to date); the migrator keeps ownership of everything. Roles are cluster-wide:
-- tolerate a concurrent migration creating it too.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'storecraft_runtime') THEN
    CREATE ROLE storecraft_runtime NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;--> statement-breakpoint
-- Only to see that no migration is pending; applying them is the migrator's job.
GRANT USAGE ON SCHEMA drizzle TO storecraft_runtime;--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO storecraft_runtime;--> statement-breakpoint
-- pg-boss keeps its tables in the schema `pgboss` (PGBOSS_SCHEMA in @storecraft/jobs) and creates
-- them when it first starts, as the migrator (`storecraft db migrate`). Tables already there get
-- their grant now; tables the migrator creates there later get it by default.
CREATE SCHEMA IF NOT EXISTS pgboss;--> statement-breakpoint
GRANT USAGE ON SCHEMA pgboss TO storecraft_runtime;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO storecraft_runtime;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO storecraft_runtime;--> statement-breakpoint
-- The job queue's one read across tenants: which workspaces have unfinished jobs (ids only; each
-- is then handled through withWorkspace). It runs with the rights of its owner, the migrator,
-- which bypasses row-level security; the runtime role cannot.
CREATE OR REPLACE FUNCTION storecraft_workspaces_with_unfinished_jobs() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT DISTINCT workspace_id FROM public.generation_jobs WHERE status IN ('pending', 'running')
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION storecraft_workspaces_with_unfinished_jobs() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION storecraft_workspaces_with_unfinished_jobs() TO storecraft_runtime;
