// Leaves a marker in a database whose contents must survive something (the test run in
// .ci/run): a missing marker later means the database was wiped or replaced.
CREATE (:KgUserDataMarker {marker: $marker, at: datetime()})
