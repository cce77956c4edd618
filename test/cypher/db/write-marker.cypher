// Used by test/db on a throwaway instance only: leaves a marker node to find after a crash.
CREATE (:DbTestMarker {marker: $marker})
