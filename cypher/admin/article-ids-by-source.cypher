// The articles named by `kg delete`: each of $names is a source (exact) or an article id.
UNWIND $names AS name
OPTIONAL MATCH (bySource:Article {source: name})
OPTIONAL MATCH (byId:Article {id: name})
WITH name, collect(DISTINCT bySource.id) + collect(DISTINCT byId.id) AS ids
RETURN name, ids
