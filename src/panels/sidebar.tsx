/** The collapsible settings sidebar. */

import { useLab } from '../store/use-lab.ts';
import { CostWarning } from './cost-warning.tsx';
import { LearningRateSettings } from './learning-rate-settings.tsx';
import { MeasureSettings } from './measure-settings.tsx';
import { NetsSettings } from './nets-settings.tsx';
import { NetworkSettings } from './network-settings.tsx';
import { TrainingSettings } from './training-settings.tsx';

export function Sidebar() {
  const collapsed = useLab((s) => s.sidebarCollapsed);
  const toggleSidebar = useLab((s) => s.toggleSidebar);
  const recording = useLab((s) => s.recording !== null);
  return (
    <aside className={collapsed ? 'sidebar is-collapsed' : 'sidebar'} aria-label="Settings">
      <button
        type="button"
        className="sidebar__toggle"
        aria-expanded={!collapsed}
        aria-controls="settings-body"
        onClick={toggleSidebar}
      >
        {collapsed ? 'Settings ›' : '‹ Hide settings'}
      </button>
      {collapsed ? null : (
        <div id="settings-body" className="sidebar__body">
          {recording ? <p className="hint">The recording’s settings: back to your run to change yours.</p> : null}
          <fieldset className="sidebar__settings" disabled={recording}>
            <NetsSettings />
            <LearningRateSettings />
            <NetworkSettings />
            <CostWarning />
            <TrainingSettings />
            <MeasureSettings />
          </fieldset>
        </div>
      )}
    </aside>
  );
}
