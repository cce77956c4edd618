// Every node's element id, labels and `id` property: what a database holds, to compare
// before and after something that must not change it.
MATCH (n)
RETURN elementId(n) AS element, labels(n) AS labels, n.id AS id, n.marker AS marker
