/**
 * Tree walks without recursion or selectors. cheerio's `find` hands css-select the element's children as its
 * context, and css-select drops nested ones with a list search, so one `find` on an element with 40,000 children
 * took 1.5 s; these walks are linear, and an explicit stack cannot overflow on a deep tree.
 */
import { hasChildren, isTag, type AnyNode, type Element } from 'domhandler';

/** Calls `visit` on every element under `root` (and `root` itself), in document order, until it returns false. */
export function forEachElement(root: AnyNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isTag(node) && visit(node) === false) return;
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** The elements under `root` (not `root` itself) that pass `test`, in document order, at most `limit`. */
export function descendants(root: Element, test: (el: Element) => boolean, limit = Infinity): Element[] {
  const found: Element[] = [];
  forEachElement(root, (el) => {
    if (el !== root && test(el)) found.push(el);
    return found.length < limit;
  });
  return found;
}

/**
 * `ask`, answered once per element. Lines split at <br> are blocks that share their element; asking the element
 * once per line made a field quadratic in the lines (12,000 lines of one paragraph: 2.4 s).
 */
export function perElement<T>(ask: (el: Element) => T): (el: Element) => T {
  const answers = new Map<Element, T>();
  let last: Element | null = null;
  let lastAnswer: T | undefined;
  return (el) => {
    // The lines of one element come one after another; an element's lines come in more than one stretch only
    // around its child elements, so an element with few children is asked a few times at most, and storing an
    // answer for each of 200,000 paragraphs cost more than asking.
    if (el !== last) {
      last = el;
      if ((el.children?.length ?? 0) < REMEMBER_FROM_CHILDREN) lastAnswer = ask(el);
      else {
        if (!answers.has(el)) answers.set(el, ask(el));
        lastAnswer = answers.get(el);
      }
    }
    return lastAnswer as T;
  };
}
const REMEMBER_FROM_CHILDREN = 8;

/** True when `a` comes before `b` in document order (an ancestor counts as before its descendants). */
export function precedes(a: AnyNode, b: AnyNode): boolean {
  const path = (n: AnyNode) => {
    const up: AnyNode[] = [];
    for (let x: AnyNode | null = n; x; x = x.parent) up.unshift(x);
    return up;
  };
  const pa = path(a), pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true;
  if (i === pb.length || i === 0) return false;
  const siblings = (pa[i - 1] as { children: AnyNode[] }).children;
  return siblings.indexOf(pa[i]!) < siblings.indexOf(pb[i]!);
}
