export {
  createApiHarness,
  TEST_SIGNING_SECRET,
  waitForBuild,
  waitForExport,
  type ApiHarness,
  type TrpcBody,
} from './api-harness.ts';
export { createMemoryAuth, type MemoryAuth, type TestAccounts } from './memory-auth.ts';
export { createRealTestAuth } from './real-auth.ts';
export { serveApiHarness, type ServedApiHarness } from './serve-api-harness.ts';
