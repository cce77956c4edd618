// The graph model of meeting-kg (see docs/graph-model.md for the full contract).
//
// Nodes, each with a string `id` built from its natural key by src/graph/keys.ts:
//   Article       one ingested text; id = article:<sha256 of the text, 16 hex>;
//                 source, title, published (DATE), chars, ingestedAt
//   Place         name, level (province, city, county, town, village), code (statistical division
//                 code, null when unresolved), unlisted; id = place:<code>, else place:[<parent>/]<name>;
//                 (Place)-[:IN]->(Place) up to the province, from the gazetteer
//   Organization  name, type (party_committee, congress, government, …); -[:IN]->(Place)
//   Post          a title within an organization: title (canonical), names; -[:OF]->(Organization)
//   Person        name; id = person:<jurisdiction place id>/<name>
//   Meeting       name, kind, body, term (届), session (次), sitting, start/end (DATE), dateText;
//                 -[:IN]->(Place); a sitting -[:PART_OF]->(its session)
//   Report, Budget, Project, Resolution, Item   what a meeting heard or approved: title, kind
//
// Fact relationships carry evidence (articleId, sentence, sentenceIndex, start, end, text):
//   (Person)-[:HOLDS {observed}]->(Post), (Person)-[:PRESIDED|SPOKE_AT|ATTENDED]->(Meeting),
//   (Person)-[:REPORTED]->(Report…), (Report…)-[:PRESENTED_AT]->(Meeting),
//   (Meeting)-[:ELECTED {postId, title, mode}]->(Person), (Meeting)-[:APPROVED]->(Report…).
// Structural relationships (no evidence): MENTIONS (Article → entity), OF, IN, PART_OF.
//
// Every statement is idempotent (IF NOT EXISTS): applySchema runs this file at every start.

// One node per id, for every label (the constraint also gives the id lookup index).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT budget_id IF NOT EXISTS FOR (n:Budget) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE;

// Lookups by name, title and date (GraphQL filters, exact-name search).
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX meeting_name IF NOT EXISTS FOR (n:Meeting) ON (n.name);
CREATE INDEX meeting_start IF NOT EXISTS FOR (n:Meeting) ON (n.start);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX report_title IF NOT EXISTS FOR (n:Report) ON (n.title);
CREATE INDEX budget_title IF NOT EXISTS FOR (n:Budget) ON (n.title);
CREATE INDEX project_title IF NOT EXISTS FOR (n:Project) ON (n.title);
CREATE INDEX resolution_title IF NOT EXISTS FOR (n:Resolution) ON (n.title);
CREATE INDEX item_title IF NOT EXISTS FOR (n:Item) ON (n.title);

// A person's timeline reads HOLDS.observed; replacing an article finds its facts by articleId.
CREATE INDEX holds_observed IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.observed);

// Full-text search over names and titles. The cjk analyzer indexes Chinese as overlapping
// character bigrams, so 劲松 finds 杜劲松 and 预算 finds 2025年预算草案报告.
CREATE FULLTEXT INDEX names IF NOT EXISTS
  FOR (n:Person|Post|Organization|Meeting|Report|Budget|Project|Resolution|Item|Place)
  ON EACH [n.name, n.title]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Identity across articles (src/identity): decisions and user judgements on pairs of
// same-name people, found by name.
CREATE CONSTRAINT identity_decision_id IF NOT EXISTS FOR (n:IdentityDecision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT identity_judgement_id IF NOT EXISTS FOR (n:IdentityJudgement) REQUIRE n.id IS UNIQUE;
CREATE INDEX identity_decision_name IF NOT EXISTS FOR (n:IdentityDecision) ON (n.name);
CREATE INDEX identity_judgement_name IF NOT EXISTS FOR (n:IdentityJudgement) ON (n.name);
CREATE INDEX person_identity IF NOT EXISTS FOR (n:Person) ON (n.identity);
