export interface Adversarial {
  make(): string | Uint8Array;
  expect: { story?: boolean; body?: boolean; noBody?: boolean; diagnostic?: string };
}
export const ADVERSARIAL: Record<string, Adversarial>;
export const STORY: readonly string[];
export function pageOfSize(mb: number): string;
export function pseudoRandomBytes(length: number, seed?: number): Uint8Array;
