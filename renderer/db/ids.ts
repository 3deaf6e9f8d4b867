/** A new record id: UUID strings are the primary keys of every record table. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Now as a UTC ISO timestamp, the stored form of every timestamp. */
export function nowIso(): string {
  return new Date().toISOString();
}
