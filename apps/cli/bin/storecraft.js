#!/usr/bin/env node
// The CLI's packages are TypeScript sources; tsx compiles them in memory on the way in.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main(process.argv);
