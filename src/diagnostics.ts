import type { Diagnostic } from './schema.js';

/** Collects the record's diagnostics: why a field is empty, what was guessed, what was cut. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  info(code: string, message: string) {
    this.list.push({ code, severity: 'info', message });
  }
  warn(code: string, message: string) {
    this.list.push({ code, severity: 'warning', message });
  }
}
