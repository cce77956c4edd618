// Any node by its public id, whatever its label (entry points of path and neighborhood).
// One branch per label so that each lookup goes through that label's id constraint.
UNWIND $ids AS key
CALL (key) {
  MATCH (n:Person {id: key}) RETURN n
  UNION MATCH (n:Meeting {id: key}) RETURN n
  UNION MATCH (n:Post {id: key}) RETURN n
  UNION MATCH (n:Organization {id: key}) RETURN n
  UNION MATCH (n:Place {id: key}) RETURN n
  UNION MATCH (n:Article {id: key}) RETURN n
  UNION MATCH (n:Report {id: key}) RETURN n
  UNION MATCH (n:Budget {id: key}) RETURN n
  UNION MATCH (n:Project {id: key}) RETURN n
  UNION MATCH (n:Resolution {id: key}) RETURN n
  UNION MATCH (n:Item {id: key}) RETURN n
}
RETURN key, n AS node, elementId(n) AS elementId
