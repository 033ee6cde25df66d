/**
 * Recognising old annotaties (contract §6 `import`): blocks of text in, values with a confidence
 * per field out. Pure, like the rest of the domain.
 */
export { recogniseAnnotatie } from './recognise';
export { textBlocks } from './text-input';
export { looksLikeAnnotatie } from './looks-like';
export { DOUBTS, DOUBT_FACTOR, CONFIDENT } from './types';
export type { Doubt, LegacyBlock, LegacyInput, LegacyParagraph, LegacyRow, Recognition, RecognisedField } from './types';
export { BULLET } from './rich-text';
