// The articles for `kg articles`, by source: title, date, size, how many entities each
// mentions and how many facts it supports (every fact starts at a node its article
// MENTIONS, as delete-article-facts walks them). $limit bounds the list.
MATCH (a:Article)
WITH a
ORDER BY a.source, a.id
LIMIT $limit
RETURN a.id AS id, a.title AS title, a.source AS source, toString(a.published) AS published, a.chars AS chars,
  COUNT { (a)-[:MENTIONS]->() } AS mentions,
  COUNT { (a)-[:MENTIONS]->()-[f]->() WHERE f.articleId = a.id } AS facts
