// The analyzers the full-text index provider offers (the project's Chinese search needs "cjk").
CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer
RETURN analyzer ORDER BY analyzer
