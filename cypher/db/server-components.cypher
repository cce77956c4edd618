// What the server says it is: name ("Neo4j Kernel"), version ("5.26.30") and edition ("community").
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
