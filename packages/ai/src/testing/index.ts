export {
  createFakeProviderServer,
  fakeFaultKinds,
  type FakeFault,
  type FakeFaultKind,
  type FakeProviderServer,
  type FakeRequestLogEntry,
  type FakeRoute,
  type FakeServerOptions,
} from '../fake-server/fake-provider-server.ts';
