/**
 * Loaded by the preview into the add-on's sidebar and dialogs before their own script: it gives
 * them the google.script.run of Apps Script (the emulated one, with its real rules), sending each
 * call to the preview server, and tells the preview page when the Doc may have changed.
 */
import {installGoogleScriptRun} from '../emulator/script-run';
import type {RunReply} from './protocol';

function tellPage(type: string): void {
  window.parent.postMessage({type}, window.location.origin);
}

installGoogleScriptRun(
  window,
  async (functionName, args) => {
    const response = await fetch('/api/run', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({functionName, args}),
    });
    const reply = (await response.json()) as RunReply;
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
