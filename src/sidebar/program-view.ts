/**
 * The program as the sidebar shows it: its sections, criteria, kinds and role names. It never
 * changes while the add-on runs, so build.mjs writes it into the sidebar's HTML as JSON
 * (programView of src/core/program-data.ts, the data the server's Code.js is built from) instead of
 * sending it with every reply.
 */
import type {ProgramView} from '../contract';

function builtInProgram(): ProgramView {
  const element = document.getElementById('program-view');
  if (!element?.textContent)
    throw new Error('The sidebar was built without its program (build.mjs).');
  return JSON.parse(element.textContent) as ProgramView;
}

export const PROGRAM: ProgramView = builtInProgram();
