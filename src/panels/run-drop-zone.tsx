/**
 * Drag and drop a saved run anywhere on the page: while a file is dragged over it, the page shows where to let go;
 * the first file dropped opens as the recording on screen.
 */

import { useEffect, useState } from 'react';
import { useLabStore } from '../store/use-lab.ts';
import { openRunFile } from './load-run.ts';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function RunDropZone() {
  const store = useLabStore();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // enter and leave fire for every element crossed: the drag is over the page while more entered than left
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      // without this the browser would open the file itself
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openRunFile(store, file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);
  return (
    <div className={dragging ? 'drop-target is-active' : 'drop-target'} role="status">
      {dragging ? (
        <p className="drop-target__card">
          Drop the run here to open it
          <span className="hint">a .json or .json.gz saved by the page or by npm run lab</span>
        </p>
      ) : null}
    </div>
  );
}
