// Ids of the articles whose source starts with $prefix (e.g. the generated articles of a
// benchmark, `generated/4004-`), at most $limit of them.
MATCH (a:Article)
  WHERE a.source STARTS WITH $prefix
RETURN a.id AS id
LIMIT $limit
