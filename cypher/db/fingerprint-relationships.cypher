// Every relationship's element id and type, with its ends: see fingerprint-nodes.
MATCH (a)-[r]->(b)
RETURN elementId(r) AS element, type(r) AS type, elementId(a) AS start, elementId(b) AS end
