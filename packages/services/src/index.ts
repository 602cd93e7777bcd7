export {
  generateCatalog,
  type GenerateCatalogDeps,
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
export { ensureWorkspace, LOCAL_WORKSPACE } from './workspaces.ts';
