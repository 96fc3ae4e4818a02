/**
 * A number about to be stored on one of a million result objects, as a small
 * integer whenever it is one. A value read from a Float64Array is a boxed
 * double even when it is whole; stored into a field that so far held only
 * small integers it changes the field's representation, which deprecates the
 * hidden class of every object already made and costs a migration of each on
 * its next touch (about a second for 1,000,000 doctors). The value is never
 * changed: `Object.is(fieldNumber(x), x)` for every number.
 */
export function fieldNumber(x: number): number {
  return (x | 0) === x && !Object.is(x, -0) ? x | 0 : x;
}
