export {
  generateCatalog,
  type GenerateCatalogDeps,
  type GenerateCatalogOptions,
  type GenerateCatalogInput,
  type GenerateCatalogResult,
} from './generate-catalog.ts';
export {
  exportThumbnails,
  exportToStorage,
  type ExportDeps,
  type ExportResult,
} from './export-to-storage.ts';
export {
  renderImageJob,
  imageJobPayloadSchema,
  type PictureOutcome,
  type PictureSource,
  type RenderImageJobDeps,
} from './render-image-job.ts';
export { imageColour, imageOutputPath, imageSpec, type ImageJobPayload } from './image-spec.ts';
export {
  deleteRun,
  ensureWorkspace,
  LOCAL_WORKSPACE,
  RUN_WORKSPACE_PREFIX,
  startGenerateRun,
  sweepOrphanRuns,
  type GenerateRun,
  type RunDeps,
} from './workspaces.ts';
export {
  brandNotFound,
  brandParts,
  type BrandPart,
  createBrand,
  getBrandById,
  listBrands,
  regenerateBrand,
  suggestBrandNiches,
  updateBrand,
  type CreateBrandInput,
  type UpdateBrandInput,
} from './brands.ts';
export {
  buildExportFormatSchema,
  buildStatusOf,
  catalogBuildJob,
  catalogJobPayloadSchema,
  createGenerationJobs,
  DEFAULT_PAGE_SIZE,
  getCatalog,
  getProduct,
  listBrandBuilds,
  listBuilds,
  listCatalogProducts,
  startCatalogBuild,
  type BuildExport,
  type BuildExportFormat,
  type BuildListItem,
  type BuildStatus,
  type CatalogJobPayload,
  type CatalogOverview,
  type GenerationJobs,
  type ProductPage,
} from './catalogs.ts';
export {
  createExport,
  DOWNLOAD_URL_SECONDS,
  exportDownloadUrl,
  getExport,
  listExports,
  type ExportSummary,
} from './exports.ts';
export { cancelJob, getJobStatus, retryJob, type JobStatusView } from './jobs.ts';
export {
  CATALOG_TABLE_CURSOR,
  CATALOG_TABLE_MAX_PAGE,
  CATALOG_TABLE_PAGE,
  listCatalogTableRows,
  type CatalogTablePage,
  type CatalogTableRow,
} from './catalog-table.ts';
export {
  FEATURED_PRODUCTS,
  getStorefrontHome,
  getStorefrontProduct,
  IMAGE_URL_WINDOW_SECONDS,
  listStorefrontProducts,
  RELATED_PRODUCTS,
  stableExpiresInSeconds,
  type StorefrontBrand,
  type StorefrontCard,
  type StorefrontCategory,
  type StorefrontCollectionTile,
  type StorefrontDeps,
  type StorefrontHome,
  type StorefrontImage,
  type StorefrontProduct,
  type StorefrontProductList,
  type StorefrontProductPage,
  type StorefrontShell,
  type StorefrontVariant,
} from './storefront.ts';
