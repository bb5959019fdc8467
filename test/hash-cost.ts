/** Cheap scrypt for tests: the format and the code path are the same as in production. */
export const TEST_HASH_COST = { N: 1024, r: 8, p: 1 } as const;
