export {
  AiCopyWriter,
  fallbackReasons,
  type AiCopyWriterOptions,
  type CopyOutcome,
  type CopyReport,
  type FallbackReason,
  type TextProvider,
} from './copy/ai-copy-writer.ts';
export {
  COPY_PROMPT_VERSION,
  buildCopyMessages,
  copyAnswerSchema,
  copyFactsOf,
  copyJsonSchema,
  readCopyFacts,
  type ChatMessage,
  type CopyAnswer,
  type CopyFacts,
} from './copy/copy-prompt.ts';
export { renderCopy } from './copy/render-copy.ts';
export {
  ContentCache,
  ReplayedFailure,
  cacheKey,
  cacheModes,
  canonicalJson,
  memoryCacheStore,
  storageCacheStore,
  type CacheMode,
  type CacheStore,
} from './cache/content-cache.ts';
export { createHttpClient, type HttpClient, type HttpClientOptions } from './http/http-client.ts';
export { ProviderError, kindForStatus, type ProviderFailureKind } from './http/provider-error.ts';
export { defaultRetryPolicy, parseRetryAfter, type RetryPolicy } from './http/retry-policy.ts';
export { CircuitBreaker, ConcurrencyLimit } from './http/circuit-breaker.ts';
export {
  createOpenAiClient,
  isReasoningModel,
  type OpenAiClient,
  type OpenAiClientOptions,
} from './openai/openai-client.ts';
export { createReplicateClient, type ReplicateClient } from './replicate/replicate-client.ts';
export { UsageLedger, type AiUsage } from './usage/usage-ledger.ts';
export {
  imageCost,
  imagePrices,
  replicateImagePrices,
  textCost,
  textPrices,
} from './usage/model-prices.ts';
export {
  createCatalogCopier,
  type AiRunSummary,
  type CatalogCopier,
  type CatalogCopierDeps,
  type CatalogCopy,
} from './create-catalog-copier.ts';
export {
  AiImageDrawer,
  type AiImageDrawerOptions,
  type ImageOutcome,
  type ImageSource,
} from './images/ai-image-drawer.ts';
export {
  createCatalogPictures,
  type AiPictureSummary,
  type CatalogPictures,
  type CatalogPicturesDeps,
  type PictureRecord,
} from './images/catalog-pictures.ts';
export {
  IMAGE_PROMPT_VERSION,
  buildImagePrompt,
  imageBriefOf,
  productImageBriefSchema,
  type ProductImageBrief,
} from './images/image-prompt.ts';
export {
  openBuildAi,
  openCatalogAi,
  type BuildAi,
  type BuildPicture,
  type CatalogAi,
} from './open-catalog-ai.ts';
export { estimateCatalogCost, type CostEstimate } from './usage/estimate-cost.ts';
export { writeBrandText, type BrandOutcome } from './brand/ai-brand-writer.ts';
export {
  BRAND_PROMPT_VERSION,
  brandAnswerSchema,
  brandJsonSchema,
  buildBrandMessages,
  unbackedClaims,
  type BrandAnswer,
  type BrandFacts,
} from './brand/brand-prompt.ts';
