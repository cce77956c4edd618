// Places whose name starts with $name (泖港 → 泖港镇), and/or whose division code is $code
// (a prefix: 310117 → 松江区 and the towns in it), best known first.
MATCH (node:Place)
WHERE ($name IS NULL OR node.name STARTS WITH $name)
  AND ($code IS NULL OR node.code STARTS WITH $code)
RETURN node
ORDER BY size(node.name), node.code, node.id
LIMIT $limit
