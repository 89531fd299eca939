/**
 * HTML to a DOM with htmlparser2 (the parser cheerio/slim uses), with nesting capped the way browsers cap it.
 *
 * htmlparser2 keeps its open-element stack with the top at index 0 (`unshift`/`shift`), and domutils walks
 * trees the same way, so each element costs time proportional to its depth: 100,000 nested <div>s took 8 s
 * to parse and 18 s to query. Browsers stop nesting at a fixed depth (Blink: 512) and add deeper elements as
 * siblings; so do we: an element that would open past the limit first closes the element on top, so it
 * takes that element's place, its text and children kept.
 */
import { DomHandler, type Document } from 'domhandler';
import { Parser } from 'htmlparser2';

export const MAX_DEPTH = 512;

/** The parser members the cap needs; htmlparser2 declares them private, so their presence is checked at load. */
interface ParserInternals {
  stack: string[];
  cbs: { onclosetag?(name: string, isImplied: boolean): void };
  isVoidElement(name: string): boolean;
  emitOpenTag(name: string): void;
}

const proto = Parser.prototype as unknown as ParserInternals;
/** If a release renames these, parsing still works, uncapped (and the adversarial tests say so). */
const CAN_CAP = typeof proto.emitOpenTag === 'function' && typeof proto.isVoidElement === 'function';

export interface Parsed {
  document: Document;
  /** Elements that opened at the depth limit and so closed the element before them. */
  flattened: number;
}

export function parseHtml(html: string, maxDepth = MAX_DEPTH): Parsed {
  const handler = new DomHandler();
  const parser = new Parser(handler);
  let flattened = 0;
  if (CAN_CAP) {
    (parser as unknown as ParserInternals).emitOpenTag = function (this: ParserInternals, name: string) {
      if (this.stack.length >= maxDepth && Array.isArray(this.stack) && !this.isVoidElement(name)) {
        flattened++;
        this.cbs.onclosetag?.(this.stack.shift()!, true);
      }
      proto.emitOpenTag.call(this, name);
    };
  }
  parser.end(html);
  return { document: handler.root, flattened };
}
