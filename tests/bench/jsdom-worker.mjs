// Readability on jsdom, in its own thread. jsdom keeps memory from every page it has parsed (about 5 MB a page
// here, even with each window closed); in the bench's process that heap would slow every other tool's garbage
// collection, so it lives apart and is restarted every few dozen pages. The time reported is measured in here.
import { parentPort } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

parentPort.on('message', ({ html, url }) => {
  const start = process.hrtime.bigint();
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    new Readability(dom.window.document).parse();
  } finally {
    dom.window.close();
  }
  parentPort.postMessage(Number(process.hrtime.bigint() - start) / 1e6);
});
