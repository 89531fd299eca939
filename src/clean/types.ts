import type { Element } from 'domhandler';
import type { Block } from '../blocks/types.js';
import type { Removed } from '../schema.js';

export interface CleanResult {
  /** the story's blocks, in order */
  body: Block[];
  /** blocks of the article's top before the body (headline, kicker, dek, byline…) */
  header: Block[];
  /** photo captions and credits found in or beside the story */
  captions: Block[];
  removed: Removed[];
  /** wording that shows restricted access */
  access: { metered: string[]; hard: string[] };
  container: Element | null;
}
