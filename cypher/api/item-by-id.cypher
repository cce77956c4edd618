// Reports, budgets, projects, resolutions and other items by id (one branch per label so
// each lookup uses that label's id constraint).
UNWIND $ids AS key
CALL (key) {
  MATCH (i:Report {id: key}) RETURN i
  UNION MATCH (i:Budget {id: key}) RETURN i
  UNION MATCH (i:Project {id: key}) RETURN i
  UNION MATCH (i:Resolution {id: key}) RETURN i
  UNION MATCH (i:Item {id: key}) RETURN i
}
RETURN key, i AS node
