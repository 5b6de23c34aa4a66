/** Packages every esbuild bundle leaves outside, loaded at run time from node_modules (see bundleExternals.mjs). */
export declare const bundleExternals: string[];
