// The extraction engine's public entry. See pipeline.ts for the stages.
export { extract } from './pipeline';
export { decodeArticle } from './decode';
export type * from './types';
