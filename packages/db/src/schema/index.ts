export { APP_ROLE, WORKSPACE_SETTING, appRole } from './_shared.ts';
export * from './users.ts';
export * from './workspaces.ts';
export * from './brands.ts';
export * from './categories.ts';
export * from './products.ts';
export * from './variants.ts';
export * from './images.ts';
export * from './jobs.ts';
