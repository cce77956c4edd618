// Reading node properties (as src/graph/values.ts returns them) into typed fields without
// trusting their shape: a missing or oddly typed property becomes null, never a crash.
import { Native } from '../../graph/values';

export type NodeProps = { [key: string]: Native };

export function asProps(node: Native | undefined): NodeProps {
  return node && typeof node === 'object' && !Array.isArray(node) ? node : {};
}

export function str(props: NodeProps, key: string): string | null {
  const v = props[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

export function num(props: NodeProps, key: string): number | null {
  const v = props[key];
  return typeof v === 'number' ? v : null;
}

export function strList(props: NodeProps, key: string): string[] {
  const v = props[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function labels(props: NodeProps): string[] {
  return strList(props, '_labels');
}

/** An ISO date (YYYY-MM-DD) from a DATE property, or null. */
export function date(props: NodeProps, key: string): string | null {
  const v = str(props, key);
  return v ? v.slice(0, 10) : null;
}
