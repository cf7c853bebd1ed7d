/**
 * The current scene's lesson, as a drawer beside the charts: what the scene shows, its formulas, a "Look here"
 * that points at the chart making the point, the caveat, the paper's section, and the way to the next scene.
 * Hidden for a preset that is no scene; collapsible to a slim strip that gives the charts their width back.
 */

import { useEffect, useRef, useState } from 'react';
import { SCENE_NAMES } from '../../lab/presets.ts';
import { useLab } from '../../store/use-lab.ts';
import { lookHere } from './look-here.ts';
import { MathText } from './math-text.tsx';
import { PrecomputedRunButton } from './precomputed-run-button.tsx';
import { SceneNav } from './scene-nav.tsx';
import { sceneOf } from './scene-order.ts';
import { SCENE_TEXTS, type SceneText } from './scene-texts.ts';
import { TeX } from './tex.tsx';

/** Opens in a new tab: leaving the page would lose the run. */
const PAPER = { name: 'Ioffe & Szegedy 2015', href: 'https://arxiv.org/abs/1502.03167' };

function LookHereButton({ scene, row }: { readonly scene: string; readonly row: string }) {
  // the scene whose row was missing, so that the note goes away with the scene
  const [missing, setMissing] = useState<string | null>(null);
  return (
    <div className="lesson__look">
      <button type="button" onClick={() => setMissing(lookHere(row) ? null : scene)}>
        Look here: {row}
      </button>
      <p role="status" className="lesson__look-note">
        {missing === scene ? 'That chart is not on the page yet: it appears once the nets are built.' : null}
      </p>
    </div>
  );
}

function Caveat({ text }: { readonly text: string }) {
  return (
    <section className="lesson__caveat" aria-labelledby="lesson-caveat">
      <h3 id="lesson-caveat">Caveat: what this network shows</h3>
      <p>
        <MathText text={text} />
      </p>
    </section>
  );
}

function LessonBody({ scene, text }: { readonly scene: string; readonly text: SceneText }) {
  const number = SCENE_NAMES.indexOf(scene) + 1;
  const paper = text.paper ?? PAPER;
  return (
    <div id="lesson-body" className="lesson__body">
      <SceneNav />
      <p className="lesson__where">
        Scene {number} of {SCENE_NAMES.length} ·{' '}
        <a href={paper.href} target="_blank" rel="noreferrer">
          {paper.name}, {text.section}
        </a>
      </p>
      <h2 id="lesson-title" className="lesson__title">
        {text.title}
      </h2>
      <PrecomputedRunButton scene={scene} />
      {text.paragraphs.map((paragraph) => (
        <p key={paragraph}>
          <MathText text={paragraph} />
        </p>
      ))}
      <div className="lesson__formulas">
        {text.formulas.map((formula) => (
          <TeX key={formula} tex={formula} display />
        ))}
      </div>
      <LookHereButton scene={scene} row={text.lookHere} />
      <Caveat text={text.caveat} />
      <p className="lesson__source">
        Numbers quoted here come from <code>npm run lab -- --scene {scene}</code>, tested on all 2,000 test digits; the
        page tests on 1,000, so its read-outs differ a little.
      </p>
    </div>
  );
}

export function LessonPanel() {
  const scene = sceneOf(useLab((s) => s.presetName));
  const collapsed = useLab((s) => s.lessonCollapsed);
  const setCollapsed = useLab((s) => s.setLessonCollapsed);
  const drawer = useRef<HTMLElement>(null);
  // a new scene is read from its start, wherever the last one was scrolled to
  useEffect(() => {
    if (drawer.current) drawer.current.scrollTop = 0;
  }, [scene]);
  if (scene === undefined) return null;
  const text = SCENE_TEXTS[scene];
  return (
    <aside ref={drawer} className={collapsed ? 'lesson is-collapsed' : 'lesson'} aria-label="Lesson">
      <button
        type="button"
        className="lesson__toggle"
        aria-expanded={!collapsed}
        aria-controls="lesson-body"
        onClick={() => setCollapsed(!collapsed)}
      >
        {collapsed ? <span aria-hidden="true">‹ </span> : null}
        {collapsed ? 'Lesson' : 'Hide lesson'}
        {collapsed ? null : <span aria-hidden="true"> ›</span>}
      </button>
      <p role="status" className="visually-hidden">{`Scene ${SCENE_NAMES.indexOf(scene) + 1}: ${text.title}`}</p>
      {collapsed ? null : <LessonBody scene={scene} text={text} />}
    </aside>
  );
}
