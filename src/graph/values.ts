// Conversion of Neo4j values to plain JavaScript at the boundary, so that nothing above
// src/graph ever sees a neo4j Integer, Date or Node: integers become numbers, temporal
// values ISO strings, nodes and relationships plain objects of their properties.
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';

export type Native = null | boolean | number | string | Native[] | { [key: string]: Native };

export function toNative(value: unknown): Native {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: toNative(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (isNode(value)) return { ...toNativeMap(value.properties), _labels: value.labels };
  if (isRelationship(value)) return { ...toNativeMap(value.properties), _type: value.type };
  if (isPath(value)) return value.segments.map((s) => ({ start: toNative(s.start), rel: toNative(s.relationship), end: toNative(s.end) }));
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') return toNativeMap(value as Record<string, unknown>);
  return String(value);
}

export function toNativeMap(map: Record<string, unknown>): { [key: string]: Native } {
  const out: { [key: string]: Native } = {};
  for (const [k, v] of Object.entries(map)) out[k] = toNative(v);
  return out;
}

/** An ISO date string (YYYY-MM-DD) as a Neo4j DATE parameter, or null. */
export function toNeo4jDate(iso: string | null | undefined) {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
}
