// Node counts for every label of the model (each a count-store lookup, instant at any size).
MATCH (n:Article) RETURN 'Article' AS label, count(n) AS count
UNION ALL
MATCH (n:Place) RETURN 'Place' AS label, count(n) AS count
UNION ALL
MATCH (n:Organization) RETURN 'Organization' AS label, count(n) AS count
UNION ALL
MATCH (n:Post) RETURN 'Post' AS label, count(n) AS count
UNION ALL
MATCH (n:Person) RETURN 'Person' AS label, count(n) AS count
UNION ALL
MATCH (n:Meeting) RETURN 'Meeting' AS label, count(n) AS count
UNION ALL
MATCH (n:Report) RETURN 'Report' AS label, count(n) AS count
UNION ALL
MATCH (n:Budget) RETURN 'Budget' AS label, count(n) AS count
UNION ALL
MATCH (n:Project) RETURN 'Project' AS label, count(n) AS count
UNION ALL
MATCH (n:Resolution) RETURN 'Resolution' AS label, count(n) AS count
UNION ALL
MATCH (n:Item) RETURN 'Item' AS label, count(n) AS count
