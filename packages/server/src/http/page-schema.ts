/** Cursor pagination as every list route declares it: the query parameters it takes and the page it answers. */
export function pageQueryProperties(maxLimit = 200) {
  return {
    cursor: { type: 'string', maxLength: 200 },
    limit: { type: 'integer', minimum: 1, maximum: maxLimit },
  } as const;
}

export function pageSchema<Item extends object>(items: Item) {
  return {
    type: 'object',
    properties: {
      items: { type: 'array', items },
      nextCursor: { type: 'string' },
      total: { type: 'integer' },
    },
  } as const;
}
