// Posts held in an article about a town that hang on a county, city or province body although
// neither the title as written nor its sentence names that body (县委, 市人大常委会, 副县长…):
// a town official filed under the county. $levelWords: the level words of such bodies.
MATCH (person:Person)-[h:HOLDS]->(post:Post)-[:OF]->(o:Organization)-[:IN]->(place:Place)
WHERE place.level IN ['county', 'city', 'province']
  AND EXISTS { MATCH (:Article {id: h.articleId})-[:MENTIONS]->(:Place {level: 'town'}) }
WITH person, h, post, o, place,
     CASE WHEN o.name STARTS WITH place.name THEN substring(o.name, size(place.name)) ELSE substring(o.name, 1) END AS bare
WHERE NOT h.sentence CONTAINS o.name
  AND NOT any(w IN $levelWords WHERE h.sentence CONTAINS w + bare OR h.title CONTAINS w)
MATCH (a:Article {id: h.articleId})
RETURN person.name AS person, h.title AS title, post.title AS post, o.name AS organization, place.name AS place,
       a.source AS article, h.sentence AS sentence
ORDER BY article, h.start
