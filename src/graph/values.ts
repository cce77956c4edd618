// Conversion of Neo4j values to plain JavaScript at the boundary, so that nothing above
// src/graph ever sees a neo4j Integer, Date or Node: integers become numbers, temporal
// values ISO strings, nodes and relationships plain objects of their properties.
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';
import { merged } from './merged';

export type Native = null | boolean | number | string | Native[] | { [key: string]: Native };

export function toNative(value: unknown): Native {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers (the driver gives integers as numbers): test them first.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Then lists and plain maps (what the API's statements return: property maps): the
  // driver's own types below are class instances, so a plain object needs none of their tests.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toNative(value[i]);
    return value as Native[];
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return toNativeMap(value as Record<string, unknown>);
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: toNative(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (isNode(value)) return merged(toNativeMap(value.properties), { _labels: value.labels });
  if (isRelationship(value)) return merged(toNativeMap(value.properties), { _type: value.type });
  if (isPath(value)) return value.segments.map((s) => ({ start: toNative(s.start), rel: toNative(s.relationship), end: toNative(s.end) }));
  if (typeof value === 'object') return toNativeMap(value as Record<string, unknown>);
  return String(value);
}

/**
 * Converts a map's values. Lists and maps are converted in place: what the driver hands over
 * is freshly decoded and nobody else's, and copying every map and list of every row was a
 * good part of the API's garbage under load.
 */
export function toNativeMap(map: Record<string, unknown>): { [key: string]: Native } {
  for (const k in map) map[k] = toNative(map[k]);
  return map as { [key: string]: Native };
}

/** An ISO date string (YYYY-MM-DD) as a Neo4j DATE parameter, or null. */
export function toNeo4jDate(iso: string | null | undefined) {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
}
