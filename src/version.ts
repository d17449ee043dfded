// Replaced at build time (esbuild `define`, vitest `define`) with package.json's version.
declare const __VERSION__: string;

export const TOOL = { name: 'attt-audit', version: __VERSION__ } as const;
