// How node and edge properties become attributes in the exported files.
import type { Native } from '../graph/values';
import type { AttributeSpec, AttributeType, ExportNode, Properties } from './model';

/**
 * Attributes the exporters add themselves. A property with one of these names (an
 * Organization has a `type` property, for instance) is exported as `prop_<name>` so that
 * neither hides the other.
 */
export const NODE_RESERVED = ['id', 'label', 'labels'] as const;
export const EDGE_RESERVED = ['id', 'type'] as const;

export function attributeName(property: string, reserved: readonly string[]): string {
  return reserved.includes(property) || property.startsWith('prop_') ? `prop_${property}` : property;
}

/** Properties (less `id`, which is the element's own id) renamed so that none clashes with an attribute the exporter adds. */
export function exportedProperties(properties: Properties, reserved: readonly string[]): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(properties)) if (k !== 'id') out[attributeName(k, reserved)] = v;
  return out;
}

/** The attribute declarations for a set of properties, renamed as above, in name order. */
export function exportedAttributes(specs: AttributeSpec[], reserved: readonly string[]): AttributeSpec[] {
  return specs.filter((s) => s.name !== 'id').map((s) => ({ name: attributeName(s.name, reserved), type: s.type })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The type a single value would be declared with. */
export function typeOfValue(value: Native): AttributeType | undefined {
  if (value === null) return undefined;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** One declared type for values seen with several: numbers widen to double, anything else mixed is a string. */
export function mergeTypes(types: Iterable<AttributeType>): AttributeType {
  const set = new Set(types);
  if (set.size === 0) return 'string';
  if (set.size === 1) return [...set][0];
  if ([...set].every((t) => t === 'long' || t === 'double')) return 'double';
  return 'string';
}

/** A property value as attribute text: lists and maps as JSON, dates as their ISO text. */
export function formatValue(value: Native): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The kind of a node: its label (every node of this graph has one). */
export function nodeType(node: Pick<ExportNode, 'labels'>): string {
  return node.labels.length ? [...node.labels].sort().join(':') : 'Node';
}

/** What a person would call the node: its name or title, else its id. */
export function nodeLabel(node: Pick<ExportNode, 'id' | 'properties'>): string {
  const p = node.properties;
  for (const key of ['name', 'title', 'source']) {
    const v = p[key];
    if (typeof v === 'string' && v) return v;
  }
  return node.id;
}

/** Collects the declared attributes of a stream of nodes or edges by looking at every value. */
export class AttributeCollector {
  private readonly seen = new Map<string, Set<AttributeType>>();

  add(properties: Properties): void {
    for (const [name, value] of Object.entries(properties)) {
      const types = this.seen.get(name) ?? new Set<AttributeType>();
      const t = typeOfValue(value);
      if (t) types.add(t);
      this.seen.set(name, types);
    }
  }

  specs(): AttributeSpec[] {
    return [...this.seen].map(([name, types]) => ({ name, type: mergeTypes(types) }));
  }
}
