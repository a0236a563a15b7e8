// Argument checks shared by the public functions: errors say what was passed
// and what was expected.

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return typeof value;
}

export function expectString(functionName: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${functionName}() expects a string, got ${describeValue(value)}`);
  }
}
