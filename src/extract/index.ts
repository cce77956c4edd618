// The extraction engine's public entry. See pipeline.ts for the stages.
export { extract } from './pipeline';
export { decodeArticle, DecodeError, DEFAULT_MAX_ARTICLE_BYTES } from './decode';
export { normalize, originalSpan } from './normalize';
export { splitSentences } from './sentences';
export type * from './types';
