// The user judgements on pairs of Person nodes of some names ("same" / "different").
// $names: list of strings
UNWIND $names AS name
MATCH (j:IdentityJudgement {name: name})
RETURN j.a AS a, j.b AS b, j.verdict AS verdict, j.note AS note
