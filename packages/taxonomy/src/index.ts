export {
  buildTaxonomy,
  loadTaxonomy,
  type Taxonomy,
  type TaxonomyAttribute,
  type TaxonomyCategory,
} from './taxonomy.ts';
export type { TaxonomyData } from './taxonomy-data.ts';
