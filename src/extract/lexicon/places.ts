// Place-name suffixes by administrative level. A place name in this genre is one to four
// characters followed by one of these (泖港镇, 石湾乡, 宁川县, 松江区, 云溪街道).
import type { PlaceLevel } from '../types';

export const PLACE_SUFFIXES: ReadonlyArray<readonly [string, PlaceLevel]> = [
  ['街道', 'town'],
  ['镇', 'town'],
  ['乡', 'town'],
  ['县', 'county'],
  ['区', 'county'],
  ['旗', 'county'],
  ['市', 'city'],
  ['州', 'city'],
  ['盟', 'city'],
  ['省', 'province'],
  ['村', 'village'],
  ['社区', 'village'],
];

const LEVEL_BY_SUFFIX = new Map<string, PlaceLevel>(PLACE_SUFFIXES.map(([s, l]) => [s, l]));

/** The level of a place name by its suffix, or undefined when it has none. */
export function placeLevel(name: string): PlaceLevel | undefined {
  if (name.endsWith('街道') || name.endsWith('社区')) return LEVEL_BY_SUFFIX.get(name.slice(-2));
  return LEVEL_BY_SUFFIX.get(name.slice(-1));
}

/**
 * Words that end in a place suffix but are not places (全镇 "the whole town", 本区, 城区, 社区 alone…).
 * Checked on the whole candidate.
 */
export const NOT_PLACES = new Set([
  '全镇', '全乡', '全县', '全区', '全市', '全省', '本镇', '本乡', '本县', '本区', '本市', '我镇', '我乡', '我县',
  '我区', '我市', '该镇', '该乡', '该县', '该区', '城区', '社区', '街区', '园区', '景区', '小区', '辖区', '片区',
  '地区', '山区', '新区', '老区', '库区', '矿区', '农村', '乡村', '城乡', '城镇', '集镇', '各乡镇', '乡镇',
  '各镇', '各乡', '各村', '行政村', '自然村', '试点村', '示范村', '郊区', '市区', '县区', '湾区', '特区',
]);
