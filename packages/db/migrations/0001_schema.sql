CREATE TYPE "public"."membership_role" AS ENUM('owner', 'admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."brand_voice" AS ENUM('playful', 'premium', 'technical', 'earthy', 'minimal', 'bold');--> statement-breakpoint
CREATE TYPE "public"."product_status" AS ENUM('active', 'draft', 'archived');--> statement-breakpoint
CREATE TYPE "public"."inventory_policy" AS ENUM('deny', 'continue');--> statement-breakpoint
CREATE TYPE "public"."image_status" AS ENUM('pending', 'ready', 'failed');--> statement-breakpoint
CREATE TYPE "public"."export_format" AS ENUM('shopify', 'woocommerce', 'magento', 'bigcommerce', 'thumbnails');--> statement-breakpoint
CREATE TYPE "public"."generation_job_kind" AS ENUM('catalog', 'image');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('pending', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "workspace_memberships" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" "membership_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_memberships_workspace_user_key" UNIQUE("workspace_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "workspace_memberships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "brands" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"handle" text NOT NULL,
	"tagline" text NOT NULL,
	"mission" text NOT NULL,
	"values" jsonb NOT NULL,
	"voice" "brand_voice" NOT NULL,
	"palette" jsonb NOT NULL,
	"logo_svg" text NOT NULL,
	"typography" jsonb NOT NULL,
	"niche" text NOT NULL,
	"verticals" jsonb NOT NULL,
	"seed" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brands_workspace_handle_key" UNIQUE("workspace_id","handle"),
	CONSTRAINT "brands_workspace_id_key" UNIQUE("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "brands" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "categories" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"brand_id" text NOT NULL,
	"parent_id" text,
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"taxonomy_path" text,
	"depth" smallint DEFAULT 1 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_brand_handle_key" UNIQUE("brand_id","handle"),
	CONSTRAINT "categories_workspace_brand_id_key" UNIQUE("workspace_id","brand_id","id"),
	CONSTRAINT "categories_depth_check" CHECK ("categories"."depth" between 1 and 3)
);
--> statement-breakpoint
ALTER TABLE "categories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"brand_id" text NOT NULL,
	"category_id" text NOT NULL,
	"position" integer NOT NULL,
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"body_html" text NOT NULL,
	"vendor" text NOT NULL,
	"product_type" text NOT NULL,
	"taxonomy_path" text NOT NULL,
	"tags" jsonb NOT NULL,
	"status" "product_status" DEFAULT 'active' NOT NULL,
	"published_online" boolean DEFAULT true NOT NULL,
	"seo_title" text NOT NULL,
	"seo_description" text NOT NULL,
	"options" jsonb NOT NULL,
	"min_price_cents" integer NOT NULL,
	"max_price_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_brand_handle_key" UNIQUE("brand_id","handle"),
	CONSTRAINT "products_workspace_brand_id_key" UNIQUE("workspace_id","brand_id","id"),
	CONSTRAINT "products_price_range_check" CHECK ("products"."min_price_cents" <= "products"."max_price_cents")
);
--> statement-breakpoint
ALTER TABLE "products" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "variants" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"brand_id" text NOT NULL,
	"product_id" text NOT NULL,
	"position" integer NOT NULL,
	"sku" text NOT NULL,
	"barcode" text,
	"option_values" jsonb NOT NULL,
	"price_cents" integer NOT NULL,
	"compare_at_price_cents" integer,
	"cost_cents" integer NOT NULL,
	"grams" integer NOT NULL,
	"inventory_quantity" integer DEFAULT 0 NOT NULL,
	"inventory_policy" "inventory_policy" DEFAULT 'deny' NOT NULL,
	"requires_shipping" boolean DEFAULT true NOT NULL,
	"taxable" boolean DEFAULT true NOT NULL,
	"image_position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "variants_brand_sku_key" UNIQUE("brand_id","sku"),
	CONSTRAINT "variants_product_position_key" UNIQUE("product_id","position"),
	CONSTRAINT "variants_price_check" CHECK ("variants"."price_cents" > 0 and "variants"."cost_cents" >= 0),
	CONSTRAINT "variants_compare_at_check" CHECK ("variants"."compare_at_price_cents" is null or "variants"."compare_at_price_cents" > "variants"."price_cents"),
	CONSTRAINT "variants_inventory_check" CHECK ("variants"."inventory_quantity" >= 0 and "variants"."grams" >= 0)
);
--> statement-breakpoint
ALTER TABLE "variants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "images" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"brand_id" text NOT NULL,
	"product_id" text NOT NULL,
	"position" integer NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"alt" text NOT NULL,
	"template" text NOT NULL,
	"shot" text NOT NULL,
	"colour" text,
	"status" "image_status" DEFAULT 'pending' NOT NULL,
	"storage_key" text,
	"width" integer,
	"height" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "images_product_position_key" UNIQUE("product_id","position"),
	CONSTRAINT "images_position_check" CHECK ("images"."position" >= 1)
);
--> statement-breakpoint
ALTER TABLE "images" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "export_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"brand_id" text NOT NULL,
	"format" "export_format" NOT NULL,
	"status" "job_status" DEFAULT 'pending' NOT NULL,
	"output_key" text,
	"row_count" integer,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "export_jobs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "generation_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"brand_id" text NOT NULL,
	"kind" "generation_job_kind" NOT NULL,
	"status" "job_status" DEFAULT 'pending' NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 3 NOT NULL,
	"last_error" text,
	"lease_expires_at" timestamp with time zone,
	"progress" real DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "generation_jobs_attempts_check" CHECK ("generation_jobs"."attempts" >= 0 and "generation_jobs"."attempts" <= "generation_jobs"."max_attempts"),
	CONSTRAINT "generation_jobs_progress_check" CHECK ("generation_jobs"."progress" between 0 and 1)
);
--> statement-breakpoint
ALTER TABLE "generation_jobs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "workspace_memberships" ADD CONSTRAINT "workspace_memberships_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_memberships" ADD CONSTRAINT "workspace_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_brand_fk" FOREIGN KEY ("workspace_id","brand_id") REFERENCES "public"."brands"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_fk" FOREIGN KEY ("workspace_id","brand_id","parent_id") REFERENCES "public"."categories"("workspace_id","brand_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_brand_fk" FOREIGN KEY ("workspace_id","brand_id") REFERENCES "public"."brands"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_fk" FOREIGN KEY ("workspace_id","brand_id","category_id") REFERENCES "public"."categories"("workspace_id","brand_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variants" ADD CONSTRAINT "variants_product_fk" FOREIGN KEY ("workspace_id","brand_id","product_id") REFERENCES "public"."products"("workspace_id","brand_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "images" ADD CONSTRAINT "images_product_fk" FOREIGN KEY ("workspace_id","brand_id","product_id") REFERENCES "public"."products"("workspace_id","brand_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_brand_fk" FOREIGN KEY ("workspace_id","brand_id") REFERENCES "public"."brands"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generation_jobs" ADD CONSTRAINT "generation_jobs_brand_fk" FOREIGN KEY ("workspace_id","brand_id") REFERENCES "public"."brands"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workspace_memberships_user_idx" ON "workspace_memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "brands_workspace_created_idx" ON "brands" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "products_brand_position_idx" ON "products" USING btree ("brand_id","position");--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "variants_barcode_idx" ON "variants" USING btree ("brand_id","barcode");--> statement-breakpoint
CREATE UNIQUE INDEX "images_one_primary_per_product" ON "images" USING btree ("product_id") WHERE "images"."is_primary";--> statement-breakpoint
CREATE INDEX "export_jobs_brand_created_idx" ON "export_jobs" USING btree ("brand_id","created_at");--> statement-breakpoint
CREATE INDEX "generation_jobs_status_created_idx" ON "generation_jobs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "generation_jobs_workspace_status_idx" ON "generation_jobs" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE INDEX "generation_jobs_brand_idx" ON "generation_jobs" USING btree ("brand_id");--> statement-breakpoint
CREATE POLICY "members_of_current_workspace" ON "users" AS PERMISSIVE FOR SELECT TO "storecraft_app" USING (exists (select 1 from workspace_memberships m where m.user_id = "users"."id" and m.workspace_id = NULLIF(current_setting('app.workspace_id', true), '')));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "workspace_memberships" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("workspace_memberships"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("workspace_memberships"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), ''));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "workspaces" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("workspaces"."id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("workspaces"."id" = NULLIF(current_setting('app.workspace_id', true), ''));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "brands" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("brands"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("brands"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), ''));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "categories" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("categories"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("categories"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), ''));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "products" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("products"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("products"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), ''));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "variants" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("variants"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("variants"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), ''));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "images" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("images"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("images"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), ''));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "export_jobs" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("export_jobs"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("export_jobs"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), ''));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "generation_jobs" AS PERMISSIVE FOR ALL TO "storecraft_app" USING ("generation_jobs"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), '')) WITH CHECK ("generation_jobs"."workspace_id" = NULLIF(current_setting('app.workspace_id', true), ''));