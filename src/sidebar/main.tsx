/** Entry point: reads the view the menu item asked for (set by the server's template) and renders. */
import {render} from 'preact';
import type {SidebarView} from '../contract';
import {App} from './app';

const VIEWS: readonly SidebarView[] = [
  'areas',
  'readiness',
  'insert-summary',
  'set-up',
];

/** Anything but a known view (e.g. the raw template tag when the file is opened unserved) means 'areas'. */
function initialView(): SidebarView {
  const requested = document.body.dataset.initialView;
  return VIEWS.find(view => view === requested) ?? 'areas';
}

const root = document.getElementById('app');
if (root) render(<App initialView={initialView()} />, root);
