/**
 * The parts of Citation.js that Event Lens uses, typed (the packages ship JavaScript only). Shapes from the
 * library's own documentation (`Cite#format`, `plugins.config.get`).
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    format(format: string, options?: Record<string, unknown>): unknown;
    data: Record<string, unknown>[];
  }
  export const plugins: {
    config: { get(plugin: string): unknown };
    input: {
      chain(data: unknown, options?: Record<string, unknown>): unknown;
      util: { clean(data: unknown): unknown };
    };
    output: { format(name: string, data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
