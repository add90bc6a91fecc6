/** Kept in step with package.json by the build test. */
export const VERSION = '0.1.0';
