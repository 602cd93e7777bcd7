-- drizzle-kit enables RLS and creates the policies but cannot FORCE it or GRANT: both live here.
-- FORCE makes the policies bind the table owner too; only superusers (the migrator) bypass them.
ALTER TABLE "workspaces" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "workspace_memberships" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "brands" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "categories" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "products" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "variants" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "images" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "generation_jobs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "export_jobs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO storecraft_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON
  workspaces, workspace_memberships, brands, categories, products, variants, images,
  generation_jobs, export_jobs
  TO storecraft_app;--> statement-breakpoint
-- Users are written by sign-up (owner connection); members of a workspace may read each other.
GRANT SELECT ON users TO storecraft_app;--> statement-breakpoint
-- A category's depth follows from its parent; the tree is at most three levels deep and never
-- crosses brands. (The composite foreign key already keeps the parent in the same brand.)
CREATE OR REPLACE FUNCTION categories_set_depth() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parent_depth smallint;
BEGIN
  IF NEW.parent_id IS NULL THEN
    NEW.depth := 1;
  ELSE
    IF NEW.parent_id = NEW.id THEN
      RAISE EXCEPTION 'category % cannot be its own parent', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    SELECT depth INTO parent_depth FROM categories
      WHERE id = NEW.parent_id AND brand_id = NEW.brand_id AND workspace_id = NEW.workspace_id;
    IF parent_depth IS NULL THEN
      RAISE EXCEPTION 'parent category % not found in brand %', NEW.parent_id, NEW.brand_id
        USING ERRCODE = 'foreign_key_violation';
    END IF;
    NEW.depth := parent_depth + 1;
  END IF;
  -- Moving a category that has children would change their depth too: refuse it.
  IF TG_OP = 'UPDATE' AND NEW.depth <> OLD.depth
     AND EXISTS (SELECT 1 FROM categories WHERE parent_id = NEW.id) THEN
    RAISE EXCEPTION 'category % has children; move them first', NEW.handle USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.depth > 3 THEN
    RAISE EXCEPTION 'category % would be at depth %, the tree is at most 3 levels deep', NEW.handle, NEW.depth
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER categories_set_depth
  BEFORE INSERT OR UPDATE OF parent_id, depth ON categories
  FOR EACH ROW EXECUTE FUNCTION categories_set_depth();
