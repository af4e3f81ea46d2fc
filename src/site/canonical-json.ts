/**
 * JSON with object keys sorted: two records that hold the same are the same text, whatever order
 * their keys were written in. How a record read back (storage, a file, a link) is compared with
 * what its checks keep of it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
