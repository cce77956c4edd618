// Waits (up to $seconds) until every index and constraint is online.
CALL db.awaitIndexes($seconds)
