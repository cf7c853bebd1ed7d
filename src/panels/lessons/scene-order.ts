/** Which scene a preset teaches, and the scenes before and after it, in the lessons' order. */

import { SCENE_NAMES } from '../../lab/presets.ts';

/** The paper's Figure 1 run, the page's default, is the first scene's config under its older name. */
const SCENE_OF_PRESET: Readonly<Record<string, string>> = { 'paper-fig1': 'fig1' };

/** The scene a preset belongs to, or undefined for a preset that is no scene (e.g. two moons). */
export function sceneOf(presetName: string): string | undefined {
  if (SCENE_NAMES.includes(presetName)) return presetName;
  return SCENE_OF_PRESET[presetName];
}

/**
 * The scene `direction` places after (1) or before (−1) this preset's, or undefined past either end: a clicker
 * at the last scene stays there rather than jumping back to the first. From a preset that is no scene, the
 * next scene is the first.
 */
export function neighbourScene(presetName: string, direction: 1 | -1): string | undefined {
  const scene = sceneOf(presetName);
  const index = scene === undefined ? -1 : SCENE_NAMES.indexOf(scene);
  return SCENE_NAMES[index + direction];
}
