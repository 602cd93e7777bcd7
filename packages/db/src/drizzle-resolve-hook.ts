import module from 'node:module';

const drizzlePath = '/node_modules/drizzle-orm/';

/**
 * Resolves drizzle-orm's relative imports among its own ES modules without Node's package.json
 * lookup. For every `.js` file it resolves, Node reads the module format from the nearest
 * package.json, and drizzle-orm's is 179 KB (447 export entries): Node 24 deserialises it again
 * for each of the ~170 modules the app loads, ≈ 1 s of start-up CPU (measured: importing
 * `drizzle-orm` and `drizzle-orm/pg-core` takes 1.1 s, against 0.1 s through `require`). Its
 * relative specifiers are plain file paths with extensions inside a `"type": "module"` package,
 * so the answer is known without the lookup. Everything else resolves as usual.
 */
export function registerDrizzleResolveHook(): void {
  // `registerHooks` is Node ≥ 22.15; without it, resolution is merely slower.
  module.registerHooks?.({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (
        parent?.startsWith('file:') &&
        parent.includes(drizzlePath) &&
        (specifier.startsWith('./') || specifier.startsWith('../')) &&
        specifier.endsWith('.js')
      ) {
        return { url: new URL(specifier, parent).href, format: 'module', shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
  });
}
