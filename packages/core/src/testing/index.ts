export * from './reference.ts';
export * from './bench.ts';
