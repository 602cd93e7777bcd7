// `npm start`. The web app's sources are TypeScript: Node 24 (and 22.18+) runs them directly by
// stripping the types; older runtimes compile them in memory through tsx.
if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('../src/main.ts');
