// Every person name (each a block of identity resolution).
MATCH (p:Person)
RETURN DISTINCT p.name AS name
