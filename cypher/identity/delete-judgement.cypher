// Withdraws a user's judgement on a pair.
// $id: string
MATCH (j:IdentityJudgement {id: $id})
DELETE j
RETURN count(j) AS deleted
