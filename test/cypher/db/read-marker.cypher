// Used by test/db on a throwaway instance only: finds the marker node written before a crash.
MATCH (m:DbTestMarker {marker: $marker})
RETURN m.marker AS marker
