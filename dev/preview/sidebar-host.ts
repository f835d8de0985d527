/**
 * Loaded by the preview into the add-on's sidebar and dialogs before their own script: it gives
 * them the google.script.run of Apps Script (the emulated one, with its real rules), sending each
 * call to the preview server, and tells the preview page when the Doc may have changed.
 */
import {installGoogleScriptRun} from '../emulator/script-run';
import type {RunReply} from './protocol';

const PREVIEW_UNREACHABLE =
  'The local preview server did not answer. Check that `npm start` is still running, then try again.';

function tellPage(type: string): void {
  window.parent.postMessage({type}, window.location.origin);
}

installGoogleScriptRun(
  window,
  async (functionName, args) => {
    let reply: RunReply;
    try {
      const response = await fetch('/api/run', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({functionName, args}),
      });
      reply = (await response.json()) as RunReply;
    } catch {
      // The browser's own words ("Failed to fetch") mean nothing to a person trying the add-on.
      throw new Error(PREVIEW_UNREACHABLE);
    }
    tellPage('lmp-preview:changed');
    if (!reply.ok) throw new Error(reply.message);
    return reply.value;
  },
  {
    onHostEvent: event => {
      if (event.type === 'close') tellPage('lmp-preview:close');
      if (event.type === 'focus-editor') tellPage('lmp-preview:focus-editor');
    },
  },
);
