import type { z } from 'zod';

/** One callable method of the contract: its input and output schemas. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
});

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Merges the domain contracts into one, refusing a method name declared twice. */
export function mergeContracts<T extends Record<string, MethodSpec>[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: Record<string, MethodSpec> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (name in merged) throw new Error(`contract method declared twice: ${name}`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
