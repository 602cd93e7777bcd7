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
