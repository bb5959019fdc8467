import { customType } from 'drizzle-orm/pg-core';

/** A bytea column read as a Buffer on both drivers (PGlite gives a Uint8Array, node-postgres a Buffer). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
