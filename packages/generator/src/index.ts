export {
  findStockedKind,
  matchNiche,
  type DerivedCategory,
  type NicheKind,
  type NicheMatch,
} from './niche.ts';
export { deriveArchetype } from './open-world/derive-archetype.ts';
export { forgeBrand, type ForgeBrandInput } from './brand/forge-brand.ts';
export {
  applyBrandEdit,
  brandParts,
  regenerateBrandPart,
  type BrandChanges,
  type BrandEdit,
  type BrandPart,
} from './brand/reforge-brand.ts';
export {
  suggestNiches,
  type NicheMatchSummary,
  type NicheSuggestions,
} from './niche-suggestions.ts';
export { contrastRatio } from './images/colour.ts';
export {
  planCatalog,
  slotOf,
  MAX_PRODUCTS,
  type CatalogPlan,
  type CatalogSlot,
  type PlanCatalogInput,
} from './catalog/plan-catalog.ts';
export {
  assembleProduct,
  generateProduct,
  generateProducts,
  generateProductsWith,
  planProduct,
  type ProductPlan,
} from './catalog/generate-product.ts';
export type {
  ContentProvider,
  ProductCopy,
  ProductCopyInput,
  ProductFact,
} from './content/content-provider.ts';
export { proceduralContent, proceduralCopy } from './content/procedural-copy.ts';
export { Rng, hashString, rngFor } from './random.ts';
export { verticals, findVertical, allArchetypes } from './knowledge/index.ts';
export * from './checker/index.ts';
