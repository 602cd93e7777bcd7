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
  createBrand,
  getBrandById,
  listBrands,
  updateBrand,
  type CreateBrandInput,
  type UpdateBrandInput,
} from './brands.ts';
export {
  buildStatusOf,
  catalogBuildJob,
  catalogJobPayloadSchema,
  createGenerationJobs,
  DEFAULT_PAGE_SIZE,
  getCatalog,
  getProduct,
  listCatalogProducts,
  startCatalogBuild,
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
