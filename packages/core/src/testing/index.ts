export * from './reference.ts';
export * from './bench.ts';
export * from './process-stats.ts';
export * from './shebang.ts';
