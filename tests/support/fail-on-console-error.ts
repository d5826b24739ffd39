import { afterEach, vi } from 'vitest';

// A test fails when the code under test writes to console.error without the test expecting it.
// A test that expects an error message spies on console.error itself and restores it.
const errors: unknown[][] = [];
const original = console.error;

console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  const seen = errors.splice(0);
  if (seen.length > 0 && !vi.isMockFunction(console.error)) {
    throw new Error(`Unexpected console.error during the test:\n${seen.map((args) => args.join(' ')).join('\n')}`);
  }
});
